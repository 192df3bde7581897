/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.suggest;

import java.util.List;

import org.collatio.suggest.NounPhrases.Range;
import org.collatio.suggest.ReportingVerbs.Role;

/**
 * Speech reported through a passive verb or a noun: the agent of a verb of reporting ("accused by X
 * of"), a relay in the passive ("X was quoted by Y as saying"), a noun of saying after its speaker's
 * possessive ("the court's ruling that").
 */
final class PassiveAndNominalSpeech {

	private final Paragraph paragraph;
	private final List<Token> t;
	private final Syntax syn;
	private final boolean[] used;
	private final boolean[] attributedOpen;
	private final List<Finding> found;

	PassiveAndNominalSpeech(Paragraph paragraph, Syntax syn, boolean[] used, boolean[] attributedOpen, List<Finding> found) {
		this.paragraph = paragraph;
		this.t = paragraph.tokens();
		this.syn = syn;
		this.used = used;
		this.attributedOpen = attributedOpen;
		this.found = found;
	}

	/**
	 * A noun of saying after its speaker's possessive, with a "that" clause: "the Law Lords' ruling
	 * that detention without trial is unlawful", "Syria's denials that it was implicated". The clause
	 * is the claim (up to a trailing attribution of the sentence).
	 */
	boolean nominal(int n, int s0, int s1) {
		int p = n - 1;
		if (p > s0 && "ADJ".equals(t.get(p).tag())) {
			p--;
		}
		if (p < s0 || n + 1 >= s1 || !t.get(n + 1).is("that") || !NounPhrases.isPossessive(t.get(p))) {
			return false;
		}
		Token mark = t.get(p);
		boolean glued = mark.text().length() > 2; // "Syria's" as one token
		Range speaker = NounPhrases.ending(t, glued ? p + 1 : p, s0);
		if (speaker.isEmpty() || syn.isPronoun(speaker)) {
			return false;
		}
		String name = syn.text(speaker);
		int mentionEnd = t.get(speaker.to() - 1).end();
		if (glued) {
			int cut = name.length() - 2;
			name = name.substring(0, cut);
			mentionEnd -= 2;
		}
		int to = s1;
		for (int j = n + 2; j < s1; j++) {
			if (attributedOpen[j] || (",".equals(t.get(j).text()) && syn.trailingAttribution(j + 1, s1) >= 0)) {
				to = j;
				break;
			}
		}
		int[] span = syn.trim(n + 2, to);
		if (span == null || syn.words(n + 2, to) < 3) {
			return false;
		}
		found.add(new Finding(span[0], span[1], name, t.get(speaker.from()).begin(), mentionEnd, false, syn.isPlural(speaker), null,
				SuggestionKind.REPORTED_SPEECH, 0.6, paragraph, s0, s1, null));
		return true;
	}

	/**
	 * A reporting verb with its agent ("peacekeepers accused by Armenia of failing ...", "charges
	 * rejected by him as politically motivated", "Russia was criticised by X for ..."): the agent is
	 * the speaker, when "as" or "that" follows it, or "of" or "for" after a verb of accusing; the claim
	 * runs from the phrase the verb is about to the end of the clause.
	 */
	void byAgent(int v, int s0, int s1) {
		Role role = syn.role(v);
		if (role != Role.SAY && role != Role.ACCUSE) {
			return;
		}
		Range agent = NounPhrases.starting(t, v + 2, s1);
		boolean accuse = role == Role.ACCUSE;
		for (int j = agent.to() - 1; accuse && !isComplementAfterAgent(agent.to(), s1, accuse) && j > agent.from(); j--) {
			if (t.get(j).is("of") || t.get(j).is("for")) {
				agent = new Range(agent.from(), j); // "accused by the opposition of failing": the charge, not a part of the agent
			}
		}
		int k = agent.to();
		if (agent.isEmpty() || !isComplementAfterAgent(k, s1, accuse)) {
			return;
		}
		int k0 = syn.skipBack(v);
		while (k0 > s0 && Syntax.PASSIVE.contains(t.get(k0 - 1).text().toLowerCase())) {
			k0 = syn.skipBack(k0 - 1);
		}
		Range about = NounPhrases.ending(t, k0, s0);
		int from = about.isEmpty() ? k + 1 : about.from();
		int to = s1;
		for (int j = k + 1; j < s1; j++) {
			if (",".equals(t.get(j).text()) && j + 1 < s1 && "VERB".equals(t.get(j + 1).tag())) {
				to = j;
				break;
			}
		}
		int[] span = syn.trim(from, to, true);
		if (span == null || syn.words(from, to) < 3) {
			return;
		}
		used[v] = true;
		boolean pronoun = syn.isPronoun(agent) || (agent.to() - agent.from() == 1 && NounPhrases.isObjectPronoun(t.get(agent.from())));
		found.add(new Finding(span[0], span[1], syn.text(agent), t.get(agent.from()).begin(), t.get(agent.to() - 1).end(), pronoun,
				syn.isPlural(agent), null, SuggestionKind.REPORTED_SPEECH, 0.6, paragraph, Math.min(from, v), to, null));
	}

	private boolean isComplementAfterAgent(int k, int s1, boolean accuse) {
		return k < s1 && (t.get(k).is("as") || t.get(k).is("that") || (accuse && (t.get(k).is("of") || t.get(k).is("for"))));
	}

	/**
	 * A relay in the passive: "X was quoted (by Y) as saying (that) Z", "X was cited as saying": X is
	 * the speaker, Y the via.
	 */
	void passiveRelay(int v, int s0, int s1) {
		int k = v + 1;
		String via = null;
		if (k < s1 && t.get(k).is("by")) {
			Range agent = NounPhrases.starting(t, k + 1, s1);
			if (agent.isEmpty()) {
				return;
			}
			via = syn.text(agent);
			k = agent.to();
		}
		if (!syn.isAsSaying(k)) {
			return;
		}
		int be = syn.skipBack(v);
		while (be > s0 && Syntax.PASSIVE.contains(t.get(be - 1).text().toLowerCase())) {
			be = syn.skipBack(be - 1);
		}
		Range speaker = syn.resolveRelative(NounPhrases.ending(t, be, s0), s0);
		int c = syn.skipToThat(k + 2, s1);
		int[] span = syn.trim(c, s1);
		if (speaker.isEmpty() || span == null || syn.words(c, s1) < 3) {
			return;
		}
		used[v] = true;
		used[k + 1] = true;
		found.add(new Finding(span[0], span[1], syn.text(speaker), t.get(speaker.from()).begin(), t.get(speaker.to() - 1).end(), syn.isPronoun(speaker),
				syn.isPlural(speaker), via, SuggestionKind.REPORTED_SPEECH, 0.75, paragraph, s0, s1, null));
	}

}
