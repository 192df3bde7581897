/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.collatio.io.Offsets;
import org.junit.jupiter.api.Test;

/** {@link Offsets.Index} converts code points to UTF-16 units as {@code String.offsetByCodePoints} does, around non-BMP characters and CRLF. */
class OffsetsIndexTest {

	@Test
	void codePointsToUtf16AgreesWithTheJdkOnRandomTexts() {
		Random random = new Random(16);
		String[] pieces = { "\uD83D\uDE00", "\r\n", "a", "\u00E9", "\uD835\uDD04" };
		for (int n = 0; n < 500; n++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(25); i > 0; i--) {
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			String t = text.toString();
			Offsets.Index index = Offsets.index(t);
			assertEquals(t.codePointCount(0, t.length()), index.codePointCount(), t);
			for (int codePoint = 0; codePoint <= index.codePointCount(); codePoint++) {
				assertEquals(t.offsetByCodePoints(0, codePoint), index.toUtf16(codePoint), t + " at " + codePoint);
				assertEquals(codePoint, index.toCodePoints(index.toUtf16(codePoint)));
			}
			assertThrows(IndexOutOfBoundsException.class, () -> index.toUtf16(index.codePointCount() + 1));
		}
	}
}
