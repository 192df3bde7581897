/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.suggest;

import java.util.List;
import java.util.Set;

/**
 * Finds the noun phrase that names a speaker next to a reporting verb, from the tags: determiners,
 * adjectives, nouns, proper nouns and possessives ("Russia's foreign ministry", "a spokesman for the
 * Home Office", "Mr Blair"), or one personal pronoun. Returns token ranges {@code [from, to)}.
 */
final class NounPhrases {

	private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");
	private static final Set<String> EMPHATIC = Set.of("himself", "herself", "itself", "themselves");
	private static final Set<String> RELATIVE = Set.of("who", "which", "that");
	private static final Set<String> LINKS = Set.of("of", "for", "at", "from", "in");

	private NounPhrases() {
	}

	/** A range of tokens {@code [from, to)}. */
	record Range(int from, int to) {
		boolean isEmpty() {
			return to <= from;
		}
	}

	static boolean isPart(Token t) {
		String tag = t.tag();
		return "PROPN".equals(tag) || "NOUN".equals(tag) || "ADJ".equals(tag) || "DET".equals(tag) || "NUM".equals(tag)
				|| isPossessive(t) || (t.isCapitalised() && !t.isPunctuation() && !"VERB".equals(tag) && !"AUX".equals(tag)
						&& !"ADP".equals(tag) && !"PRON".equals(tag) && !"SCONJ".equals(tag) && !"CCONJ".equals(tag)
						&& !"ADV".equals(tag));
	}

	static boolean isPossessive(Token t) {
		String s = t.text();
		return s.equals("'s") || s.equals("’s") || s.equals("'") || s.equals("’")
				|| ((s.endsWith("'s") || s.endsWith("’s")) && s.length() > 2 && !"PRON".equals(t.tag()) && !"AUX".equals(t.tag()));
	}

	private static boolean isHeadTag(Token t) {
		return "PROPN".equals(t.tag()) || "NOUN".equals(t.tag()) || "NUM".equals(t.tag());
	}

	static boolean isPronoun(Token t) {
		return SUBJECT_PRONOUNS.contains(t.text().toLowerCase());
	}

	/** "his", "her", "its", "their", "our", "my", "your". */
	static boolean isPossessivePronoun(Token t) {
		return Set.of("his", "her", "its", "their", "our", "my", "your").contains(t.text().toLowerCase());
	}

	/** A reflexive pronoun used for emphasis after its subject ("Tony Blair himself has said"). */
	static boolean isEmphatic(Token t) {
		return EMPHATIC.contains(t.text().toLowerCase());
	}

	static boolean isRelative(Token t) {
		return RELATIVE.contains(t.text().toLowerCase());
	}

	/** The phrase ending just before {@code end} (exclusive), not reaching before {@code limit}. */
	static Range ending(List<Token> tokens, int end, int limit) {
		if (end - 1 < limit) {
			return new Range(end, end);
		}
		Token last = tokens.get(end - 1);
		if (isPronoun(last) || isRelative(last)) {
			return new Range(end - 1, end);
		}
		int from = end;
		while (from - 1 >= limit) {
			Token t = tokens.get(from - 1);
			if (isPart(t) || isJoiner(tokens, from - 1, limit, end) || isMistagged(tokens, from - 1, limit, end)) {
				from--;
			} else if (LINKS.contains(t.text().toLowerCase()) && from < end && from - 2 >= limit && isHead(tokens.get(from - 2))) {
				from--;
			} else if (t.is("and") && from < end && from - 2 >= limit && isHead(tokens.get(from - 2)) && isPart(tokens.get(from))) {
				from--;
			} else {
				break;
			}
		}
		// a phrase must hold a noun, not only a determiner or adjectives
		while (from < end && !hasHead(tokens, from, end)) {
			from++;
		}
		// do not start on a linking word
		while (from < end && LINKS.contains(tokens.get(from).text().toLowerCase())) {
			from++;
		}
		// "the CSTO meeting Pashinyan", "Kremlin spokesman Dmitry Peskov": the name after a common noun
		for (int k = end - 1; k > from; k--) {
			Token left = tokens.get(k - 1);
			if ("NOUN".equals(left.tag()) && !left.isCapitalised() && tokens.get(k).isCapitalised() && ("PROPN".equals(tokens.get(k).tag()) || "ADJ".equals(tokens.get(k).tag()))
					&& !LINKS.contains(left.text())) {
				return new Range(k, end);
			}
		}
		return new Range(from, end);
	}

