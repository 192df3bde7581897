/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.curation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.collatio.core.store.LayerReader;
import org.collatio.model.Claim;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;

/**
 * One layer's annotations of a document as {@link SpanVersion}s by range: from the live model (on the
 * UI thread, for the layer the store works on) or from a layer file read by a {@link LayerReader}
 * (in a job). References into corpus.xmi are read as ids only ({@link LayerReader#idOf}), so both
 * give the same values. A layer with two spans at one range counts the first; a claim belongs to
 * the range of its first span.
 */
public final class LayerVersions {

	private LayerVersions() {
	}

	/** The versions of a layer's content by range, in document order. */
	public static SortedMap<Range, SpanVersion> of(DocumentContent content, Names names) {
		Map<SpanAnnotation, Claim> claims = new HashMap<>();
		for (Claim claim : content.getClaims()) {
			if (!claim.getSpans().isEmpty()) {
				claims.putIfAbsent(claim.getSpans().get(0), claim);
			}
		}
		SortedMap<Range, SpanVersion> versions = new TreeMap<>();
		for (SpanAnnotation span : content.getSpans()) {
			versions.putIfAbsent(new Range(span.getBegin(), span.getEnd()), versionOf(span, claims.get(span), names));
		}
		return Collections.unmodifiableSortedMap(versions);
	}

	/** One span with the claim on it (or null) as a version. */
	public static SpanVersion versionOf(SpanAnnotation span, Claim claim, Names names) {
		List<TagRef> tags = new ArrayList<>(span.getTags().size());
		for (Tag tag : span.getTags()) {
			String id = LayerReader.idOf(tag);
			if (id != null) {
				tags.add(new TagRef(id, names.tag(id)));
			}
		}
		return new SpanVersion(tags, blankToNull(span.getNote()), claim == null ? null : claimOf(claim, names),
				LayerReader.idOf(span.getAnnotator()), instant(span.getCreated()));
	}

	/** The claim whose first span is {@code span}, or null. */
	public static Claim claimOn(DocumentContent content, SpanAnnotation span) {
		for (Claim claim : content.getClaims()) {
			if (!claim.getSpans().isEmpty() && claim.getSpans().get(0) == span) {
				return claim;
			}
		}
		return null;
	}

	private static ClaimVersion claimOf(Claim claim, Names names) {
		String speaker = LayerReader.idOf(claim.getSpeaker());
		String via = LayerReader.idOf(claim.getVia());
		String proposition = LayerReader.idOf(claim.getProposition());
		return new ClaimVersion(speaker, names.entity(speaker), via, names.entity(via), claim.getStance(), proposition,
				names.proposition(proposition), claim.getKind(), blankToNull(claim.getWhenStated()), blankToNull(claim.getWhenDate()),
				blankToNull(claim.getParaphrase()), LayerReader.idOf(claim.getAnnotator()), instant(claim.getCreated()));
	}

	private static Instant instant(Date date) {
		return date == null ? null : date.toInstant();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
