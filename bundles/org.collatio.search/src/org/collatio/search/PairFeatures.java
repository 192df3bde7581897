/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

import org.collatio.model.edit.ModelLabels;
import org.collatio.model.Stance;

/**
 * The features of a pair of claims that the {@link Ranker} weighs, each with its reason in words:
 * how much the two are about the same thing (rarity-weighted overlap of their {@link ClaimWords}
 * keys), and, weighed by it, a word negated in one claim only, antonyms across them, figures that
 * differ or agree, opposite or equal evaluations ({@link Polarity}); the same speaker in different
 * sources (and the same speaker negative in one and affirming in the other: a change of position?),
 * different speakers, a denial answering a claim about its speaker, speakers found on opposite sides
 * ({@link Sides}), one speaker speaking well and ill of something both claims name; the same proposition, with opposite or equal stances; the same document (of its
 * narration or one speaker: two speakers of one article are two sides).
 */
final class PairFeatures {

	static final int BIAS = 0, TOPIC = 1, NEGATED = 2, ANTONYMS = 3, FIGURES_DIFFER = 4, FIGURES_AGREE = 5, SAME_SPEAKER = 6,
			SAME_PROPOSITION = 7, OPPOSITE_STANCES = 8, SAME_STANCE = 9, SAME_DOCUMENT = 10, ONE_NEGATIVE = 11, SPEAKER_TURNS = 12,
			OPPOSITE_POLARITY = 13, SAME_POLARITY = 14, OTHER_SPEAKERS = 15, DENIAL = 16, SIDES = 17, REVERSAL = 18;
	static final int COUNT = 19;
	/** How polar both claims must be for their polarities to count as opposed or the same. */
	private static final double POLAR = 0.3;

	/** A pair's feature values and, per feature, its reason (null where the feature is 0). */
	record Values(double[] x, String[] reasons) {
	}

	private PairFeatures() {
	}