	/** The phrase starting at {@code start}, not reaching {@code limit} (exclusive). */
	static Range starting(List<Token> tokens, int start, int limit) {
		if (start >= limit) {
			return new Range(start, start);
		}
		if (isPronoun(tokens.get(start)) || "PRON".equals(tokens.get(start).tag()) && isObjectPronoun(tokens.get(start))) {
			return new Range(start, start + 1);
		}
		int to = start;
		while (to < limit) {
			Token t = tokens.get(to);
			if ("DET".equals(t.tag()) && to > start && isHead(tokens.get(to - 1))) {
				break;
			}
			if (isPart(t) || isJoiner(tokens, to, start, limit)) {
				to++;
			} else if (LINKS.contains(t.text().toLowerCase()) && to > start && to + 1 < limit && isPart(tokens.get(to + 1))
					&& isHead(tokens.get(to - 1))) {
				to++;
			} else {
				break;
			}
		}
		while (to > start && !isHead(tokens.get(to - 1)) && !isPossessive(tokens.get(to - 1))) {
			to--;
		}
		return hasHead(tokens, start, to) ? new Range(start, to) : new Range(start, start);
	}

	/**
	 * A word the tagger took for a verb inside a name or a noun group: capitalised after "of"
	 * ("Save the Children"), or between a noun and a noun ("the environment select committee").
	 */
	private static boolean isMistagged(List<Token> tokens, int i, int lo, int hi) {
		Token t = tokens.get(i);
		if (!"VERB".equals(t.tag()) || i - 1 < lo || i + 1 >= hi) {
			return false;
		}
		Token left = tokens.get(i - 1);
		Token right = tokens.get(i + 1);
		if (t.isCapitalised()) {
			return LINKS.contains(left.text().toLowerCase()) && (right.isCapitalised() || "DET".equals(right.tag()));
		}
		return "NOUN".equals(left.tag()) && "NOUN".equals(right.tag()) && !t.text().endsWith("ed") && !t.text().endsWith("ing");
	}

	/** A hyphen written without spaces between two words ("state-run"). */
	private static boolean isJoiner(List<Token> tokens, int i, int lo, int hi) {
		Token t = tokens.get(i);
		if (!("-".equals(t.text()) || "–".equals(t.text())) || i - 1 < lo || i + 1 >= hi) {
			return false;
		}
		return tokens.get(i - 1).end() == t.begin() && tokens.get(i + 1).begin() == t.end();
	}

	static boolean isObjectPronoun(Token t) {
		return Set.of("him", "her", "them", "us", "me", "it").contains(t.text().toLowerCase());
	}

	static boolean isHead(Token t) {
		// "PROPN+PART": the tagger's tag of a name glued to its possessive ("Syria's")
		return "PROPN".equals(t.tag()) || "NOUN".equals(t.tag()) || "NUM".equals(t.tag()) || "PROPN+PART".equals(t.tag())
				|| "NOUN+PART".equals(t.tag())
				|| (t.isCapitalised() && "ADJ".equals(t.tag()));
	}

	private static boolean hasHead(List<Token> tokens, int from, int to) {
		for (int i = from; i < to; i++) {
			if (isHead(tokens.get(i)) || isPronoun(tokens.get(i))) {
				return true;
			}
		}
		return false;
	}
}
