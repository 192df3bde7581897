/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Free indirect speech: reported speech carried on in sentences without a verb of their own, in the
 * backshifted tense, after a claim of the paragraph (or of the previous one).
 */
final class FreeIndirectSpeech {

	private static final Set<String> MODALS = Set.of("would", "could", "should", "might");

	private final Paragraph paragraph;
	private final List<Token> t;
	private final Syntax syn;
	private final boolean[] inQuote;
	private final List<Finding> found;

	FreeIndirectSpeech(Paragraph paragraph, Syntax syn, boolean[] inQuote, List<Finding> found) {
		this.paragraph = paragraph;
		this.t = paragraph.tokens();
		this.syn = syn;
		this.inQuote = inQuote;
		this.found = found;
	}

	/**
	 * Reported speech carried on without a verb of its own (free indirect speech): the sentences
	 * right after a claim that ends its sentence, with no quotation, reporting verb or claim of their
	 * own, told in the backshifted tense of reported speech ("would", "could", "had to", "needed",
	 * "was going to"; a plain "had" only right after reported speech). Up to three in a row, also at
	 * the start of a paragraph when the previous paragraph ended with the claim. Low confidence.
	 */
	void freeIndirect(Finding previous) {
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
			int[] span = syn.trim(from, to, true);
			if (span == null || syn.words(from, to) < 5) {
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
			if (inQuote[k] || syn.reporting(k) || x.is("according")) {
				return false;
			}
			String w = x.text().toLowerCase();
			boolean followedByTo = k + 1 < to && t.get(k + 1).is("to");
			backshift |= MODALS.contains(w) || w.equals("needed") || (w.equals("had") && (followedByTo || !modalOnly))
					|| (w.equals("going") && followedByTo && isPastBe(k - 1, from));
		}
		return backshift;
	}

}
