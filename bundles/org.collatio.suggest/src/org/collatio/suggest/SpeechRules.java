/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.collatio.suggest.NounPhrases.Range;
import org.collatio.suggest.QuoteMarks.Quotation;
import org.collatio.suggest.ReportingVerbs.Role;

/**
 * The rules over one paragraph's tokens and tags: quotations with their attribution after, before
 * or around them (or continued from the previous paragraph), then reporting verbs outside
 * quotations with their subject and what they report, relays ("X quoted Y as saying") and
 * "according to X".
 */
final class SpeechRules {

	private static final Set<String> PASSIVE = Set.of("was", "were", "been", "is", "are", "be", "being");
	private static final Set<String> END = Set.of(".", "?", "!", ";");
	private static final int MIN_QUOTE_WORDS = 3;

	private final Paragraph paragraph;
	private final List<Token> t;
	private final boolean[] inQuote;
	private final boolean[] used;
	private final boolean[] attributedOpen;
	private final List<Finding> found = new ArrayList<>();
	private final List<Subject> subjects = new ArrayList<>();
	/** Sources named by "According to X," at the start of a sentence, by sentence. */
	private final java.util.Map<Integer, String> sentenceVia = new java.util.HashMap<>();

	SpeechRules(Paragraph paragraph) {
		this.paragraph = paragraph;
		this.t = paragraph.tokens();
		this.inQuote = new boolean[t.size()];
		this.used = new boolean[t.size()];
		this.attributedOpen = new boolean[t.size()];
	}

	/**
	 * The findings of the paragraph, in order. {@code previous} is the last finding of the previous
	 * paragraph (a quotation opening this paragraph without attribution continues it), or null.
	 */
	List<Finding> find(Finding previous) {
		if (isHeadline()) {
			return found;
		}
		List<Quotation> unattributed = new ArrayList<>();
		for (Quotation q : QuoteMarks.of(paragraph)) {
			if (words(q.innerFrom(), q.innerTo(t.size())) < MIN_QUOTE_WORDS) {
				continue;
			}
			for (int i = q.open(); i < (q.close() < 0 ? t.size() : q.close() + 1); i++) {
				inQuote[i] = true;
			}
			Finding f = quotation(q);
			if (f != null) {
				found.add(f);
				attributedOpen[q.open()] = true;
			} else {
				unattributed.add(q);
			}
		}
		for (int i = 0; i < t.size(); i++) {
			if (!inQuote[i] && !used[i]) {
				indirect(i);
			}
		}
		for (int i = 0; i < t.size(); i++) {
			noteSubject(i);
		}
		for (Quotation q : unattributed) {
			Finding f = continued(q, previous);
			if (f != null) {
				found.add(f);
			}
		}
		freeIndirect(previous);
		found.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
		return found;
	}

	/** A named subject of a verb that is not a reporting verb: a person a later pronoun may stand for. */
	record Subject(int begin, String name, boolean plural) {
	}

	/** The named subjects of the paragraph's other verbs, in order (after {@link #find}). */
	List<Subject> subjects() {
		return subjects;
	}

	private void noteSubject(int v) {
		Token x = t.get(v);
		if (inQuote[v] || !("VERB".equals(x.tag()) || "AUX".equals(x.tag())) || ReportingVerbs.roleOf(x.text()) != null
				|| (v > 0 && ("VERB".equals(t.get(v - 1).tag()) || "AUX".equals(t.get(v - 1).tag())))) {
			return;
		}
		int s0 = paragraph.sentenceStart(v);
		Range r = subjectBefore(v, s0);
		boolean mainClause = !r.isEmpty() && (r.from() == s0 || ",".equals(t.get(r.from() - 1).text())
				|| SUBORDINATORS.contains(t.get(r.from() - 1).text().toLowerCase())
				|| (t.get(r.from() - 1).is("with") && x.text().endsWith("ing"))); // "with critics opposing it"
		if (mainClause && (isName(r) || isPlural(r)) && !isPronoun(r) && !NounPhrases.isRelative(t.get(r.from()))) {
			subjects.add(new Subject(t.get(r.from()).begin(), text(r), isPlural(r)));
		}
	}

	/** Conjunctions of time and cause, whose clause's subject is a person a later pronoun may stand for. */
	private static final Set<String> SUBORDINATORS = Set.of("as", "when", "after", "before", "while", "because", "since", "although");
	private static final Set<String> MODALS = Set.of("would", "could", "should", "might");

