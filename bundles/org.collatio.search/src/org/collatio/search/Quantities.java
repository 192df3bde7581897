/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Figures in a claim as ranges, so that figures are compared with the tolerance their wording gives:
 * "nearly 2,000" is [1,700, 2,000] and agrees with "2,000"; "more than six weeks" is [6, 12] and
 * agrees with "six-week"; "200" does not agree with "2,000". A figure is written in digits ("2,000",
 * "1.5", "3m", "2bn") or in words ("six", "twenty", "two million"); what it counts is the stems of
 * the content words after it ("weeks", "Russian peacekeepers"; past the same figure in another unit:
 * "$27bn (\u00a314bn) bill"); a figure in millions or billions is
 * rounded to its last digit ("$14bn" agrees with "$14.5bn", "$9.37bn" with "$9.4bn"); a year (1800-2100 with nothing
 * counted) counts years, and agrees only with the same year; dates are read by {@link Dates}; a currency sign before a figure is its currency. Two figures are comparable
 * when they count something in common in the same currency or none ("$27bn (\u00a314bn)" are not).
 */
final class Quantities {

	/** A figure: the range its wording allows, what it counts, its currency (null: none written), and how it was written. */
	record Quantity(double low, double high, Set<String> counts, String currency, String text, double slack) {

		/**
		 * Whether two figures count the same thing: something in common, and the same currency or none
		 * (not "$27bn" and "£14bn", nor "$9bn" and "11 days").
		 */
		boolean comparable(Quantity other) {
			return java.util.Objects.equals(currency, other.currency) && counts.stream().anyMatch(other.counts::contains);
		}

		/** Whether the ranges meet, widened by the slack (a share of the figure; none for years and dates). */
		boolean agrees(Quantity other) {
			return low <= other.high * (1 + slack) && other.low <= high * (1 + slack);
		}
	}

	static final String YEAR = "#year";
	/** How far apart two figures may be and still agree: a share of the figure (a year must be the same year). */
	private static final double SLACK = 0.02;

	private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
			Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
			Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
			Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("hundred", 100), Map.entry("dozen", 12));
	private static final Map<String, Double> SCALES = Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6, "billion", 1e9, "m", 1e6, "bn", 1e9,
			"k", 1e3);
	/** How wording widens a figure: (low factor, high factor). */
	private static final Map<String, double[]> HEDGES = Map.ofEntries(Map.entry("nearly", new double[] { 0.85, 1 }),
			Map.entry("almost", new double[] { 0.85, 1 }), Map.entry("about", new double[] { 0.8, 1.2 }),
			Map.entry("around", new double[] { 0.8, 1.2 }), Map.entry("roughly", new double[] { 0.8, 1.2 }),
			Map.entry("approximately", new double[] { 0.8, 1.2 }), Map.entry("some", new double[] { 0.8, 1.2 }),
			Map.entry("estimated", new double[] { 0.8, 1.2 }), Map.entry("over", new double[] { 1, 2 }), Map.entry("more", new double[] { 1, 2 }),
			Map.entry("least", new double[] { 1, 2 }), Map.entry("above", new double[] { 1, 2 }), Map.entry("exceeding", new double[] { 1, 2 }),
			Map.entry("under", new double[] { 0.5, 1 }), Map.entry("less", new double[] { 0.5, 1 }), Map.entry("fewer", new double[] { 0.5, 1 }),
			Map.entry("below", new double[] { 0.5, 1 }), Map.entry("most", new double[] { 0.5, 1 }));

	private Quantities() {
	}

	/**
	 * The figures among tokens (lower case) with the currency sign written before each (or null);
	 * {@code stemOf} gives the stem a token counts with.
	 */
	static List<Quantity> of(List<String> tokens, List<String> currencies, java.util.function.Function<String, String> stemOf, Set<String> stopWords) {
		List<Quantity> quantities = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			Dates.Found date = Dates.at(tokens, i);
			if (date != null) {
				quantities.add(date.quantity());
				i = date.next() - 1;
				continue;
			}
			Double value = value(tokens.get(i));
			if (value == null) {
				continue;
			}
			int start = i;
			int next = i + 1;
			while (next < tokens.size() && SCALES.containsKey(tokens.get(next))) {
				value *= SCALES.get(tokens.get(next));
				next++;
			}
			double[] hedge = { 1, 1 };
			for (int back = Math.max(0, i - 2); back < i; back++) {
				if (HEDGES.containsKey(tokens.get(back))) {
					hedge = HEDGES.get(tokens.get(back));
					start = back;
				}
			}
			Set<String> counts = new java.util.LinkedHashSet<>();
			for (int j = next; j < tokens.size() && counts.size() < 3; j++) {
				String token = tokens.get(j);
				if (value(token) != null) {
					if (counts.isEmpty() && j < next + 2) {
						continue; // the same figure in another unit: "$27bn (\u00a314bn) bill"
					}
					break;
				}
				if (!stopWords.contains(token) && token.length() > 1) {
					counts.add(stemOf.apply(token));
				}
			}
			boolean year = value >= 1800 && value <= 2100 && value == Math.rint(value) && tokens.get(i).matches("\\d{4}");
			if (year) {
				counts = Set.of(YEAR);
			}
			if (!counts.isEmpty()) {
				// a figure in millions or billions is rounded to its last digit written: "$14bn" is 13.5 to 14.5 billion
				double rounding = next > i + 1 || tokens.get(i).matches(".*\\d(m|bn|k)") ? lastDigit(tokens.get(i)) * (value / number(tokens.get(i))) / 2 : 0;
				String currency = currencies.get(i);
				quantities.add(new Quantity(value * hedge[0] - rounding, value * hedge[1] + rounding, Set.copyOf(counts), currency,
						String.join(" ", tokens.subList(start, i)).concat(start < i ? " " : "").concat(currency == null ? "" : currency)
								.concat(String.join(" ", tokens.subList(i, next))), year && hedge[0] == 1 && hedge[1] == 1 ? 0 : SLACK));
			}
			i = next - 1;
		}
		return quantities;
	}

	/** The value of the unit of the last digit of a figure as written ("14" 1, "9.37" 0.01). */
	private static double lastDigit(String token) {
		String digits = token.replaceAll("[^0-9.]", "");
		int point = digits.indexOf('.');
		return point < 0 ? 1 : Math.pow(10, -(digits.length() - point - 1));
	}

	/** The number written in a token, without its scale ("14bn": 14). */
	private static double number(String token) {
		Double word = WORDS.containsKey(token) ? Double.valueOf(WORDS.get(token)) : null;
		if (word != null) {
			return word;
		}
		try {
			return Double.parseDouble(token.replace(",", "").replaceAll("[^0-9.]", ""));
		} catch (NumberFormatException e) {
			return 1;
		}
	}

	/** The value of a figure token, or null. */
	static Double value(String token) {
		Integer word = WORDS.get(token);
		if (word != null) {
			return word.doubleValue();
		}
		if (token.isEmpty() || !Character.isDigit(token.charAt(0))) {
			return null;
		}
		String digits = token.replace(",", "");
		double scale = 1;
		for (String suffix : List.of("bn", "m", "k")) {
			if (digits.endsWith(suffix)) {
				scale = SCALES.get(suffix);
				digits = digits.substring(0, digits.length() - suffix.length());
				break;
			}
		}
		try {
			return Double.parseDouble(digits) * scale;
		} catch (NumberFormatException e) {
			return null;
		}
	}
}
