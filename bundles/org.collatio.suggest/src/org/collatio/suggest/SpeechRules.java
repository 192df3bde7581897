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

	private static final int MIN_QUOTE_WORDS = 3;
	/** Conjunctions of time and cause, whose clause's subject is a person a later pronoun may stand for. */
	private static final Set<String> SUBORDINATORS = Set.of("as", "when", "after", "before", "while", "because", "since", "although");

	private final Paragraph paragraph;
	private final List<Token> t;
	private final boolean[] inQuote;
	private final boolean[] used;
	private final boolean[] attributedOpen;
	private final List<Finding> found = new ArrayList<>();
	private final List<Subject> subjects = new ArrayList<>();
	/** Sources named by "According to X," at the start of a sentence, by sentence. */
	private final java.util.Map<Integer, String> sentenceVia = new java.util.HashMap<>();
	private final Syntax syn;
	private final FreeIndirectSpeech free;
	private final PassiveAndNominalSpeech frames;

	SpeechRules(Paragraph paragraph) {
		this.paragraph = paragraph;
		this.t = paragraph.tokens();
		this.inQuote = new boolean[t.size()];
		this.used = new boolean[t.size()];
		this.attributedOpen = new boolean[t.size()];
		this.syn = new Syntax(paragraph);
		this.free = new FreeIndirectSpeech(paragraph, syn, inQuote, found);
		this.frames = new PassiveAndNominalSpeech(paragraph, syn, used, attributedOpen, found);
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
			if (syn.words(q.innerFrom(), q.innerTo(t.size())) < MIN_QUOTE_WORDS) {
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
		free.freeIndirect(previous);
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
		Range r = syn.subjectBefore(v, s0);
		boolean mainClause = !r.isEmpty() && (r.from() == s0 || ",".equals(t.get(r.from() - 1).text())
				|| SUBORDINATORS.contains(t.get(r.from() - 1).text().toLowerCase())
				|| (t.get(r.from() - 1).is("with") && x.text().endsWith("ing"))); // "with critics opposing it"
		if (mainClause && (syn.isName(r) || syn.isPlural(r)) && !syn.isPronoun(r) && !NounPhrases.isRelative(t.get(r.from()))) {
			subjects.add(new Subject(t.get(r.from()).begin(), syn.text(r), syn.isPlural(r)));
		}
	}

	/** A title line: one sentence, short, with no final punctuation. */
	private boolean isHeadline() {
		Token last = t.get(t.size() - 1);
		return t.get(0).sentence() == last.sentence() && t.size() < 16 && !Syntax.END.contains(last.text()) && !QuoteMarks.isMark(last);
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
		boolean opensSentence = open == 0 || paragraph.sentenceStart(open) == open || Syntax.END.contains(t.get(open - 1).text())
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
		int[] span = syn.trim(from, to, true);
		return span == null ? null
				: new Finding(span[0], span[1], before.speaker(), before.mentionBegin(), before.mentionEnd(), before.pronoun(), before.plural(),
						before.via(), SuggestionKind.DIRECT_QUOTE, 0.6, paragraph, from, to, before);
	}

	/** {@code "...," X said} / {@code said X} / {@code Interfax quoted Putin as saying}. */
	private Finding attributionAfter(int a, int from, int to) {
		if (a - 2 >= 0 && Syntax.END.contains(t.get(a - 2).text()) && a < t.size() && t.get(a).isCapitalised()) {
			return null; // the quotation ends its sentence: what follows is a new one
		}
		int start = a < t.size() && (",".equals(t.get(a).text()) || "–".equals(t.get(a).text())) ? a + 1 : a;
		int limit = start;
		while (limit < t.size() && limit - start < 10 && !QuoteMarks.isMark(t.get(limit)) && !Syntax.END.contains(t.get(limit).text())) {
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
			if (!syn.reporting(v)) {
				continue;
			}
			Role role = syn.role(v);
			Range subject = NounPhrases.ending(t, syn.skipBack(v), start);
			if (subject.from() != start) {
				subject = new Range(subject.to(), subject.to());
			}
			String via = null;
			Range speaker = subject;
			if (role == Role.RELAY) {
				Range object = NounPhrases.starting(t, v + 1, limit);
				if (object.isEmpty() || !syn.isAsSaying(object.to())) {
					continue;
				}
				via = syn.text(subject);
				speaker = object;
			} else if (subject.isEmpty()) {
				if (syn.skipBack(v) != start) {
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
			if (!syn.reporting(v)) {
				if ("VERB".equals(tok.tag())) {
					return null;
				}
				continue;
			}
			if (!onlyHearerBetween(v + 1, open)) {
				return null;
			}
			Range subject = syn.subjectBefore(v, s);
			if (subject.isEmpty() && tok.text().endsWith("ing") && v > s && ",".equals(t.get(v - 1).text())) {
				subject = syn.mainSubject(s, v);
			}
			if (subject.isEmpty()) {
				return null;
			}
			Range speaker = syn.resolveRelative(subject, s);
			String via = null;
			Role role = syn.role(v);
			if (role == Role.RELAY) {
				Range object = NounPhrases.starting(t, v + 1, open);
				if (object.isEmpty() || !syn.isAsSaying(object.to())) {
					return null;
				}
				via = syn.text(speaker);
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
		int[] span = syn.trim(from, to, true);
		if (span == null) {
			return null;
		}
		return new Finding(span[0], span[1], syn.text(speaker), t.get(speaker.from()).begin(), t.get(speaker.to() - 1).end(),
				syn.isPronoun(speaker), syn.isPlural(speaker), via, SuggestionKind.DIRECT_QUOTE, confidence, paragraph, clauseFrom, clauseTo, null);
	}

	private void indirect(int i) {
		Token tok = t.get(i);
		int s0 = paragraph.sentenceStart(i);
		int s1 = paragraph.sentenceEnd(i);
		if (tok.is("according") && i + 1 < s1 && t.get(i + 1).is("to")) {
			accordingTo(i, s0, s1);
			return;
		}
		if (ReportingVerbs.isSpeechNoun(tok) && frames.nominal(i, s0, s1)) {
			return;
		}
		if (!syn.reporting(i) || (i + 1 < s1 && ReportingVerbs.isParticleUse(tok, t.get(i + 1)))
				|| (i > s0 && t.get(i - 1).is("to"))) {
			return; // an infinitive ("wants the reporters to reveal"): the phrase before "to" does not report
		}
		if (syn.role(i) == Role.RELAY && syn.isPassive(i, s0)) {
			frames.passiveRelay(i, s0, s1);
			return;
		}
		if (i + 1 < s1 && t.get(i + 1).is("by")) {
			frames.byAgent(i, s0, s1);
			return;
		}
		if (syn.isPassive(i, s0)) {
			return;
		}
		Role role = syn.role(i);
		if (role == Role.SAY && i + 2 < s1 && t.get(i + 1).is("to") && ("VERB".equals(t.get(i + 2).tag()) || "AUX".equals(t.get(i + 2).tag()))
				&& !ReportingVerbs.announcesIntent(tok.text())) {
			return;
		}
		// ", saying ..."; "joined X in blaming Y": the subject is the sentence's
		boolean participle = tok.text().endsWith("ing") && i > s0
				&& (",".equals(t.get(i - 1).text()) || (Set.of("in", "by", "after", "before", "while", "without").contains(t.get(i - 1).text().toLowerCase())));
		Token conjunction = i > s0 ? t.get(syn.skipBack(i) - 1 >= s0 ? syn.skipBack(i) - 1 : i - 1) : null;
		boolean coordinated = conjunction != null && (conjunction.is("and") || conjunction.is("but"));
		Range subject = participle || coordinated ? syn.mainSubject(s0, i) : syn.subjectBefore(i, s0);
		subject = syn.resolveRelative(subject, s0);
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
			if (object.isEmpty() || !syn.isAsSaying(object.to())) {
				return;
			}
			via = syn.text(subject);
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
		c = syn.skipToThat(c, s1);
		int e = s1;
		for (int j = c + 1; j < s1; j++) {
			Token x = t.get(j);
			if ((x.is("and") || x.is("but")) && j + 1 < s1 && syn.reporting(j + 1)) {
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
				via = source.isEmpty() ? null : syn.text(source);
				used[j + 1] = true;
				break;
			}
			if (",".equals(x.text())) {
				int v2 = syn.trailingAttribution(j + 1, s1);
				if (v2 >= 0) {
					e = j;
					Range outer = NounPhrases.ending(t, syn.skipBack(v2), j + 1);
					Role outerRole = ReportingVerbs.roleOf(t.get(v2).text());
					if (outerRole == Role.REPORT || outerRole == Role.RELAY) {
						via = syn.text(outer);
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
		int[] span = syn.trim(c, e);
		if (span == null || syn.words(c, e) < 3) {
			if (subject.from() - 1 > s0 && ",".equals(t.get(subject.from() - 1).text())) {
				span = syn.trim(s0, subject.from() - 1);
				if (span == null || syn.words(s0, subject.from() - 1) < 3) {
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
		if (syn.isPronoun(speaker)) {
			confidence -= 0.1;
		}
		found.add(new Finding(span[0], span[1], syn.text(speaker), t.get(speaker.from()).begin(), t.get(speaker.to() - 1).end(),
				syn.isPronoun(speaker), syn.isPlural(speaker), via, kind, confidence, paragraph, s0, s1, null));
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

	/** {@code ..., said Mr Blair.} */
	private void inverted(int v, int s0, int s1) {
		if (v == s0 || !",".equals(t.get(v - 1).text())) {
			return;
		}
		Range speaker = NounPhrases.starting(t, v + 1, s1);
		if (speaker.isEmpty() || (speaker.to() < s1 && !Syntax.END.contains(t.get(speaker.to()).text()) && !",".equals(t.get(speaker.to()).text()))) {
			return;
		}
		int from = s0;
		int to = v - 1;
		if (syn.words(s0, v - 1) < 3 && speaker.to() < s1 && ",".equals(t.get(speaker.to()).text())) {
			from = speaker.to() + 1; // a parenthetical attribution: "But, says Dr X, some things have stayed constant"
			to = s1;
		}
		int[] span = syn.trim(from, to);
		if (span == null || syn.words(from, to) < 3) {
			return;
		}
		used[v] = true;
		found.add(new Finding(span[0], span[1], syn.text(speaker), t.get(speaker.from()).begin(), t.get(speaker.to() - 1).end(), syn.isPronoun(speaker),
				syn.isPlural(speaker), null, SuggestionKind.REPORTED_SPEECH, 0.75, paragraph, s0, s1, null));
	}

	private void accordingTo(int i, int s0, int s1) {
		for (int k = s0; k < i; k++) {
			if (syn.reporting(k)) {
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
				if (syn.reporting(k)) {
					sentenceVia.put(t.get(i).sentence(), syn.text(source));
					return;
				}
			}
			to = s1;
		} else {
			from = s0;
			to = i;
		}
		span = syn.trim(from, to);
		if (span == null || syn.words(from, to) < 3) {
			return;
		}
		found.add(new Finding(span[0], span[1], syn.text(source), t.get(source.from()).begin(), t.get(source.to() - 1).end(), syn.isPronoun(source),
				syn.isPlural(source), null, SuggestionKind.REPORTED_SPEECH, 0.75, paragraph, s0, s1, null));
	}
}
