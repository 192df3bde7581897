/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.collatio.core.edit.WordBoundaries;
import org.junit.jupiter.api.Test;

/** Snapping selections to whole words, in UTF-16 offsets, never splitting a surrogate pair. */
class WordBoundariesTest {

	private static String snapped(String text, String sloppy) {
		int begin = text.indexOf(sloppy);
		int[] range = WordBoundaries.snap(text, begin, begin + sloppy.length());
		return text.substring(range[0], range[1]);
	}

	@Test
	void aPartialDragBecomesWholeWordsWithoutSurroundingSpaceOrPunctuation() {
		String text = "Kremlin spokesman Dmitry Peskov said, \u201Cthat\u2019s\u201D all.";
		assertEquals("Dmitry Peskov", snapped(text, "itry Pes"));
		assertEquals("Peskov said", snapped(text, " Peskov said, "));
		assertEquals("that\u2019s", snapped(text, "at\u2019"), "an apostrophe inside a word belongs to it");
	}

	@Test
	void charactersOutsideTheBmpAreNotSplit() {
		String text = "The \uD835\uDD04\uD835\uDD05 script and \uD83D\uDE00 smiles";
		String gothic = "\uD835\uDD04\uD835\uDD05";
		int begin = text.indexOf(gothic);
		int[] range = WordBoundaries.snap(text, begin + 1, begin + 3); // starts and ends inside surrogate pairs
		assertEquals(gothic, text.substring(range[0], range[1]));
	}

	@Test
	void aSelectionOfOnlySpaceIsLeftAlone() {
		int[] range = WordBoundaries.snap("a   b", 1, 3);
		assertEquals(1, range[0]);
		assertEquals(3, range[1]);
	}
}
