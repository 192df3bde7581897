/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as the source gives it: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD},
 * and a real one ({@code 2020-13} and {@code 2021-02-30} are not; {@code 2020-02-29} is). The one
 * parser every reader of dates uses: import metadata, HTML meta tags, metadata files, the claim
 * form, the properties dialog, exports read back and reconciliation.
 * <p>
 * The year has four digits (0000 to 9999): a year before 1000 is written with leading zeros
 * ({@code 0987-06}), as ISO 8601 does.
 * <p>
 * <b>Order.</b> Dates are ordered by year, then month, then day, an absent month or day coming
 * before every present one. So a partial date sorts just before the dates it {@linkplain #contains
 * contains}: {@code 2020 < 2020-01 < 2020-01-01 < 2020-01-02 < 2020-02 < 2021}, and {@code 2020}
 * comes before {@code 2020-05}, which it contains. The order is consistent with {@code equals}: two
 * dates are equal only when they have the same precision.
 */
public final class PartialDate implements Comparable<PartialDate> {

	private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	private final int year;
	/** 1-12, or 0 when the date gives only a year. */
	private final int month;
	/** 1-31, or 0 when the date gives no day. */
	private final int day;

	private PartialDate(int year, int month, int day) {
		this.year = year;
		this.month = month;
		this.day = day;
	}

	/** The date written exactly as {@code value} (no spaces around it), or empty when it is not one. */
	public static Optional<PartialDate> parse(String value) {
		if (value == null) {
			return Optional.empty();
		}
		Matcher m = FORM.matcher(value);
		return m.matches() ? of(m) : Optional.empty();
	}

	/**
	 * The date {@code text} starts with, such as the {@code 2020-12-02} of a time stamp
	 * {@code 2020-12-02T10:00Z}, or empty when it does not start with a real one.
	 */
	public static Optional<PartialDate> leading(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher m = FORM.matcher(text);
		return m.lookingAt() ? of(m) : Optional.empty();
	}

	private static Optional<PartialDate> of(Matcher m) {
		return problemOf(m) == null ? Optional.of(new PartialDate(Integer.parseInt(m.group(1)),
				m.group(2) == null ? 0 : Integer.parseInt(m.group(2)), m.group(3) == null ? 0 : Integer.parseInt(m.group(3))))
				: Optional.empty();
	}

	/** Whether {@code value} is a real date of one of the three forms. */
	public static boolean isValid(String value) {
		return problem(value) == null;
	}

	/** What is wrong with {@code value} as a partial date, or null when nothing is. */
	public static String problem(String value) {
		if (value == null) {
			return "no date";
		}
		Matcher m = FORM.matcher(value);
		if (!m.matches()) {
			return "\"" + value + "\" is not of the form YYYY, YYYY-MM or YYYY-MM-DD";
		}
		String problem = problemOf(m);
		return problem == null ? null : "\"" + value + "\" is not a real date (" + problem + ")";
	}

	/** What makes a date of the form unreal, in the researcher's words ("there is no month 13"), or null. */
	private static String problemOf(Matcher m) {
		int year = Integer.parseInt(m.group(1));
		if (m.group(2) == null) {
			return null;
		}
		int month = Integer.parseInt(m.group(2));
		if (month < 1 || month > 12) {
			return "there is no month " + month;
		}
		if (m.group(3) == null) {
			return null;
		}
		int day = Integer.parseInt(m.group(3));
		if (day < 1) {
			return "there is no day 0";
		}
		YearMonth yearMonth = YearMonth.of(year, month);
		if (day > yearMonth.lengthOfMonth()) {
			return yearMonth.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + year + " has "
					+ yearMonth.lengthOfMonth() + " days";
		}
		return null;
	}

	/** The year, 0 to 9999. */
	public int year() {
		return year;
	}

	/** Whether the date gives a month. */
	public boolean hasMonth() {
		return month != 0;
	}

	/** Whether the date gives a day. */
	public boolean hasDay() {
		return day != 0;
	}

	/** The first day the date can mean: {@code 2020} means 2020-01-01, {@code 2020-05} 2020-05-01. */
	public LocalDate firstDay() {
		return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
	}

	/** The last day the date can mean: {@code 2020} means 2020-12-31, {@code 2020-02} 2020-02-29. */
	public LocalDate lastDay() {
		if (day != 0) {
			return firstDay();
		}
		return month != 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, 12, 31);
	}

	/**
	 * Whether every day {@code other} can mean is one this date can mean: {@code 2020} contains
	 * {@code 2020-05} and {@code 2020-05-17} (and itself), {@code 2020-05} does not contain {@code 2020}.
	 */
	public boolean contains(PartialDate other) {
		return year == other.year && (month == 0 || month == other.month) && (day == 0 || day == other.day);
	}

	@Override
	public int compareTo(PartialDate other) {
		int c = Integer.compare(year, other.year);
		if (c == 0) {
			c = Integer.compare(month, other.month);
		}
		return c != 0 ? c : Integer.compare(day, other.day);
	}

	/**
	 * Orders texts by the dates they start with ({@link #leading}); texts with no date come last,
	 * in no particular order among themselves.
	 */
	public static int compareTexts(String a, String b) {
		Optional<PartialDate> x = leading(a == null ? null : a.strip());
		Optional<PartialDate> y = leading(b == null ? null : b.strip());
		if (x.isPresent() && y.isPresent()) {
			return x.get().compareTo(y.get());
		}
		return Boolean.compare(x.isEmpty(), y.isEmpty());
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof PartialDate other && year == other.year && month == other.month && day == other.day;
	}

	@Override
	public int hashCode() {
		return (year * 13 + month) * 32 + day;
	}

	/** The date as written: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
	@Override
	public String toString() {
		String text = String.format("%04d", year);
		if (month != 0) {
			text += String.format("-%02d", month);
		}
		return day != 0 ? text + String.format("-%02d", day) : text;
	}
}
