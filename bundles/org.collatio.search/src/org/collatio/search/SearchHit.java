/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search;

import java.util.List;

/**
 * A document that matches, with its passages: keyword in context, the match at [begin, end) of the
 * document text in UTF-16 code units.
 */
public record SearchHit(String documentId, String title, String outlet, String date, float score, List<Passage> passages) {

	/** One match in context. */
	public record Passage(int begin, int end, String before, String match, String after) {
		@Override
		public String toString() {
			return before + "[" + match + "]" + after;
		}
	}
}
