/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as researchers and outlets write them: "2020", "2020-12", "2020-12-02" (a partial date means its first day). */
public final class PartialDates {

	private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

	private PartialDates() {
	}

	/** The first day a partial ISO date can mean, or empty when the text does not start with one. */
	public static Optional<LocalDate> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = ISO.matcher(text.strip());
		if (!matcher.lookingAt()) {
			return Optional.empty();
		}
		try {
			int year = Integer.parseInt(matcher.group(1));
			int month = matcher.group(2) == null ? 1 : Integer.parseInt(matcher.group(2));
			int day = matcher.group(3) == null ? 1 : Integer.parseInt(matcher.group(3));
			return Optional.of(LocalDate.of(year, month, day));
		} catch (java.time.DateTimeException e) {
			return Optional.empty();
		}
	}

	/** Orders partial dates; undated last. */
	public static int compare(String a, String b) {
		Optional<LocalDate> x = parse(a);
		Optional<LocalDate> y = parse(b);
		if (x.isPresent() && y.isPresent()) {
			return x.get().compareTo(y.get());
		}
		return Boolean.compare(x.isEmpty(), y.isEmpty());
	}
}