	/**
	 * Reported speech carried on without a verb of its own (free indirect speech): the sentences
	 * right after a claim that ends its sentence, with no quotation, reporting verb or claim of their
	 * own, told in the backshifted tense of reported speech ("would", "could", "had to", "needed",
	 * "was going to"; a plain "had" only right after reported speech). Up to three in a row, also at
	 * the start of a paragraph when the previous paragraph ended with the claim. Low confidence.
	 */
	private void freeIndirect(Finding previous) {
		List<Finding> sources = new ArrayList<>(found);
		for (Finding f : sources) {
			if (f.continues() == null || f.kind() == SuggestionKind.DIRECT_QUOTE) {
				carryOn(f, sentenceAfter(f), f.kind() != SuggestionKind.REPORTED_SPEECH);
			}
		}
		if (previous != null && !t.isEmpty() && sentenceAfter(previous) == previous.paragraph().tokens().size()) {
			carryOn(previous, 0, true);
		}
	}

	private void carryOn(Finding f, int from, boolean modalOnly) {
		for (int n = 0; n < 3 && from >= 0 && from < t.size(); n++) {
			int to = paragraph.sentenceEnd(from);
			if (isClaimed(from, to) || !isPlainReport(from, to, modalOnly || n > 0)) {
				return;
			}
			int[] span = trim(from, to, true);
			if (span == null || words(from, to) < 5) {
				return;
			}
			found.add(new Finding(span[0], span[1], f.speaker(), f.mentionBegin(), f.mentionEnd(), f.pronoun(), f.plural(), f.via(),
					SuggestionKind.REPORTED_SPEECH, n == 0 ? 0.4 : 0.35, paragraph, from, to, f));
			from = to;
		}
	}

	/** "was" or "were" at {@code k}, or before a negation there ("was not going to"). */
	private boolean isPastBe(int k, int from) {
		if (k > from && (t.get(k).is("not") || t.get(k).is("n't"))) {
			k--;
		}
		return k >= from && (t.get(k).is("was") || t.get(k).is("were"));
	}

	/** The first token of the sentence after the one a finding (its claim and its attribution) ends in. */
	private static int sentenceAfter(Finding f) {
		List<Token> tokens = f.paragraph().tokens();
		int end = Math.max(f.end(), tokens.get(f.clauseTo() - 1).end());
		int last = 0;
		for (int k = 0; k < tokens.size() && tokens.get(k).begin() < end; k++) {
			last = k;
		}
		return f.paragraph().sentenceEnd(last);
	}

	/** Whether a finding of this paragraph covers part of tokens {@code [from, to)}. */
	private boolean isClaimed(int from, int to) {
		int b = t.get(from).begin();
		int e = t.get(to - 1).end();
		for (Finding f : found) {
			if (f.begin() < e && b < f.end()) {
				return true;
			}
		}
		return false;
	}

	private boolean isPlainReport(int from, int to, boolean modalOnly) {
		boolean backshift = false;
		for (int k = from; k < to; k++) {
			Token x = t.get(k);
			if (inQuote[k] || reporting(k) || x.is("according")) {
				return false;
			}
			String w = x.text().toLowerCase();
			boolean followedByTo = k + 1 < to && t.get(k + 1).is("to");
			backshift |= MODALS.contains(w) || w.equals("needed") || (w.equals("had") && (followedByTo || !modalOnly))
					|| (w.equals("going") && followedByTo && isPastBe(k - 1, from));
		}
		return backshift;
	}

	/** A title line: one sentence, short, with no final punctuation. */
	private boolean isHeadline() {
		Token last = t.get(t.size() - 1);
		return t.get(0).sentence() == last.sentence() && t.size() < 16 && !END.contains(last.text()) && !QuoteMarks.isMark(last);
	}

	private Finding quotation(Quotation q) {
		int from = q.innerFrom();
		int to = q.innerTo(t.size());
		Finding f = q.close() >= 0 ? attributionAfter(q.close() + 1, from, to) : null;
		return f != null ? f : attributionBefore(q.open(), from, to);
	}

