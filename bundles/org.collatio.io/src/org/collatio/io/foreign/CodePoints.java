/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.foreign;

/**
 * Code point offsets of one text turned into UTF-16 offsets (Java's String indices) in constant
 * time each: REFI-QDA's characters and W3C's positions count code points, so a character outside
 * the Basic Multilingual Plane (an emoji) is one position there and two UTF-16 units here. A text
 * without surrogates needs no table.
 */
final class CodePoints {

	private final int[] utf16At;
	private final int codePoints;

	CodePoints(String text) {
		int count = text.codePointCount(0, text.length());
		codePoints = count;
		if (count == text.length()) {
			utf16At = null;
			return;
		}
		utf16At = new int[count + 1];
		int cp = 0;
		for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
			utf16At[cp++] = i;
		}
		utf16At[count] = text.length();
	}

	/** How many code points the text has. */
	int length() {
		return codePoints;
	}

	/** Whether {@code begin..end} (code points) lies inside the text. */
	boolean fits(long begin, long end) {
		return begin >= 0 && begin <= end && end <= codePoints;
	}

	/** The UTF-16 offset of code point offset {@code codePoint}, which must lie inside the text. */
	int toUtf16(int codePoint) {
		if (codePoint < 0 || codePoint > codePoints) {
			throw new IndexOutOfBoundsException(codePoint);
		}
		return utf16At == null ? codePoint : utf16At[codePoint];
	}

	/** The code point offset of UTF-16 offset {@code utf16} (the start of the pair when it falls inside one). */
	int toCodePoints(int utf16) {
		if (utf16At == null) {
			return utf16;
		}
		int found = java.util.Arrays.binarySearch(utf16At, utf16);
		return found >= 0 ? found : -found - 2;
	}
}
