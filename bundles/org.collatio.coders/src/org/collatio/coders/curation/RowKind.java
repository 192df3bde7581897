/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.curation;

/** How the coders' versions of one range compare, the strongest difference first in this order. */
public enum RowKind {
	/** Every coder has a span at the range, and all of them are identical (tags, note, claim). */
	AGREED,
	/** Some coders have a span at the range, others have none. */
	ONLY_SOME,
	/** Every coder has a span at the range, with different tags. */
	TAGS_DIFFER,
	/** Same tags; a claim on the range in some layers only, or claims with another speaker, stance, proposition or kind. */
	CLAIM_DIFFERS,
	/** Same tags and claim core; the note, the claim's via, when stated or paraphrase differ. */
	DETAILS_DIFFER;

	/** Whether the coders differ at the range. */
	public boolean isDifference() {
		return this != AGREED;
	}
}
