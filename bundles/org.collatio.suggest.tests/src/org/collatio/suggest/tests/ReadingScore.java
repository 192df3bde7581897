/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.suggest.tests;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.collatio.suggest.ClaimSuggester;
import org.collatio.suggest.Suggestion;

/**
 * Recall of the reading's claims with the right speaker and precision of the suggestions, overall
 * and per kind, over the articles a predicate selects.
 */
final class ReadingScore {

	/** Counts of one kind: claims read and found; suggestions made and right. */
	static final class Counts {
		int read;
		int found;
		int suggested;
		int right;

		double recall() {
			return read == 0 ? 1 : (double) found / read;
		}

		double precision() {
			return suggested == 0 ? 1 : (double) right / suggested;
		}

		@Override
		public String toString() {
			return String.format("recall %.2f (%d/%d), precision %.2f (%d/%d)", recall(), found, read, precision(), right, suggested);
		}
	}

	final Counts all = new Counts();
	final Map<String, Counts> byKind = new TreeMap<>();

	static ReadingScore of(Reading reading, Predicate<Reading.Article> which, ClaimSuggester suggester, StringBuilder misses) {
		ReadingScore score = new ReadingScore();
		for (Reading.Article a : reading.articles()) {
			if (which.test(a)) {
				score.add(a, suggester.suggest(a.text(), List.of()), misses);
			}
		}
		return score;
	}

	private void add(Reading.Article a, List<Suggestion> suggestions, StringBuilder misses) {
		for (Reading.Claim c : a.claims()) {
			boolean found = suggestions.stream()
					.anyMatch(s -> Agreement.overlaps(c.begin(), c.end(), s.begin(), s.end()) && Agreement.sameSpeaker(c.speaker(), s.speaker()));
			count(c.kind(), true, found);
			if (!found && misses != null) {
				misses.append("missed ").append(a.name()).append(" [").append(c.speaker()).append("] ")
						.append(a.text().substring(c.begin(), Math.min(c.end(), c.begin() + 80)).replace('\n', ' ')).append('\n');
			}
		}
		for (Suggestion s : suggestions) {
			boolean right = a.claims().stream()
					.anyMatch(c -> Agreement.overlaps(c.begin(), c.end(), s.begin(), s.end()) && Agreement.sameSpeaker(c.speaker(), s.speaker()));
			count(s.kind().label(), false, right);
			if (!right && misses != null) {
				misses.append("wrong  ").append(a.name()).append(" [").append(s.speaker()).append("] ")
						.append(s.text(), 0, Math.min(s.text().length(), 80)).append('\n');
			}
		}
	}

	private void count(String kind, boolean read, boolean ok) {
		for (Counts c : List.of(all, byKind.computeIfAbsent(kind, k -> new Counts()))) {
			if (read) {
				c.read++;
				c.found += ok ? 1 : 0;
			} else {
				c.suggested++;
				c.right += ok ? 1 : 0;
			}
		}
	}

	String report(String title) {
		StringBuilder b = new StringBuilder(title).append(": ").append(all).append('\n');
		byKind.forEach((k, c) -> b.append("  ").append(k).append(": ").append(c).append('\n'));
		return b.toString();
	}
}
