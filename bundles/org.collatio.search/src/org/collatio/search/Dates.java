/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Dates written in a claim, as ranges of days, so that they are compared with the tolerance their
 * wording gives: "10 November 2020", "November 10, 2020" and "on 10th November" are one day; "in
 * November 2020" is the whole month and agrees with either; "early November" is its first ten days,
 * "mid-" the next ten, "late" the rest. A date with its year is a range of days since the epoch
 * ({@value #DATE}); a date without one (most news gives none: the year is the article's) a range of
 * days of the year ({@value #DAY}); the two are not compared. English month names only (and their
 * usual abbreviations); "May" and a month alone are a date only where they cannot be anything else:
 * with a day or a year, or after a preposition of time ("in March", "since March").
 */
final class Dates {

	static final String DATE = "#date";
	static final String DAY = "#day";
	/** A leap year, for days of the year of dates written without one. */
	private static final int ANY_YEAR = 2000;
	private static final Set<String> BEFORE_A_MONTH = Set.of("in", "since", "until", "till", "by", "from", "during", "last", "next", "this", "early",
			"mid", "late", "end", "beginning", "start", "before", "after");

	/** A date found at a token: its range, the tokens it covers ({@code start} inclusive to {@code next} exclusive). */
	record Found(Quantities.Quantity quantity, int start, int next) {
	}

	private Dates() {
	}

	/** The date written from token {@code i} on (a qualifier, a day or a month first), or null. */
	static Found at(List<String> tokens, int i) {
		int start = i;
		String qualifier = null;
		if (i + 1 < tokens.size() && (tokens.get(i).equals("early") || tokens.get(i).equals("mid") || tokens.get(i).equals("late"))
				&& month(tokens.get(i + 1)) != null) {
			qualifier = tokens.get(i);
			i++;
		}
		Integer day = null;
		Month month = month(tokens.get(i));
		int next;
		if (month == null && qualifier == null) { // "10 November", "10th of November"
			day = day(tokens.get(i));
			int m = i + 1 < tokens.size() && tokens.get(i + 1).equals("of") ? i + 2 : i + 1;
			month = day == null || m >= tokens.size() ? null : month(tokens.get(m));
			if (month == null) {
				return null;
			}
			next = m + 1;
		} else if (month == null) {
			return null;
		} else {
			next = i + 1;
			if (qualifier == null && next < tokens.size() && day(tokens.get(next)) != null) { // "November 10"
				day = day(tokens.get(next));
				next++;
			}
		}
		Integer year = next < tokens.size() && tokens.get(next).matches("\\d{4}") ? Integer.valueOf(tokens.get(next)) : null;
		if (year != null && (year < 1800 || year > 2100)) {
			year = null;
		}
		if (year != null) {
			next++;
		}
		boolean ambiguous = month == Month.MAY || day == null && year == null && qualifier == null;
		if (ambiguous && day == null && year == null && (qualifier == null && (start == 0 || !BEFORE_A_MONTH.contains(tokens.get(start - 1)))
				|| month == Month.MAY)) {
			return null; // "may" the verb, "march" the verb
		}
		try {
			int y = year != null ? year : ANY_YEAR;
			int first;
			int last;
			if (day != null) {
				first = day;
				last = day;
			} else {
				int length = YearMonth.of(y, month).lengthOfMonth();
				first = qualifier == null || qualifier.equals("early") ? 1 : qualifier.equals("mid") ? 11 : 21;
				last = qualifier == null || qualifier.equals("late") ? length : qualifier.equals("early") ? 10 : 20;
			}
			LocalDate from = LocalDate.of(y, month, first);
			LocalDate to = LocalDate.of(y, month, last);
			double low = year != null ? from.toEpochDay() : from.getDayOfYear();
			double high = year != null ? to.toEpochDay() : to.getDayOfYear();
			String text = String.join(" ", tokens.subList(start, next));
			return new Found(new Quantities.Quantity(low, high, Set.of(year != null ? DATE : DAY), null, text, 0), start, next);
		} catch (DateTimeException e) {
			return null; // "31 February": not a date
		}
	}

	/** A month's name or usual abbreviation (lower case), or null. */
	static Month month(String token) {
		for (Month month : Month.values()) {
			String name = month.name().toLowerCase(Locale.ROOT);
			if (token.equals(name) || token.length() >= 3 && name.startsWith(token) && (token.length() == 3 || token.equals("sept"))) {
				return month;
			}
		}
		return null;
	}

	/** A day of the month as written ("10", "10th", "1st"), or null. */
	private static Integer day(String token) {
		String digits = token.replaceFirst("(st|nd|rd|th)$", "");
		if (!digits.matches("\\d{1,2}")) {
			return null;
		}
		int day = Integer.parseInt(digits);
		return day >= 1 && day <= 31 ? day : null;
	}
}
