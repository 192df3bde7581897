/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.suggest;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The time a sentence states for what was said: "on Wednesday", "in February", "on 12 March",
 * "last week", "yesterday", "earlier this month". Words of the calendar, not of any corpus.
 */
final class StatedTime {

	private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
	private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
			"september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.");
	private static final Set<String> UNITS = Set.of("week", "month", "year", "night", "weekend", "morning", "evening");
	private static final Set<String> ALONE = Set.of("yesterday", "today", "tonight");

	private StatedTime() {
	}

	/** Whether two tokens are a time phrase such as "last month" or "on Tuesday". */
	static boolean isTimePhrase(Token first, Token second) {
		String a = first.text().toLowerCase(Locale.ROOT);
		String b = second.text().toLowerCase(Locale.ROOT);
		return (a.equals("last") || a.equals("this") || a.equals("on") || a.equals("in") || a.equals("earlier"))
				&& (UNITS.contains(b) || DAYS.contains(b) || MONTHS.contains(b));
	}

	/** The first stated time among tokens {@code [from, to)}, as written, or null. */
	static String in(List<Token> tokens, int from, int to, String text) {
		for (int i = from; i < to; i++) {
			String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
			if (ALONE.contains(w)) {
				return tokens.get(i).text();
			}
			if ((w.equals("on") || w.equals("in") || w.equals("last") || w.equals("this") || w.equals("next")) && i + 1 < to) {
				int end = calendarAfter(tokens, i + 1, to);
				if (end > i + 1) {
					return text.substring(tokens.get(i).begin(), tokens.get(end - 1).end());
				}
			}
			if ((w.equals("earlier") || w.equals("later")) && i + 2 < to && tokens.get(i + 1).is("this")
					&& UNITS.contains(tokens.get(i + 2).text().toLowerCase(Locale.ROOT))) {
				return text.substring(tokens.get(i).begin(), tokens.get(i + 2).end());
			}
		}
		return null;
	}

	/** The end of a date after a preposition ("Nov. 9", "12 March 2005", "Wednesday"), or {@code i}. */
	private static int calendarAfter(List<Token> tokens, int i, int to) {
		int k = i;
		boolean named = false;
		while (k < to) {
			String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
			if (DAYS.contains(w) || MONTHS.contains(w) || (MONTHS.contains(w + ".") && k + 1 < to && tokens.get(k + 1).is("."))) {
				named = true;
				k++;
			} else if (UNITS.contains(w) && k == i) {
				return k + 1;
			} else if (w.chars().allMatch(Character::isDigit) && !w.isEmpty() && w.length() <= 4 && (named || k + 1 < to
					&& MONTHS.contains(tokens.get(k + 1).text().toLowerCase(Locale.ROOT)))) {
				k++;
			} else {
				break;
			}
		}
		return named ? k : i;
	}
}