	/**
	 * A quotation without attribution that opens a sentence continues the speaker of the claim just
	 * before it in the paragraph, or, opening the paragraph, of the previous paragraph's last claim.
	 */
	private Finding continued(Quotation q, Finding previous) {
		int open = q.open();
		boolean opensSentence = open == 0 || paragraph.sentenceStart(open) == open || END.contains(t.get(open - 1).text())
				|| QuoteMarks.isMark(t.get(open - 1));
		if (!opensSentence) {
			return null;
		}
		int begin = t.get(open).begin();
		Finding before = null;
		for (Finding f : found) {
			if (f.end() <= begin && (before == null || f.end() > before.end())) {
				before = f;
			}
		}
		if (before == null && open == 0) {
			before = previous;
		}
		if (before == null) {
			return null;
		}
		int from = q.innerFrom();
		int to = q.innerTo(t.size());
		int[] span = trim(from, to, true);
		return span == null ? null
				: new Finding(span[0], span[1], before.speaker(), before.mentionBegin(), before.mentionEnd(), before.pronoun(), before.plural(),
						before.via(), SuggestionKind.DIRECT_QUOTE, 0.6, paragraph, from, to, before);
	}

	/** {@code "...," X said} / {@code said X} / {@code Interfax quoted Putin as saying}. */
	private Finding attributionAfter(int a, int from, int to) {
		if (a - 2 >= 0 && END.contains(t.get(a - 2).text()) && a < t.size() && t.get(a).isCapitalised()) {
			return null; // the quotation ends its sentence: what follows is a new one
		}
		int start = a < t.size() && (",".equals(t.get(a).text()) || "–".equals(t.get(a).text())) ? a + 1 : a;
		int limit = start;
		while (limit < t.size() && limit - start < 10 && !QuoteMarks.isMark(t.get(limit)) && !END.contains(t.get(limit).text())) {
			limit++;
		}
		if (start + 1 < limit && t.get(start).is("according") && t.get(start + 1).is("to")) {
			Range source = NounPhrases.starting(t, start + 2, limit); // "...," according to X.
			if (!source.isEmpty()) {
				used[start] = true;
				return direct(from, to, source, null, 0.85, start, limit);
			}
		}
		for (int v = start; v < limit; v++) {
			if (!reporting(v)) {
				continue;
			}
			Role role = role(v);
			Range subject = NounPhrases.ending(t, skipBack(v), start);
			if (subject.from() != start) {
				subject = new Range(subject.to(), subject.to());
			}
			String via = null;
			Range speaker = subject;
			if (role == Role.RELAY) {
				Range object = NounPhrases.starting(t, v + 1, limit);
				if (object.isEmpty() || !isAsSaying(object.to())) {
					continue;
				}
				via = text(subject);
				speaker = object;
			} else if (subject.isEmpty()) {
				if (skipBack(v) != start) {
					continue; // "said X" follows the quotation at once; a verb further on belongs to another clause
				}
				speaker = NounPhrases.starting(t, v + 1, limit);
			}
			if (speaker.isEmpty()) {
				continue;
			}
			used[v] = true;
			return direct(from, to, speaker, via, 0.9, start, limit);
		}
		return null;
	}

	/** {@code X said: "..."} / {@code X told reporters "..."}. */
	private Finding attributionBefore(int open, int from, int to) {
		int s = paragraph.sentenceStart(open);
		for (int v = open - 1; v >= s && open - v <= 7; v--) {
			if (inQuote[v] && v != open) {
				return null;
			}
			Token tok = t.get(v);
			if (!reporting(v)) {
				if ("VERB".equals(tok.tag())) {
					return null;
				}
				continue;
			}
			if (!onlyHearerBetween(v + 1, open)) {
				return null;
			}
			Range subject = subjectBefore(v, s);
			if (subject.isEmpty() && tok.text().endsWith("ing") && v > s && ",".equals(t.get(v - 1).text())) {
				subject = mainSubject(s, v);
			}
			if (subject.isEmpty()) {
				return null;
			}
			Range speaker = resolveRelative(subject, s);
			String via = null;
			Role role = role(v);
			if (role == Role.RELAY) {
				Range object = NounPhrases.starting(t, v + 1, open);
				if (object.isEmpty() || !isAsSaying(object.to())) {
					return null;
				}
				via = text(speaker);
				speaker = object;
			}
			used[v] = true;
			return direct(from, to, speaker, via, 0.85, s, open);
		}
		return null;
	}

