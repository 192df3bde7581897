/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.foreign;

/**
 * Finds a W3C TextQuoteSelector's {@code exact} in a text when its position is missing or off:
 * among every occurrence, the one whose surroundings best match the selector's {@code prefix}
 * (characters matching backwards from the occurrence) and {@code suffix} (forwards), and among
 * equally good ones the nearest to the position the annotation gave. Exact matching only: a quote
 * that is not in the text verbatim is not found (and is reported by the reader, never guessed).
 */
final class QuoteAnchor {

	private QuoteAnchor() {
	}

	/**
	 * The UTF-16 offset of the best occurrence of {@code exact} in {@code text}, or -1 when there
	 * is none; {@code hint} is the UTF-16 offset the annotation gave, or -1.
	 */
	static int find(String text, String exact, String prefix, String suffix, int hint) {
		if (exact.isEmpty()) {
			return -1;
		}
		int best = -1;
		int bestScore = -1;
		long bestDistance = Long.MAX_VALUE;
		for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
			int score = matchBefore(text, at, prefix) + matchAfter(text, at + exact.length(), suffix);
			long distance = hint < 0 ? 0 : Math.abs((long) at - hint);
			if (score > bestScore || score == bestScore && distance < bestDistance) {
				best = at;
				bestScore = score;
				bestDistance = distance;
			}
		}
		return best;
	}

	/** How many characters of {@code prefix}, from its end, precede {@code at}. */
	private static int matchBefore(String text, int at, String prefix) {
		if (prefix == null) {
			return 0;
		}
		int n = 0;
		while (n < prefix.length() && n < at && text.charAt(at - 1 - n) == prefix.charAt(prefix.length() - 1 - n)) {
			n++;
		}
		return n;
	}

	/** How many characters of {@code suffix}, from its start, follow {@code at}. */
	private static int matchAfter(String text, int at, String suffix) {
		if (suffix == null) {
			return 0;
		}
		int n = 0;
		while (n < suffix.length() && at + n < text.length() && text.charAt(at + n) == suffix.charAt(n)) {
			n++;
		}
		return n;
	}
}
