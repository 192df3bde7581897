/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

/**
 * Offset units. Collatio stores UTF-16 code units (Java's String indices); brat, the W3C Web
 * Annotation model and REFI-QDA count code points; UIMA counts UTF-16 units like Java. A character
 * outside the BMP is two units and one code point.
 */
public final class Offsets {

	private Offsets() {
	}

	/** The code point offset of a UTF-16 offset in {@code text}. */
	public static int toCodePoints(String text, int utf16) {
		return text.codePointCount(0, utf16);
	}

	/** The UTF-16 offset of a code point offset in {@code text}. */
	public static int toUtf16(String text, int codePoints) {
		return text.offsetByCodePoints(0, codePoints);
	}

	/** Converts many offsets of one text in constant time each (a text without surrogates needs no table). */
	public static Index index(String text) {
		return new Index(text);
	}

	/** Offsets of one text in both units. */
	public static final class Index {

		private final int[] codePointAt;
		private final int length;
		private final int codePoints;
		/** The UTF-16 offset of each code point offset, made on first use (readers that convert the other way). */
		private int[] utf16At;

		private Index(String text) {
			length = text.length();
			int[] table = null;
			for (int i = 0; i < length; i++) {
				if (Character.isSurrogate(text.charAt(i))) {
					table = new int[length + 1];
					break;
				}
			}
			if (table != null) {
				int codePoint = 0;
				for (int i = 0; i < length; i++) {
					table[i] = codePoint; // = text.codePointCount(0, i)
					boolean secondOfPair = i > 0 && Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1));
					if (!secondOfPair) {
						codePoint++;
					}
				}
				table[length] = codePoint;
			}
			codePointAt = table;
			codePoints = table == null ? length : table[length];
		}

		/** The number of code points of the text. */
		public int codePointCount() {
			return codePoints;
		}

		/** The UTF-16 offset of a code point offset, as {@code text.offsetByCodePoints(0, codePoints)}. */
		public int toUtf16(int codePoint) {
			if (codePoint < 0 || codePoint > codePoints) {
				throw new IndexOutOfBoundsException(codePoint);
			}
			if (codePointAt == null) {
				return codePoint;
			}
			if (utf16At == null) {
				int[] table = new int[codePoints + 1];
				for (int i = 0; i <= length; i++) {
					table[codePointAt[i]] = i; // the offset inside a surrogate pair is followed by the one after it, which wins
				}
				utf16At = table;
			}
			return utf16At[codePoint];
		}

		/** The code point offset of a UTF-16 offset, as {@code text.codePointCount(0, utf16)}. */
		public int toCodePoints(int utf16) {
			if (utf16 < 0 || utf16 > length) {
				throw new IndexOutOfBoundsException(utf16);
			}
			return codePointAt == null ? utf16 : codePointAt[utf16];
		}
	}
}
