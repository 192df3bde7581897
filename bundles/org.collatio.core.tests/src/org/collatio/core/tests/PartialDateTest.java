/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.collatio.core.store.HexColour;
import org.collatio.core.store.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Partial dates: the three forms, real dates only, their order and containment; and hex colours. */
class PartialDateTest {

	private static PartialDate date(String text) {
		return PartialDate.parse(text).orElseThrow(() -> new AssertionError(text + " should be a date"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2020", "2020-05", "2020-05-17", "2020-02-29", "2000-02-29", "0987", "0987-06-01", "9999-12-31" })
	void realDatesOfTheThreeFormsAreAcceptedAndWrittenBackAsGiven(String text) {
		assertNull(PartialDate.problem(text));
		assertEquals(text, date(text).toString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "2020-13", "2020-00", "2020-02-30", "2021-02-29", "1900-02-29", "2020-04-31", "2020-05-00" })
	void impossibleDatesAreRejectedAsNotReal(String text) {
		assertTrue(PartialDate.parse(text).isEmpty());
		assertTrue(PartialDate.problem(text).contains("not a real date"), PartialDate.problem(text));
	}

	@Test
	void whatMakesADateUnrealIsSaidInWords() {
		assertEquals("\"2020-13\" is not a real date (there is no month 13)", PartialDate.problem("2020-13"));
		assertEquals("\"2021-02-29\" is not a real date (February 2021 has 28 days)", PartialDate.problem("2021-02-29"));
		assertEquals("\"2020-04-31\" is not a real date (April 2020 has 30 days)", PartialDate.problem("2020-04-31"));
		assertEquals("\"2020-05-00\" is not a real date (there is no day 0)", PartialDate.problem("2020-05-00"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "987", "20200", "2020-5", "2020-05-7", "2020/05/07", " 2020", "2020-05-07T10:00", "", "May 2020" })
	void otherFormsAreRejectedNamingTheForm(String text) {
		assertTrue(PartialDate.parse(text).isEmpty());
		assertTrue(PartialDate.problem(text).contains("YYYY, YYYY-MM or YYYY-MM-DD"), PartialDate.problem(text));
	}

	@Test
	void aYearBeforeOneThousandKeepsItsLeadingZeros() {
		PartialDate date = date("0987-06");
		assertEquals(987, date.year());
		assertEquals(LocalDate.of(987, 6, 1), date.firstDay());
		assertEquals(LocalDate.of(987, 6, 30), date.lastDay());
		assertTrue(date.compareTo(date("1000")) < 0);
	}

	@Test
	void aPartialDateMeansItsFirstToItsLastDay() {
		assertEquals(LocalDate.of(2020, 1, 1), date("2020").firstDay());
		assertEquals(LocalDate.of(2020, 12, 31), date("2020").lastDay());
		assertEquals(LocalDate.of(2020, 2, 29), date("2020-02").lastDay(), "leap year");
		assertEquals(LocalDate.of(2021, 2, 28), date("2021-02").lastDay());
		assertEquals(LocalDate.of(2020, 5, 17), date("2020-05-17").lastDay());
		assertFalse(date("2020").hasMonth());
		assertTrue(date("2020-05").hasMonth());
		assertFalse(date("2020-05").hasDay());
	}

	@Test
	void aYearContainsItsMonthsAndDaysButNotTheOtherWayRound() {
		assertTrue(date("2020").contains(date("2020-05")));
		assertTrue(date("2020").contains(date("2020-05-17")));
		assertTrue(date("2020-05").contains(date("2020-05-17")));
		assertTrue(date("2020-05").contains(date("2020-05")));
		assertFalse(date("2020-05").contains(date("2020")));
		assertFalse(date("2020-05").contains(date("2020-06-01")));
		assertFalse(date("2020").contains(date("2021-01")));
	}

	@Test
	void aPartialDateSortsJustBeforeTheDatesItContains() {
		List<PartialDate> dates = new ArrayList<>();
		for (String text : List.of("2021", "2020-01-02", "2020-02", "2020-01-01", "2020", "2020-01", "2019-12-31")) {
			dates.add(date(text));
		}
		Collections.sort(dates);
		assertEquals("[2019-12-31, 2020, 2020-01, 2020-01-01, 2020-01-02, 2020-02, 2021]", dates.toString());
		assertTrue(date("2020").compareTo(date("2020-05")) < 0);
		assertTrue(date("2020-05").compareTo(date("2020")) > 0);
		assertEquals(0, date("2020-05").compareTo(date("2020-05")));
		assertEquals(date("2020-05"), date("2020-05"));
		assertFalse(date("2020").equals(date("2020-01")), "same first day, different precision");
	}

	@Test
	void textsAreOrderedByTheDateTheyStartWithUndatedLast() {
		List<String> texts = new ArrayList<>(List.of("", "2020-05-02T08:00Z", "unknown", " 2020 ", "2019-12"));
		texts.sort(PartialDate::compareTexts);
		assertEquals(List.of("2019-12", " 2020 ", "2020-05-02T08:00Z"), texts.subList(0, 3));
		assertEquals(Optional.of(date("2020-05-02")), PartialDate.leading("2020-05-02T08:00Z"));
		assertTrue(PartialDate.leading("2020-13-02T08:00Z").isEmpty());
	}

	@Test
	void hexColoursAreParsedInEitherCaseAndWrittenInUpperCase() {
		assertEquals(new HexColour(0x2E, 0x7D, 0x32), HexColour.parse("#2e7d32").orElseThrow());
		assertEquals("#2E7D32", HexColour.parse("#2e7d32").orElseThrow().toString());
		assertEquals(new HexColour(255, 0, 16), HexColour.parse("#FF0010").orElseThrow());
		for (String bad : new String[] { null, "", "2e7d32", "#2e7d3", "#2e7d32ff", "#2g7d32", "red" }) {
			assertTrue(HexColour.parse(bad).isEmpty(), String.valueOf(bad));
		}
		HexColour grey = new HexColour(0xDD, 0xDD, 0xDD);
		assertEquals(grey, HexColour.parse("nope", grey));
		assertNotNull(HexColour.parse("#000000", grey));
	}
}
