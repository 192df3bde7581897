/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.store;

import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A colour as the corpus writes it ({@code Tag.color}) and the palettes give it: {@code #RRGGBB},
 * hexadecimal digits in either case. The one parser of such colours (editor, reconciliation, history).
 *
 * @param red 0-255
 * @param green 0-255
 * @param blue 0-255
 */
public record HexColour(int red, int green, int blue) {

	private static final Pattern FORM = Pattern.compile("#[0-9A-Fa-f]{6}");

	/** Checks the components. */
	public HexColour {
		if ((red | green | blue) < 0 || Math.max(red, Math.max(green, blue)) > 255) {
			throw new IllegalArgumentException("A colour component is 0-255: " + red + ", " + green + ", " + blue);
		}
	}

	/** The colour {@code text} writes, or empty when it is not of the form {@code #RRGGBB}. */
	public static Optional<HexColour> parse(String text) {
		if (text == null || !FORM.matcher(text).matches()) {
			return Optional.empty();
		}
		int value = HexFormat.fromHexDigits(text, 1, 7);
		return Optional.of(new HexColour(value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF));
	}

	/** The colour {@code text} writes, or {@code fallback} when it is not a colour. */
	public static HexColour parse(String text, HexColour fallback) {
		return parse(text).orElse(fallback);
	}

	/** {@code #RRGGBB}, upper case. */
	@Override
	public String toString() {
		return String.format("#%02X%02X%02X", red, green, blue);
	}
}
