/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.collatio.search.Polarity;
import org.junit.jupiter.api.Test;

/**
 * The evaluative polarity lexicon spread through WordNet from a few paradigm words: words that are
 * not paradigm words get the sign of the ones they derive from, words that evaluate nothing get none,
 * and in a text a negation cue turns the word it governs.
 */
class PolarityTest {

	@Test
	void evaluativeWordsGetTheSignOfTheParadigmWordsTheyAreLinkedTo() {
		for (String word : List.of("superb", "honest", "beneficial", "assistance")) {
			assertTrue(Polarity.of(word) >= 0.4, word + ": " + Polarity.of(word));
		}
		for (String word : List.of("terrible", "awful", "dishonest", "harmful", "crime", "fraud", "destroyed")) {
			assertTrue(Polarity.of(word) <= -0.4, word + ": " + Polarity.of(word));
		}
	}

	@Test
	void wordsThatEvaluateNothingHaveNoPolarity() {
		// "second" is also a verb ("to second a motion": to back it), but it is most used as the ordinal
		for (String word : List.of("table", "company", "market", "oil", "week", "second", "tuesday")) {
			assertEquals(0, Polarity.of(word), word);
		}
	}

	@Test
	void aNegationCueTurnsTheWordItGovernsAndAFailureIsNegativeItself() {
		assertTrue(Polarity.ofText("the new plan is good for the town") > 0);
		assertTrue(Polarity.ofText("the new plan is not good for the town") < 0);
		assertTrue(Polarity.ofText("the army helped the villagers") > 0);
		assertTrue(Polarity.ofText("the army failed to help the villagers") < 0);
		assertTrue(Polarity.ofText("the council did not fail the villagers") > 0);
		assertTrue(Polarity.ofText("the minister criticized the decision") < 0);
		assertEquals(0, Polarity.ofText("the council met on Tuesday in the town hall"));
	}
}
