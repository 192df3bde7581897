/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.foreign;

import java.util.List;
import java.util.Map;

/**
 * One span annotation as another tool wrote it, before any mapping to tags.
 *
 * @param id the annotation's id in its file (an xmi:id, a brat T-id, a selection GUID, a W3C id), to link relations and to name it in messages
 * @param layer what the tool calls its kind: a UIMA type's full name, a brat entity type, a REFI-QDA code's path joined by "/", "tag" for W3C
 * @param ranges one or more fragments (brat's discontinuous spans), each checked against the text
 * @param features the annotation's string-valued features or attributes, by name (UIMA features, brat attributes and normalisations, W3C body values);
 *            a feature with several values (a UIMA string array, brat's normalisations) holds them one per line
 * @param note a note the tool attached (brat AnnotatorNotes, a REFI-QDA note, a W3C commenting body), or null
 * @param author who made it when the format says (a REFI-QDA user, a W3C creator, a CAS's annotator), or null
 */
public record ForeignSpan(String id, String layer, List<TextRange> ranges, Map<String, String> features, String note, String author) {

	public ForeignSpan {
		if (ranges.isEmpty()) {
			throw new IllegalArgumentException("a span without a range: " + id);
		}
		ranges = List.copyOf(ranges);
		features = Map.copyOf(features);
	}
}
