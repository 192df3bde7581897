/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerTarget;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;

/**
 * An evaluative polarity lexicon derived from WordNet alone: a handful of general paradigm words
 * (Turney and Littman's good/bad, nice/nasty, excellent/poor, positive/negative, fortunate/unfortunate,
 * correct/wrong, superior/inferior, with true/false and a few general verbs of outcome and judgement:
 * succeed/fail, help/harm, praise/criticize, improve/worsen, win/lose, accuse) are spread through
 * WordNet's similar-to, also-see, verb-group, pertainym and derivation links and from a noun to its
 * hyponyms (a kind of crime is bad) with the same sign, and through antonyms with the other, weaker
 * at each step (x{@value #DECAY}) and at most {@value #DEPTH} steps from a paradigm word. A synset
 * reached by both signs in one step gets the balance of its votes. A word's polarity is that of its
 * most frequent sense in the part of speech it is most used in: -1 (bad) to +1 (good), 0 for a word
 * that evaluates nothing. Computed once per runtime (about 0.5 s), shared by every thread.
 */
public final class Polarity {

	/** The paradigm words: general evaluative words of English, not of any corpus. */
	private static final String[][] POSITIVE = { { "a", "good" }, { "a", "nice" }, { "a", "excellent" }, { "a", "positive" }, { "a", "fortunate" },
			{ "a", "correct" }, { "a", "superior" }, { "a", "true" }, { "v", "succeed" }, { "v", "help" }, { "v", "praise" }, { "v", "improve" },
			{ "v", "win" } };
	private static final String[][] NEGATIVE = { { "a", "bad" }, { "a", "nasty" }, { "a", "poor" }, { "a", "negative" }, { "a", "unfortunate" },
			{ "a", "wrong" }, { "a", "inferior" }, { "a", "false" }, { "v", "fail" }, { "v", "harm" }, { "v", "criticize" }, { "v", "accuse" }, { "v", "worsen" },
			{ "v", "lose" } };
	static final int DEPTH = 3;
	private static final double DECAY = 0.75;

	private Polarity() {
	}

	private static final class Holder {
		static final Map<Synset, Double> SYNSETS = propagate();
	}

	/**
	 * The polarity of a lower-case word, -1 to 1 (0: none known): that of its most frequent sense in
	 * the part of speech it is most used in (WordNet's sense-tagged counts).
	 */
	public static double of(String word) {
		double polarity = 0;
		int most = -1;
		try {
			for (POS pos : POS.getAllPOS()) {
				IndexWord indexWord = WordNet.dictionary().lookupIndexWord(pos, word);
				if (indexWord != null && use(indexWord) > most) {
					most = use(indexWord);
					polarity = of(indexWord);
				}
			}
		} catch (JWNLException e) {
			throw new IllegalStateException("WordNet cannot be read: " + e.getMessage(), e);
		}
		return polarity;
	}

	/**
	 * The polarity of a claim's text as the candidate finder reads it, -1 to 1: the sum of its words'
	 * polarities (those at least {@value ClaimWords#POLAR} from 0), a word in the scope of a negation
	 * cue counting with the other sign ("did not help", "failed to protect").
	 */
	public static double ofText(String text) {
		return new ClaimWords(Analyzers.text(), List.of()).read(text).polarity();
	}

	/** The polarity of a word in one part of speech: its most frequent sense's (a noun's only near a paradigm word). */
	static double of(IndexWord indexWord) {
		if (indexWord.getSenses().isEmpty()) {
			return 0;
		}
		double value = Holder.SYNSETS.getOrDefault(indexWord.getSenses().get(0), 0.0);
		// further on, derivations drift into nouns that evaluate nothing ("state", "minister")
		return value;
	}

	/** How often a word is used in its most frequent sense of one part of speech (WordNet's tag count; 0 when none). */
	static int use(IndexWord indexWord) {
		if (indexWord.getSenses().isEmpty()) {
			return -1;
		}
		for (Word word : indexWord.getSenses().get(0).getWords()) {
			if (word.getLemma().equalsIgnoreCase(indexWord.getLemma())) {
				return word.getUseCount();
			}
		}
		return 0;
	}

	/** Breadth first from the paradigm words: each synset gets the sum of what reaches it first. */
	private static Map<Synset, Double> propagate() {
		Map<Synset, Double> scores = new HashMap<>();
		Map<Synset, double[]> level = new HashMap<>();
		try {
			seed(POSITIVE, true, level);
			seed(NEGATIVE, false, level);
			for (int depth = 0; depth <= DEPTH && !level.isEmpty(); depth++) {
				double strength = Math.pow(DECAY, depth);
				level.forEach((synset, votes) -> {
					double value = votes[0] - votes[1];
					if (Math.abs(value) > 1e-9) {
						scores.put(synset, strength * value / (votes[0] + votes[1]));
					}
				});
				Map<Synset, double[]> next = new HashMap<>();
				if (depth < DEPTH) {
					for (Synset synset : level.keySet()) {
						Double value = scores.get(synset);
						if (value != null) {
							spread(synset, value > 0, scores, level, next);
						}
					}
				}
				level = next;
			}
		} catch (JWNLException e) {
			throw new IllegalStateException("WordNet cannot be read: " + e.getMessage(), e);
		}
		return Map.copyOf(scores);
	}

	private static void seed(String[][] words, boolean positive, Map<Synset, double[]> level) throws JWNLException {
		for (String[] word : words) {
			IndexWord indexWord = WordNet.dictionary().getIndexWord(POS.getPOSForKey(word[0]), word[1]);
			if (indexWord != null && !indexWord.getSenses().isEmpty()) {
				level.computeIfAbsent(indexWord.getSenses().get(0), s -> new double[2])[positive ? 0 : 1]++;
			}
		}
	}

	private static void spread(Synset from, boolean positive, Map<Synset, Double> scores, Map<Synset, double[]> level,
			Map<Synset, double[]> next) throws JWNLException {
		List<Pointer> pointers = new ArrayList<>(from.getPointers());
		for (Word word : from.getWords()) {
			pointers.addAll(word.getPointers());
		}
		for (Pointer pointer : pointers) {
			PointerType type = pointer.getType();
			boolean same;
			if (type == PointerType.ANTONYM) {
				same = false;
			} else if (type == PointerType.SIMILAR_TO || type == PointerType.SEE_ALSO || type == PointerType.VERB_GROUP
					|| type == PointerType.DERIVATION || type == PointerType.PERTAINYM
					|| type == PointerType.HYPONYM && from.getPOS() == POS.NOUN) { // a kind of wrongdoing is wrong
				same = true;
			} else {
				continue;
			}
			Synset target = target(pointer);
			if (target != null && !scores.containsKey(target) && !level.containsKey(target)) {
				next.computeIfAbsent(target, s -> new double[2])[positive == same ? 0 : 1]++;
			}
		}
	}

	private static Synset target(Pointer pointer) {
		try {
			PointerTarget target = pointer.getTarget();
			return target == null ? null : target.getSynset();
		} catch (JWNLException | RuntimeException e) {
			return null; // a pointer WordNet cannot resolve: left out
		}
	}
}
