/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.curation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one layer has at one range: the span's tags (in the span's order), its note, the claim on
 * it (or null), who made the span and when. Plain values, safe on any thread.
 */
public record SpanVersion(List<TagRef> tags, String note, ClaimVersion claim, String annotatorId, Instant created) {

	public SpanVersion {
		tags = List.copyOf(tags);
	}

	/** The ids of the tags, as a set (the order of a span's tags means nothing). */
	public Set<String> tagIds() {
		return tags.stream().map(TagRef::id).collect(Collectors.toSet());
	}

	/** Whether the tags are the same (as sets). */
	public boolean sameTags(SpanVersion other) {
		return other != null && tagIds().equals(other.tagIds());
	}

	/** Whether the claims have the same core (both none, or the same speaker, stance, proposition and kind). */
	public boolean sameClaimCore(SpanVersion other) {
		return other != null && (claim == null ? other.claim == null : claim.sameCore(other.claim));
	}

	/** Whether the two versions say the same: tags, note and claim (not who made them, nor when). */
	public boolean sameAs(SpanVersion other) {
		return sameTags(other) && Objects.equals(note, other.note) && (claim == null ? other.claim == null : claim.sameAs(other.claim));
	}

	/** "Claim, Quote · note: … · claim: Putin asserts “…” (direct quote)", for a table cell. */
	public String describe() {
		StringBuilder text = new StringBuilder(tags.isEmpty() ? "(no tag)" : tags.stream().map(TagRef::name).collect(Collectors.joining(", ")));
		if (note != null) {
			text.append(" \u00b7 note: ").append(note);
		}
		if (claim != null) {
			text.append(" \u00b7 claim: ").append(claim.describe());
		}
		return text.toString();
	}
}