	/** Between a verb and a quotation: at most a hearer or a source ("told reporters", "said in a statement") and a colon or comma. */
	private boolean onlyHearerBetween(int from, int open) {
		int k = from;
		if (k < open && "ADP".equals(t.get(k).tag())) {
			k++;
		}
		Range hearer = NounPhrases.starting(t, k, open);
		k = hearer.isEmpty() ? k : hearer.to();
		while (k < open && (":".equals(t.get(k).text()) || ",".equals(t.get(k).text()))) {
			k++;
		}
		return k == open;
	}

	private Finding direct(int from, int to, Range speaker, String via, double confidence, int clauseFrom, int clauseTo) {
		int[] span = trim(from, to, true);
		if (span == null) {
			return null;
		}
		return new Finding(span[0], span[1], text(speaker), t.get(speaker.from()).begin(), t.get(speaker.to() - 1).end(),
				isPronoun(speaker), isPlural(speaker), via, SuggestionKind.DIRECT_QUOTE, confidence, paragraph, clauseFrom, clauseTo, null);
	}

	private void indirect(int i) {
		Token tok = t.get(i);
		int s0 = paragraph.sentenceStart(i);
		int s1 = paragraph.sentenceEnd(i);
		if (tok.is("according") && i + 1 < s1 && t.get(i + 1).is("to")) {
			accordingTo(i, s0, s1);
			return;
		}
		if (ReportingVerbs.isSpeechNoun(tok) && nominal(i, s0, s1)) {
			return;
		}
		if (!reporting(i) || (i + 1 < s1 && ReportingVerbs.isParticleUse(tok, t.get(i + 1)))) {
			return;
		}
		if (role(i) == Role.RELAY && isPassive(i, s0)) {
			passiveRelay(i, s0, s1);
			return;
		}
		if (i + 1 < s1 && t.get(i + 1).is("by")) {
			byAgent(i, s0, s1);
			return;
		}
		if (isPassive(i, s0)) {
			return;
		}
		Role role = role(i);
		if (role == Role.SAY && i + 2 < s1 && t.get(i + 1).is("to") && ("VERB".equals(t.get(i + 2).tag()) || "AUX".equals(t.get(i + 2).tag()))
				&& !ReportingVerbs.announcesIntent(tok.text())) {
			return;
		}
		// ", saying ..."; "joined X in blaming Y": the subject is the sentence's
		boolean participle = tok.text().endsWith("ing") && i > s0
				&& (",".equals(t.get(i - 1).text()) || (Set.of("in", "by", "after", "before", "while", "without").contains(t.get(i - 1).text().toLowerCase())));
		Token conjunction = i > s0 ? t.get(skipBack(i) - 1 >= s0 ? skipBack(i) - 1 : i - 1) : null;
		boolean coordinated = conjunction != null && (conjunction.is("and") || conjunction.is("but"));
		Range subject = participle || coordinated ? mainSubject(s0, i) : subjectBefore(i, s0);
		subject = resolveRelative(subject, s0);
		if (subject.isEmpty()) {
			inverted(i, s0, s1);
			return;
		}
		if ((isCall(i) && !isCallingSomething(i, s0, s1, subject)) || (ReportingVerbs.needsAsOrThat(tok.text()) && !hasAsOrThat(i + 1, s1))) {
			return;
		}
		Range speaker = subject;
		String via = null;
		int c = ReportingVerbs.phraseEnd(t, i) > 0 ? ReportingVerbs.phraseEnd(t, i) : i + 1;
		SuggestionKind kind = SuggestionKind.REPORTED_SPEECH;
		double confidence = participle ? 0.6 : 0.8;
		switch (role) {
		case RELAY -> {
			Range object = NounPhrases.starting(t, c, s1);
			if (object.isEmpty() || !isAsSaying(object.to())) {
				return;
			}
			via = text(subject);
			speaker = object;
			c = object.to() + 2;
			confidence = 0.75;
		}
		case TELL -> {
			Range object = NounPhrases.starting(t, c, s1);
			c = object.to();
		}
		case REPORT -> {
			kind = SuggestionKind.OUTLET_ASSERTION;
			confidence = 0.6;
		}
		case ACCUSE -> {
			confidence = 0.7;
			if (isCall(i) && c < s1 && (t.get(c).is("for") || t.get(c).is("on") || t.get(c).is("upon"))) {
				c++; // "called for X": what is called for; "called on X to Y": like "urged X to Y"
			}
		}
		default -> {
			Range object = NounPhrases.starting(t, c, s1);
			if (!object.isEmpty() && object.to() < s1 && t.get(object.to()).is("that")) {
				c = object.to();
			}
		}
		}
		c = skipToThat(c, s1);
		int e = s1;
		for (int j = c + 1; j < s1; j++) {
			Token x = t.get(j);
			if ((x.is("and") || x.is("but")) && j + 1 < s1 && reporting(j + 1)) {
				e = j;
				break;
			}
			if (attributedOpen[j]) {
				e = j;
				break;
			}
			if (",".equals(x.text()) && j + 2 < s1 && t.get(j + 1).is("according") && t.get(j + 2).is("to")) {
				e = j;
				Range source = NounPhrases.starting(t, j + 3, s1);
				via = source.isEmpty() ? null : text(source);
				used[j + 1] = true;
				break;
			}
			if (",".equals(x.text())) {
				int v2 = trailingAttribution(j + 1, s1);
				if (v2 >= 0) {
					e = j;
					Range outer = NounPhrases.ending(t, skipBack(v2), j + 1);
					Role outerRole = ReportingVerbs.roleOf(t.get(v2).text());
					if (outerRole == Role.REPORT || outerRole == Role.RELAY) {
						via = text(outer);
					}
					used[v2] = true;
					break;
				}
			}
		}
		if (via == null) {
			via = sentenceVia.get(tok.sentence());
		}
		if (ReportingVerbs.isDocument(t.get(speaker.to() - 1)) || (speaker.to() < t.size() && ReportingVerbs.isDocument(t.get(speaker.from()))
				&& speaker.to() - speaker.from() > 1 && t.get(speaker.from() + 1).is("by"))) {
			kind = SuggestionKind.OUTLET_ASSERTION; // "a survey found that", "Reports say", "Research by X shows"
		}
		int[] span = trim(c, e);
		if (span == null || words(c, e) < 3) {
			if (subject.from() - 1 > s0 && ",".equals(t.get(subject.from() - 1).text())) {
				span = trim(s0, subject.from() - 1);
				if (span == null || words(s0, subject.from() - 1) < 3) {
					return;
				}
			} else {
				return;
			}
		}
		if (ReportingVerbs.roleOf(tok.text()) == Role.SAY && Set.of("believe", "believes", "believed", "fear", "feared", "fears", "hinted", "hints", "agreed", "agrees",
				"feel", "feels", "felt")
				.contains(tok.text().toLowerCase())) {
			confidence = 0.5;
		}
		if (isPronoun(speaker)) {
			confidence -= 0.1;
		}
		found.add(new Finding(span[0], span[1], text(speaker), t.get(speaker.from()).begin(), t.get(speaker.to() - 1).end(),
				isPronoun(speaker), isPlural(speaker), via, kind, confidence, paragraph, s0, s1, null));
	}

