/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.curation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One range of a document that at least one coder has a span at: what each coder has there, how
 * they compare, and what the curated layer holds.
 *
 * @param begin        UTF-16 offset of the range, inclusive
 * @param end          UTF-16 offset, exclusive
 * @param excerpt      the text of the range, white space collapsed, shortened
 * @param kind         how the coders' versions compare
 * @param versions     coder's layer to that coder's version, in the coders' order; a coder with no span here has no entry
 * @param curated      what the curated layer has at the range, or null
 * @param state        whether the curated layer holds a coder's version
 * @param acceptedFrom the layers whose version the curated layer holds (empty unless {@link CuratedState#ACCEPTED})
 */
public record CurationRow(int begin, int end, String excerpt, RowKind kind, Map<String, SpanVersion> versions, SpanVersion curated,
		CuratedState state, List<String> acceptedFrom) {

	public CurationRow {
		versions = Collections.unmodifiableMap(new LinkedHashMap<>(versions));
		acceptedFrom = List.copyOf(acceptedFrom);
	}

	/** A coder's version at the range, or null when that coder has no span there. */
	public SpanVersion version(String layer) {
		return versions.get(layer);
	}

	/** Whether the curated layer holds one of the coders' versions. */
	public boolean isDone() {
		return state == CuratedState.ACCEPTED;
	}

	/** Whether the curated layer holds this coder's version. */
	public boolean holds(String layer) {
		return acceptedFrom.contains(layer);
	}
}
