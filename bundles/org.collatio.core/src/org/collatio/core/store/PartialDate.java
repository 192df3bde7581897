/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.store;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as the source gives it: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD},
 * and a real one ({@code 2020-13} and {@code 2021-02-30} are not). The one check every reader of
 * dates (import metadata, HTML meta tags, exports read back) applies.
 */
public final class PartialDate {

	private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	private PartialDate() {
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
		try {
			int year = Integer.parseInt(m.group(1));
			if (m.group(2) != null) {
				YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
				if (m.group(3) != null) {
					LocalDate.of(month.getYear(), month.getMonthValue(), Integer.parseInt(m.group(3)));
				}
			}
			return null;
		} catch (DateTimeException e) {
			return "\"" + value + "\" is not a real date (" + e.getMessage() + ")";
		}
	}
}
