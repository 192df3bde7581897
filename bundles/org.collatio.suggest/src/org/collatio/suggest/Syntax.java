/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.suggest;

import java.util.List;
import java.util.Set;

import org.collatio.suggest.NounPhrases.Range;
import org.collatio.suggest.ReportingVerbs.Role;

/**
 * What the rules ask of a paragraph's tokens: the verbs of reporting, the subject of a verb (past
 * auxiliaries, appositions, relative clauses), ranges of tokens as text or as document offsets, and
 * counts of words. Pure functions of the tagged tokens.
 */
final class Syntax {

	static final Set<String> PASSIVE = Set.of("was", "were", "been", "is", "are", "be", "being");
	static final Set<String> END = Set.of(".", "?", "!", ";");

	private final List<Token> t;

	Syntax(Paragraph paragraph) {
		this.t = paragraph.tokens();
	}

	/** A verb at most 6 tokens after {@code from}, with a phrase before it and the sentence's end after. */
	int trailingAttribution(int from, int s1) {
		for (int v = from; v < s1 && v - from <= 6; v++) {
			if (reporting(v)) {
				Range subject = NounPhrases.ending(t, skipBack(v), from);
				int after = v + 1;
				while (after < s1 && !END.contains(t.get(after).text()) && !QuoteMarks.isMark(t.get(after)) && after - v <= 4) {
					after++;
				}
				boolean ends = after >= s1 || END.contains(t.get(after).text());
				return !subject.isEmpty() && subject.from() == from && ends ? v : -1;
			}
			if ("VERB".equals(t.get(v).tag())) {
				return -1;
			}
		}
		return -1;
	}

	/**
	 * The phrase before verb {@code v}; past an apposition between commas ("Armen Grigoryan, the
	 * secretary of ..., charged"; "The ministry's spokeswoman, Maria Zakharova, accused"), the name.
	 */
	Range subjectBefore(int v, int s0) {
		int k = skipBack(v);
		Range direct = NounPhrases.ending(t, k, s0);
		if (direct.isEmpty() && k - 1 > s0 && "VERB".equals(t.get(k - 1).tag()) && t.get(k - 1).text().endsWith("ed")) {
			return NounPhrases.ending(t, k - 1, s0); // past a participle: "A survey published on Monday found that"
		}
		if (!direct.isEmpty() || k - 1 <= s0 || !",".equals(t.get(k - 1).text())) {
			return direct;
		}
		int comma = -1;
		boolean verb = false;
		for (int j = k - 2; j > s0 && k - j <= 20; j--) {
			if (",".equals(t.get(j).text())) {
				comma = j;
				break;
			}
			// a capitalised "verb" is part of a name ("the Family Planning Association")
			verb |= ("VERB".equals(t.get(j).tag()) || "AUX".equals(t.get(j).tag())) && !t.get(j).isCapitalised();
		}
		if (comma < 0 || (verb ? !isRelativeStart(comma + 1) : k - comma > 15)) {
			return direct; // past a clause only when it is a relative one: "Pashinyan, whose wife was at the front, said"
		}
		if (verb) {
			return NounPhrases.ending(t, comma, s0);
		}
		Range inner = NounPhrases.starting(t, comma + 1, k - 1);
		Range outer = NounPhrases.ending(t, comma, s0);
		if (isName(inner) && inner.to() == k - 1) {
			return inner;
		}
		return outer.isEmpty() ? inner : outer;
	}

	boolean isRelativeStart(int k) {
		return k < t.size() && (t.get(k).is("who") || t.get(k).is("whose") || t.get(k).is("which"));
	}

	boolean isName(Range r) {
		if (r.isEmpty()) {
			return false;
		}
		for (int k = r.from(); k < r.to(); k++) {
			if (!t.get(k).isCapitalised() && !(k == r.from() && "DET".equals(t.get(k).tag()))) {
				return false;
			}
		}
		return true;
	}

	/** The subject of the sentence's first finite verb: a phrase starting the sentence or after a comma. */
	Range mainSubject(int s0, int i) {
		for (int k = s0 + 1; k < i; k++) {
			String tag = t.get(k).tag();
			if ("VERB".equals(tag) || "AUX".equals(tag)) {
				int e = skipBack(k);
				if (e - 1 > s0 && QuoteMarks.isMark(t.get(e - 1))) {
					e--; // a verb in scare quotes: 'X "congratulated" Y'
				}
				Range r = NounPhrases.ending(t, e, s0);
				if (!r.isEmpty() && (r.from() == s0 || ",".equals(t.get(r.from() - 1).text()) || NounPhrases.isPart(t.get(r.from() - 1)))) {
					return r;
				}
			}
		}
		return new Range(i, i);
	}

	/** A relative pronoun stands for the phrase before its comma ("Mr X, who said ..."). */
	Range resolveRelative(Range subject, int s0) {
		if (subject.isEmpty() || !NounPhrases.isRelative(t.get(subject.from()))) {
			return subject;
		}
		int comma = subject.from() - 1;
		if (comma > s0 && ",".equals(t.get(comma).text())) {
			return NounPhrases.ending(t, comma, s0);
		}
		return new Range(subject.from(), subject.from());
	}

