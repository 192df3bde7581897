/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.store;

/**
 * The one place that decides what may go into an XML 1.0 file. XML 1.0 carries tab, CR, LF,
 * U+0020-U+D7FF, U+E000-U+FFFD and the supplementary planes (as surrogate pairs); any other
 * character (C0 controls, U+FFFE, U+FFFF, a lone surrogate) makes a conforming writer fail or a
 * reader refuse the file. Every XML writer of Collatio passes its text through {@link #clean}, so a
 * stray character in a scraped title or a note can never make a save fail. The replacement keeps
 * length in UTF-16 units and in code points alike: one U+FFFD for each bad unit.
 */
public final class XmlChars {

	/** What stands in for a character XML cannot carry. */
	public static final char REPLACEMENT = '\uFFFD';

	private XmlChars() {
	}

	/** Whether every character of {@code text} can be written to XML 1.0 as it is. */
	public static boolean isValid(CharSequence text) {
		return firstInvalid(text) < 0;
	}

	/** The UTF-16 index of the first character XML 1.0 cannot carry, or -1. */
	public static int firstInvalid(CharSequence text) {
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c >= 0x20 && c < 0xD800 || c == '\t' || c == '\n' || c == '\r' || c >= 0xE000 && c <= 0xFFFD) {
				continue;
			}
			if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++; // a pair: a supplementary character, which XML allows
				continue;
			}
			return i;
		}
		return -1;
	}

	/** {@code text} with every character XML 1.0 cannot carry replaced by U+FFFD; null stays null. */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		int first = firstInvalid(text);
		if (first < 0) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		out.append(text, 0, first);
		int length = text.length();
		for (int i = first; i < length; i++) {
			char c = text.charAt(i);
			if (c >= 0x20 && c < 0xD800 || c == '\t' || c == '\n' || c == '\r' || c >= 0xE000 && c <= 0xFFFD) {
				out.append(c);
			} else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
				out.append(c).append(text.charAt(++i));
			} else {
				out.append(REPLACEMENT);
			}
		}
		return out.toString();
	}
}