	/**
	 * The features of a pair, with their reasons when {@code explain} (else the reasons are all null:
	 * faster); {@code sides}: how opposed its speakers have been found ({@link Sides}, -1 to 1).
	 */
	static Values of(CandidateInput.ClaimFacts a, CandidateInput.ClaimFacts b, ClaimWords.Reading ra, ClaimWords.Reading rb, Terms.Overlap overlap,
			ToDoubleFunction<String> weight, double sides, Map<String, String> entityNames, boolean explain) {
		double topic = overlap.topic();
		double[] x = new double[COUNT];
		String[] reasons = new String[COUNT];
		x[BIAS] = 1;
		x[TOPIC] = topic;
		// opposition counts in proportion to how much the two say about the same thing (names alone do not
		// make two claims say the same), in full from a moderate overlap
		double related = Math.min(1, 2.5 * overlap.contentTopic());
		List<String> shared = new ArrayList<>();
		for (String key : overlap.shared()) {
			if (!key.startsWith(Lexicon.BROADER)) {
				shared.add(key);
			}
		}
		if (explain && !shared.isEmpty()) {
			shared.sort(Comparator.comparingDouble(weight).reversed());
			reasons[TOPIC] = "about the same: " + String.join(", ", shared.stream().map(k -> k.startsWith("entity:")
					? entityNames.getOrDefault(k.substring("entity:".length()), ra.keys().get(k)) : ra.keys().get(k)).distinct().limit(5).toList());
		}
		for (String key : shared) {
			boolean negA = ra.negated().contains(key);
			if (negA != rb.negated().contains(key) && !key.startsWith("entity:")) {
				ClaimWords.Reading negative = negA ? ra : rb;
				ClaimWords.Reading positive = negA ? rb : ra;
				// a predicate negated of the same thing: the two share something besides the word negated ("failed to
				// protect Karabakh's population" / "protect the civilian population"; not "failing to ensure free
				// transit" / "to ensure peace")
				String word = negative.keys().get(key);
				boolean sameThing = shared.stream().anyMatch(k -> !word.equals(negative.keys().get(k)));
				x[NEGATED] = sameThing ? Math.max(related, 0.5) : 0.5 * related;
				reasons[NEGATED] = explain ? "negated in one: \u201c" + negative.cue() + " \u2026 " + negative.keys().get(key) + "\u201d against \u201c"
						+ positive.keys().get(key) + "\u201d" : null;
				break;
			}
		}
		String antonyms = antonyms(ra, rb);
		if (antonyms == null) {
			antonyms = antonyms(rb, ra);
		}
		if (antonyms != null) {
			x[ANTONYMS] = related;
			reasons[ANTONYMS] = explain ? "antonyms: " + antonyms : null;
		}
		figures(ra, rb, related, x, reasons, explain);
		if ((ra.cue() == null) != (rb.cue() == null)) {
			x[ONE_NEGATIVE] = related;
			reasons[ONE_NEGATIVE] = explain ? "one says \u201c" + (ra.cue() != null ? ra.cue() : rb.cue()) + "\u201d, the other affirms" : null;
		}
		// how much the two share, names included, in proportion: opposite evaluations of barely related claims
		// ("failing to protect its ally" / "in support of its ally Azerbaijan") weigh little
		double target = Math.max(related, Math.min(1, 4 * topic));
		polarity(a, b, ra, rb, target, x, reasons, explain);
		if (sides != 0) { // on the same subject only: two opponents do not contradict each other in everything they say
			x[SIDES] = sides * target;
			reasons[SIDES] = explain ? a.speakerName() + " and " + b.speakerName() + (sides > 0 ? " were found to contradict each other"
					: " were found to agree") + " before" : null;
		}
		boolean sameDocument = Objects.equals(a.documentId(), b.documentId());
		if (a.speakerId() != null && a.speakerId().equals(b.speakerId()) && !sameDocument) {
			x[SAME_SPEAKER] = 1;
			reasons[SAME_SPEAKER] = explain ? "same speaker (" + a.speakerName() + ") in different sources" : null;
			if ((ra.cue() == null) != (rb.cue() == null)) { // names count here: the same speaker on the same subject
				x[SPEAKER_TURNS] = Math.min(1, 2.5 * topic);
				reasons[SPEAKER_TURNS] = explain ? "same speaker, opposite stance: a change of position?" : null;
			}
			reversal(a, ra, rb, overlap, entityNames, x, reasons, explain);
		}
		if (sameDocument && (a.speakerId() == null || b.speakerId() == null || a.speakerId().equals(b.speakerId()))) {
			// one article's narration, or one speaker in it (two speakers of one article are two sides)
			x[SAME_DOCUMENT] = 1;
			reasons[SAME_DOCUMENT] = explain ? "same article" : null;
		}
		if (a.propositionId() != null && a.propositionId().equals(b.propositionId())) {
			x[SAME_PROPOSITION] = 1;
			reasons[SAME_PROPOSITION] = explain ? "same proposition: " + a.propositionStatement() : null;
			if (a.stance() != b.stance() && a.stance() != Stance.UNCERTAIN && b.stance() != Stance.UNCERTAIN) {
				x[OPPOSITE_STANCES] = 1;
				reasons[OPPOSITE_STANCES] = explain ? "opposite stances (" + ModelLabels.of(a.stance()) + " / " + ModelLabels.of(b.stance()) + ")" : null;
			} else if (a.stance() == b.stance()) {
				x[SAME_STANCE] = 1;
				reasons[SAME_STANCE] = explain ? "same stance (" + ModelLabels.of(a.stance()) + ")" : null;
			}
		}
		if (x[NEGATED] == 0 && x[ANTONYMS] == 0 && x[FIGURES_DIFFER] == 0 && x[OPPOSITE_POLARITY] == 0 && x[ONE_NEGATIVE] == 0 && x[DENIAL] == 0) {
			// two speakers are two sides only where something opposes them: on one subject with nothing opposed,
			// two speakers say the same as often as not ("demanding his resignation" / "demanded his resignation")
			x[OTHER_SPEAKERS] = 0;
			reasons[OTHER_SPEAKERS] = null;
		}
		return new Values(x, reasons);
	}

	/**
	 * Stance on a shared target: the claims' evaluative polarities opposed (or the same), in
	 * proportion to how much they share, names included (what is evaluated is often named); two
	 * speakers that differ; and a denial: a negative claim of one speaker against an affirmative one,
	 * of someone else, that names that speaker ("X denied ..." against a claim about X).
	 */
	private static void polarity(CandidateInput.ClaimFacts a, CandidateInput.ClaimFacts b, ClaimWords.Reading ra, ClaimWords.Reading rb, double shared,
			double[] x, String[] reasons, boolean explain) {
		if (Math.abs(ra.polarity()) >= POLAR && Math.abs(rb.polarity()) >= POLAR) {
			double strength = Math.min(Math.abs(ra.polarity()), Math.abs(rb.polarity()));
			boolean opposed = ra.polarity() * rb.polarity() < 0;
			int k = opposed ? OPPOSITE_POLARITY : SAME_POLARITY;
			x[k] = strength * shared;
			reasons[k] = explain ? (opposed ? "opposite evaluations: \u201c" : "same evaluation: \u201c") + ra.polar() + "\u201d / \u201c" + rb.polar()
					+ "\u201d" : null;
		}
		boolean speakersDiffer = a.speakerId() != null && b.speakerId() != null && !a.speakerId().equals(b.speakerId());
		if (speakersDiffer) {
			x[OTHER_SPEAKERS] = shared;
			reasons[OTHER_SPEAKERS] = explain ? "different speakers (" + a.speakerName() + ", " + b.speakerName() + ")" : null;
		}
		if (!Objects.equals(a.speakerId(), b.speakerId())) {
			CandidateInput.ClaimFacts denier = denies(ra, rb, a) ? a : denies(rb, ra, b) ? b : null;
			if (denier != null) { // in full when the two share more than the name
				x[DENIAL] = 0.5 + 0.5 * shared;
				reasons[DENIAL] = explain ? "a denial by " + denier.speakerName() + " against a claim about " + denier.speakerName() : null;
			}
		}
	}

