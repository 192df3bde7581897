/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.imports;

/**
 * Offers the first line of a text as its title when it looks like one: short, not ending like a
 * sentence, and followed by a blank line (or nothing).
 */
final class TitleGuess {

	private static final int MAX_LENGTH = 160;
	private static final int MAX_WORDS = 25;

	private TitleGuess() {
	}

	static String of(String text) {
		int start = 0;
		while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		int end = start;
		while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
			end++;
		}
		String line = text.substring(start, end).strip();
		if (line.isEmpty() || line.length() > MAX_LENGTH || line.split("\\s+").length > MAX_WORDS || line.endsWith(".")
				|| line.endsWith(",") || line.endsWith(";")) {
			return null;
		}
		int next = end;
		if (next < text.length() && text.charAt(next) == '\r') {
			next++;
		}
		if (next < text.length() && text.charAt(next) == '\n') {
			next++;
		}
		int after = next;
		while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
			after++;
		}
		boolean blankFollows = after >= text.length() || text.charAt(after) == '\n' || text.charAt(after) == '\r';
		return blankFollows ? line : null;
	}
}