	/**
	 * A noun of saying after its speaker's possessive, with a "that" clause: "the Law Lords' ruling
	 * that detention without trial is unlawful", "Syria's denials that it was implicated". The clause
	 * is the claim (up to a trailing attribution of the sentence).
	 */
	private boolean nominal(int n, int s0, int s1) {
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
		if (speaker.isEmpty() || isPronoun(speaker)) {
			return false;
		}
		String name = text(speaker);
		int mentionEnd = t.get(speaker.to() - 1).end();
		if (glued) {
			int cut = name.length() - 2;
			name = name.substring(0, cut);
			mentionEnd -= 2;
		}
		int to = s1;
		for (int j = n + 2; j < s1; j++) {
			if (attributedOpen[j] || (",".equals(t.get(j).text()) && trailingAttribution(j + 1, s1) >= 0)) {
				to = j;
				break;
			}
		}
		int[] span = trim(n + 2, to);
		if (span == null || words(n + 2, to) < 3) {
			return false;
		}
		found.add(new Finding(span[0], span[1], name, t.get(speaker.from()).begin(), mentionEnd, false, isPlural(speaker), null,
				SuggestionKind.REPORTED_SPEECH, 0.6, paragraph, s0, s1, null));
		return true;
	}

	private boolean hasAsOrThat(int from, int s1) {
		for (int k = from; k < s1 && !",".equals(t.get(k).text()); k++) {
			if (t.get(k).is("as") || t.get(k).is("that")) {
				return true;
			}
		}
		return false;
	}

