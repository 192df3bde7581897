/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.edit;

/**
 * Snaps a selection to whole words, so that a sloppy mouse drag tags "peacekeepers", not
 * "eacekeeper". Letters, digits and apostrophes/hyphens inside words are word characters;
 * surrounding white space and punctuation are trimmed. Surrogate pairs are never split.
 */
public final class WordBoundaries {

	private WordBoundaries() {
	}

	/** The snapped range as {begin, end}; an empty or blank selection stays as it is. */
	public static int[] snap(CharSequence text, int begin, int end) {
		int b = begin;
		int e = end;
		while (b < e && !isWord(text, b)) {
			b++;
		}
		while (e > b && !isWord(text, e - 1)) {
			e--;
		}
		if (b >= e) {
			return new int[] { begin, end };
		}
		while (b > 0 && isWord(text, b - 1)) {
			b--;
		}
		while (e < text.length() && isWord(text, e)) {
			e++;
		}
		return new int[] { b, e };
	}

	private static boolean isWord(CharSequence text, int index) {
		char c = text.charAt(index);
		if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
			return true;
		}
		boolean inner = index > 0 && index + 1 < text.length() && Character.isLetterOrDigit(text.charAt(index - 1))
				&& Character.isLetterOrDigit(text.charAt(index + 1));
		return inner && (c == '\'' || c == '\u2019' || c == '-');
	}
}