	/**
	 * One speaker, in two sources, evaluating something both claims name with opposite polarities
	 * (the guarantor of one article "failing" in the next): a change of position toward it, however
	 * little else the two claims share. The name must be near an evaluative word of each claim
	 * ({@link ClaimWords.Reading#evaluated()}): it is the target of the evaluation, so it counts here
	 * even when common in the corpus.
	 */
	private static void reversal(CandidateInput.ClaimFacts a, ClaimWords.Reading ra, ClaimWords.Reading rb, Terms.Overlap overlap,
			Map<String, String> entityNames, double[] x, String[] reasons, boolean explain) {
		if (Math.abs(ra.polarity()) < POLAR || Math.abs(rb.polarity()) < POLAR || ra.polarity() * rb.polarity() >= 0) {
			return;
		}
		for (String key : overlap.shared()) {
			if (ra.evaluated().contains(key) && rb.evaluated().contains(key) && !key.equals("entity:" + a.speakerId())) {
				x[REVERSAL] = 1;
				String word = ra.keys().get(key);
				// the name as written, or what it was folded onto ("Moscow", "Russian": Russia)
				String name = key.startsWith("entity:") ? entityNames.getOrDefault(key.substring("entity:".length()), word)
						: capitalized(key.contains(":") || Lexicon.stem(word).equals(key) ? word : key);
				reasons[REVERSAL] = explain ? a.speakerName() + " speaks well and ill of " + name + ": a change of position?" : null;
				return;
			}
		}
	}

	private static String capitalized(String word) {
		return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	/**
	 * Whether the claim read as {@code own}, of {@code speaker}, denies ("X denied ...", "X is not
	 * ...") and the other, of someone else, names that speaker and affirms (no negation, no negative
	 * evaluation): an answer to it.
	 */
	private static boolean denies(ClaimWords.Reading own, ClaimWords.Reading other, CandidateInput.ClaimFacts speaker) {
		return own.denies() && other.cue() == null && other.polarity() >= 0 && names(other, speaker);
	}

	/** Whether a reading names the speaker of a claim. */
	private static boolean names(ClaimWords.Reading reading, CandidateInput.ClaimFacts claim) {
		return claim.speakerId() != null && reading.keys().containsKey("entity:" + claim.speakerId());
	}

	/** An antonym of a word of {@code a} among the keys of {@code b}, as "a-word/b-word". */
	private static String antonyms(ClaimWords.Reading a, ClaimWords.Reading b) {
		for (Map.Entry<String, String> antonym : a.antonyms().entrySet()) {
			String other = b.keys().get(antonym.getKey());
			if (other != null && !a.keys().containsKey(antonym.getKey())) {
				return antonym.getValue() + "/" + other;
			}
		}
		return null;
	}

	private static void figures(ClaimWords.Reading a, ClaimWords.Reading b, double topic, double[] x, String[] reasons, boolean explain) {
		String differ = null;
		for (Quantities.Quantity qa : a.quantities()) {
			for (Quantities.Quantity qb : b.quantities()) {
				if (!qa.comparable(qb)) {
					continue;
				}
				if (qa.agrees(qb)) {
					// the same count of the same thing ("more than six weeks" / "the six-week war") says much by itself; the
					// same year or date, little
					boolean counted = qa.counts().stream().anyMatch(c -> !c.startsWith("#") && qb.counts().contains(c));
					x[FIGURES_AGREE] = Math.max(x[FIGURES_AGREE], counted ? Math.max(topic, 0.5) : topic);
					reasons[FIGURES_AGREE] = explain ? "figures agree: " + qa.text() + " \u2248 " + qb.text() : null;
				} else if (differ == null) {
					differ = explain ? "figures differ: " + qa.text() + " vs " + qb.text() : "";
				}
			}
		}
		if (differ != null && x[FIGURES_AGREE] == 0) {
			x[FIGURES_DIFFER] = topic;
			reasons[FIGURES_DIFFER] = explain ? differ : null;
		}
	}
}
