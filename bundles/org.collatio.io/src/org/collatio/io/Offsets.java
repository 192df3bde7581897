/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

/**
 * Offset units. Collatio stores UTF-16 code units (Java's String indices); brat and the W3C Web
 * Annotation model count code points. A character outside the BMP is two units and one code point.
 */
public final class Offsets {

	private Offsets() {
	}

	/** The code point offset of a UTF-16 offset in {@code text}. */
	public static int toCodePoints(String text, int utf16) {
		return text.codePointCount(0, utf16);
	}
}