	/** Skips auxiliaries, adverbs and an emphatic reflexive before a verb ("has also said", "Mr X himself said"). */
	int skipBack(int v) {
		int k = v;
		while (true) {
			if (k - 1 >= 0 && ("AUX".equals(t.get(k - 1).tag()) || "ADV".equals(t.get(k - 1).tag()) || "PART".equals(t.get(k - 1).tag())
					|| (k - 2 >= 0 && NounPhrases.isEmphatic(t.get(k - 1)) && NounPhrases.isHead(t.get(k - 2))))
					&& !NounPhrases.isPossessive(t.get(k - 1))) {
				k--;
			} else if (k - 2 >= 0 && StatedTime.isTimePhrase(t.get(k - 2), t.get(k - 1))) {
				k -= 2;
			} else {
				return k;
			}
		}
	}

	/** A reporting verb, also where the tagger took it for an adjective after its subject ("Grigoryan denied"). */
	boolean reporting(int i) {
		Token x = t.get(i);
		if (ReportingVerbs.needsThat(x.text()) && !(i + 1 < t.size() && t.get(i + 1).is("that"))) {
			return false;
		}
		if (ReportingVerbs.isReporting(x) || (ReportingVerbs.phraseEnd(t, i) > 0 && ("VERB".equals(x.tag()) || "AUX".equals(x.tag())))) {
			return true;
		}
		if (ReportingVerbs.roleOf(x.text()) == null || i == 0 || !"ADJ".equals(x.tag())) {
			return false;
		}
		if (x.text().endsWith("ing")) {
			return "ADP".equals(t.get(i - 1).tag()); // a gerund after a preposition: "in blaming X"
		}
		if (!x.text().endsWith("ed")) {
			return false;
		}
		Token before = t.get(i - 1);
		return before.isCapitalised() && NounPhrases.isHead(before) && !"DET".equals(t.get(Math.max(0, i - 2)).tag());
	}

	/** The role of the reporting verb at {@code i}; a verb of several words says. */
	Role role(int i) {
		return ReportingVerbs.phraseEnd(t, i) > 0 ? Role.SAY : ReportingVerbs.roleOf(t.get(i).text());
	}

	boolean isPassive(int v, int s0) {
		for (int k = v - 1; k >= s0 && k >= v - 3; k--) {
			Token x = t.get(k);
			if (PASSIVE.contains(x.text().toLowerCase())) {
				return true;
			}
			if (!"ADV".equals(x.tag()) && !"AUX".equals(x.tag())) {
				return false;
			}
		}
		return false;
	}

	/** Past a stated time or place before "that" ("said on Tuesday that"). */
	int skipToThat(int c, int s1) {
		for (int k = c; k < s1 && k - c <= 5; k++) {
			Token x = t.get(k);
			if (x.is("that")) {
				return k + 1;
			}
			String tag = x.tag();
			if (!("ADP".equals(tag) || "PROPN".equals(tag) || "NOUN".equals(tag) || "NUM".equals(tag) || "ADV".equals(tag)
					|| "DET".equals(tag) || "ADJ".equals(tag) || ",".equals(x.text()))) {
				break;
			}
		}
		if (c < s1 && (":".equals(t.get(c).text()) || ",".equals(t.get(c).text()))) {
			return c + 1;
		}
		return c;
	}

	boolean isAsSaying(int k) {
		return k + 1 < t.size() && t.get(k).is("as") && (t.get(k + 1).text().toLowerCase().endsWith("ing"));
	}

	int words(int from, int to) {
		int n = 0;
		for (int k = from; k < to && k < t.size(); k++) {
			if (!t.get(k).isPunctuation()) {
				n++;
			}
		}
		return n;
	}

	/** The document range of tokens {@code [from, to)} without punctuation at either end, or null. */
	int[] trim(int from, int to) {
		return trim(from, to, false);
	}

	/** As {@link #trim(int, int)}; {@code keepStop}: a quotation keeps the full stop that ends it. */
	int[] trim(int from, int to, boolean keepStop) {
		to = Math.min(to, t.size());
		while (from < to && (t.get(from).isPunctuation() || t.get(from).is("that"))) {
			from++;
		}
		while (to > from && t.get(to - 1).isPunctuation() && !"?".equals(t.get(to - 1).text()) && !"!".equals(t.get(to - 1).text())
				&& !(keepStop && ".".equals(t.get(to - 1).text()))) {
			to--;
		}
		return from < to ? new int[] { t.get(from).begin(), t.get(to - 1).end() } : null;
	}

	String text(Range r) {
		StringBuilder b = new StringBuilder();
		for (int k = r.from(); k < r.to(); k++) {
			Token x = t.get(k);
			if (k > r.from() && t.get(k - 1).end() < x.begin()) {
				b.append(' ');
			}
			b.append(x.text());
		}
		return b.toString();
	}

	boolean isPronoun(Range r) {
		return r.to() - r.from() == 1 && NounPhrases.isPronoun(t.get(r.from()));
	}

	boolean isPlural(Range r) {
		Token head = t.get(r.to() - 1);
		return head.is("they") || head.is("we") || ("NOUN".equals(head.tag()) && head.text().endsWith("s"));
	}

}