	private boolean isCall(int v) {
		return t.get(v).text().toLowerCase().startsWith("call");
	}

	/**
	 * "call" reports when it asks ("called for", "called on X to") or names something as the speaker
	 * sees it ("called him a traitor", "called the plan 'reckless'"): an object followed by a
	 * determiner, an adjective, a possessive or a quotation. Not when the phrase before it is an
	 * object or indefinite ("a firm called Acme": the verb names).
	 */
	private boolean isCallingSomething(int v, int s0, int s1, Range subject) {
		if (v + 1 >= s1) {
			return false;
		}
		Token next = t.get(v + 1);
		if (next.is("for") || next.is("on") || next.is("upon")) {
			return true;
		}
		Token first = t.get(subject.from());
		Token before = subject.from() > s0 ? t.get(subject.from() - 1) : null;
		boolean absolute = before != null && before.is("with") && t.get(v).text().endsWith("ing"); // "with critics calling it ..."
		if (first.is("a") || first.is("an")
				|| (before != null && !absolute && ("ADP".equals(before.tag()) || "VERB".equals(before.tag())))) {
			return false;
		}
		Range object = NounPhrases.starting(t, v + 1, s1);
		if (object.isEmpty() || object.to() >= s1) {
			return false;
		}
		Token after = t.get(object.to());
		if (QuoteMarks.isMark(after) || "DET".equals(after.tag()) || "ADJ".equals(after.tag()) || NounPhrases.isPossessivePronoun(after)) {
			return true;
		}
		for (int k = object.to(); k < s1; k++) {
			if (QuoteMarks.isMark(t.get(k))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A reporting verb with its agent ("peacekeepers accused by Armenia of failing ...", "charges
	 * rejected by him as politically motivated", "Russia was criticised by X for ..."): the agent is
	 * the speaker, when "as" or "that" follows it, or "of" or "for" after a verb of accusing; the claim
	 * runs from the phrase the verb is about to the end of the clause.
	 */
	private void byAgent(int v, int s0, int s1) {
		Role role = role(v);
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
		int k0 = skipBack(v);
		while (k0 > s0 && PASSIVE.contains(t.get(k0 - 1).text().toLowerCase())) {
			k0 = skipBack(k0 - 1);
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
		int[] span = trim(from, to, true);
		if (span == null || words(from, to) < 3) {
			return;
		}
		used[v] = true;
		boolean pronoun = isPronoun(agent) || (agent.to() - agent.from() == 1 && NounPhrases.isObjectPronoun(t.get(agent.from())));
		found.add(new Finding(span[0], span[1], text(agent), t.get(agent.from()).begin(), t.get(agent.to() - 1).end(), pronoun,
				isPlural(agent), null, SuggestionKind.REPORTED_SPEECH, 0.6, paragraph, Math.min(from, v), to, null));
	}

	private boolean isComplementAfterAgent(int k, int s1, boolean accuse) {
		return k < s1 && (t.get(k).is("as") || t.get(k).is("that") || (accuse && (t.get(k).is("of") || t.get(k).is("for"))));
	}

	/** {@code ..., said Mr Blair.} */
	private void inverted(int v, int s0, int s1) {
		if (v == s0 || !",".equals(t.get(v - 1).text())) {
			return;
		}
		Range speaker = NounPhrases.starting(t, v + 1, s1);
		if (speaker.isEmpty() || (speaker.to() < s1 && !END.contains(t.get(speaker.to()).text()) && !",".equals(t.get(speaker.to()).text()))) {
			return;
		}
		int from = s0;
		int to = v - 1;
		if (words(s0, v - 1) < 3 && speaker.to() < s1 && ",".equals(t.get(speaker.to()).text())) {
			from = speaker.to() + 1; // a parenthetical attribution: "But, says Dr X, some things have stayed constant"
			to = s1;
		}
		int[] span = trim(from, to);
		if (span == null || words(from, to) < 3) {
			return;
		}
		used[v] = true;
		found.add(new Finding(span[0], span[1], text(speaker), t.get(speaker.from()).begin(), t.get(speaker.to() - 1).end(), isPronoun(speaker),
				isPlural(speaker), null, SuggestionKind.REPORTED_SPEECH, 0.75, paragraph, s0, s1, null));
	}

	/**
	 * A relay in the passive: "X was quoted (by Y) as saying (that) Z", "X was cited as saying": X is
	 * the speaker, Y the via.
	 */
	private void passiveRelay(int v, int s0, int s1) {
		int k = v + 1;
		String via = null;
		if (k < s1 && t.get(k).is("by")) {
			Range agent = NounPhrases.starting(t, k + 1, s1);
			if (agent.isEmpty()) {
				return;
			}
			via = text(agent);
			k = agent.to();
		}
		if (!isAsSaying(k)) {
			return;
		}
		int be = skipBack(v);
		while (be > s0 && PASSIVE.contains(t.get(be - 1).text().toLowerCase())) {
			be = skipBack(be - 1);
		}
		Range speaker = resolveRelative(NounPhrases.ending(t, be, s0), s0);
		int c = skipToThat(k + 2, s1);
		int[] span = trim(c, s1);
		if (speaker.isEmpty() || span == null || words(c, s1) < 3) {
			return;
		}
		used[v] = true;
		used[k + 1] = true;
		found.add(new Finding(span[0], span[1], text(speaker), t.get(speaker.from()).begin(), t.get(speaker.to() - 1).end(), isPronoun(speaker),
				isPlural(speaker), via, SuggestionKind.REPORTED_SPEECH, 0.75, paragraph, s0, s1, null));
	}

	private void accordingTo(int i, int s0, int s1) {
		for (int k = s0; k < i; k++) {
			if (reporting(k)) {
				return;
			}
		}
		Range source = NounPhrases.starting(t, i + 2, s1);
		if (source.isEmpty()) {
			return;
		}
		int[] span;
		int from;
		int to;
		if (i == s0 || (i == s0 + 1 && "ADV".equals(t.get(s0).tag()))) {
			from = source.to() < s1 && ",".equals(t.get(source.to()).text()) ? source.to() + 1 : source.to();
			for (int k = from; k < s1; k++) {
				if (reporting(k)) {
					sentenceVia.put(t.get(i).sentence(), text(source));
					return;
				}
			}
			to = s1;
		} else {
			from = s0;
			to = i;
		}
		span = trim(from, to);
		if (span == null || words(from, to) < 3) {
			return;
		}
		found.add(new Finding(span[0], span[1], text(source), t.get(source.from()).begin(), t.get(source.to() - 1).end(), isPronoun(source),
				isPlural(source), null, SuggestionKind.REPORTED_SPEECH, 0.75, paragraph, s0, s1, null));
	}

	/** A verb at most 6 tokens after {@code from}, with a phrase before it and the sentence's end after. */
	private int trailingAttribution(int from, int s1) {
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
	private Range subjectBefore(int v, int s0) {
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

	private boolean isRelativeStart(int k) {
		return k < t.size() && (t.get(k).is("who") || t.get(k).is("whose") || t.get(k).is("which"));
	}

	private boolean isName(Range r) {
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
	private Range mainSubject(int s0, int i) {
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
	private Range resolveRelative(Range subject, int s0) {
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
	private int skipBack(int v) {
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
	private boolean reporting(int i) {
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
	private Role role(int i) {
		return ReportingVerbs.phraseEnd(t, i) > 0 ? Role.SAY : ReportingVerbs.roleOf(t.get(i).text());
	}

	private boolean isPassive(int v, int s0) {
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
	private int skipToThat(int c, int s1) {
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

	private boolean isAsSaying(int k) {
		return k + 1 < t.size() && t.get(k).is("as") && (t.get(k + 1).text().toLowerCase().endsWith("ing"));
	}

	private int words(int from, int to) {
		int n = 0;
		for (int k = from; k < to && k < t.size(); k++) {
			if (!t.get(k).isPunctuation()) {
				n++;
			}
		}
		return n;
	}

	/** The document range of tokens {@code [from, to)} without punctuation at either end, or null. */
	private int[] trim(int from, int to) {
		return trim(from, to, false);
	}

	/** As {@link #trim(int, int)}; {@code keepStop}: a quotation keeps the full stop that ends it. */
	private int[] trim(int from, int to, boolean keepStop) {
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

	private String text(Range r) {
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

	private boolean isPronoun(Range r) {
		return r.to() - r.from() == 1 && NounPhrases.isPronoun(t.get(r.from()));
	}

	private boolean isPlural(Range r) {
		Token head = t.get(r.to() - 1);
		return head.is("they") || head.is("we") || ("NOUN".equals(head.tag()) && head.text().endsWith("s"));
	}
}
