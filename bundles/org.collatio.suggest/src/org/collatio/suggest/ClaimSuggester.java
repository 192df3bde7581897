/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.suggest;

import java.util.ArrayList;
import java.util.List;

/**
 * Suggests the claims a document reports: quotations and reported speech with their speaker, the
 * agency that relays them, the kind, the stated time and a confidence. Works on plain values, so it
 * runs on any thread; one instance may be shared by many threads (each thread gets its own OpenNLP
 * tools, made from the models loaded once).
 */
public final class ClaimSuggester {

	private static final ThreadLocal<TextAnalysis> ANALYSIS = ThreadLocal.withInitial(TextAnalysis::new);

	/**
	 * The suggestions for one document's text, in text order. {@code known} are the corpus's
	 * entities a speaker is matched to.
	 */
	public List<Suggestion> suggest(String text, List<KnownSpeaker> known) {
		List<Suggestion> result = new ArrayList<>();
		Speakers speakers = new Speakers(known);
		Finding lastQuote = null;
		for (Paragraph p : ANALYSIS.get().paragraphs(text)) {
			List<Finding> findings = new SpeechRules(p).find(lastQuote);
			lastQuote = null;
			for (Finding f : findings) {
				Speakers.Resolved who = f.pronoun() || f.mentionBegin() < 0 || !text.substring(f.mentionBegin(), f.mentionEnd()).equals(f.speaker())
						? speakers.resolve(f.speaker(), f.pronoun(), f.plural())
						: speakers.resolve(f.speaker(), false, f.plural());
				if (who == null) {
					continue;
				}
				if (f.kind() == SuggestionKind.DIRECT_QUOTE) {
					lastQuote = f.withSpeaker(who.name(), f.mentionBegin(), f.mentionEnd(), false, who.plural());
				}
				String when = StatedTime.in(p.tokens(), f.clauseFrom(), f.clauseTo(), text);
				result.add(new Suggestion(f.begin(), f.end(), text.substring(f.begin(), f.end()), who.name(), who.id(), f.mentionBegin(),
						f.mentionEnd(), f.via(), f.kind(), when, f.confidence()));
			}
		}
		return withoutContained(result);
	}

	/** Drops a suggestion lying inside another one of the same speaker (a quotation inside reported speech). */
	private static List<Suggestion> withoutContained(List<Suggestion> all) {
		List<Suggestion> kept = new ArrayList<>();
		for (Suggestion s : all) {
			boolean inside = false;
			for (Suggestion o : all) {
				if (o != s && o.begin() <= s.begin() && s.end() <= o.end() && (o.end() - o.begin() > s.end() - s.begin())
						&& o.speaker().equals(s.speaker())) {
					inside = true;
					break;
				}
			}
			if (!inside) {
				kept.add(s);
			}
		}
		return kept;
	}
}
