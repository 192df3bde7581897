/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * What a claim is about, read from its words with general resources only (no list of this or any
 * corpus's names): its content words as {@link Lexicon} keys (stems, WordNet senses, derivations,
 * broader terms, places folded onto their country), names folded onto the corpus's entities through
 * their aliases, the antonyms of its words, its figures ({@link Quantities}) and which of its words
 * are negated, and which keys come from names only (an entity, or a word written with a capital
 * inside a sentence), which tell less of what is claimed.
 * <p>
 * Negation scope, a rule over tokens: a negation cue ("not", "no", "never", "without", "n't", a form
 * of "fail", "refuse", "deny", "lack", "unable", ...) negates the first content word after it (the
 * predicate it governs: "failed to <em>protect</em> the population", "no <em>crisis</em>", "do not
 * <em>extend</em> to Karabakh"; a name of an entity in between is skipped), within its clause (up to
 * the next , ; : . ! ? or a contrasting conjunction such as "but", "while", "although") and at most six
 * words on.
 */
final class ClaimWords {

	/**
	 * A claim read: its keys (each with the word it was read from), the keys negated, antonyms, figures,
	 * the first negation cue, the keys from names only; its evaluative polarity (-1 to 1: the sum of its
	 * words' {@link Polarity}, a negated word counting with the other sign) and the words that weigh
	 * most in it, as written ("failed", "not … protecting").
	 */
	record Reading(Map<String, String> keys, Set<String> negated, Map<String, String> antonyms, List<Quantities.Quantity> quantities, String cue,
			Set<String> names, double polarity, String polar, boolean denies, Set<String> evaluated) {

		/** The keys, for indexing. */
		Set<String> words() {
			return keys.keySet();
		}
	}

	/** General negation cues (not drawn from any corpus). */
	static final Set<String> NEGATORS = Set.of("not", "no", "never", "nor", "neither", "none", "nobody", "nothing", "without", "unable", "cannot",
			"fail", "fails", "failed", "failing", "failure", "refuse", "refused", "refuses", "refusing", "deny", "denied", "denies", "denying",
			"lack", "lacks", "lacked", "lacking");
	/** The negation cues that deny (rather than tell of a failure, a refusal or a lack). */
	static final Set<String> DENIALS = Set.of("not", "no", "never", "nor", "neither", "none", "nobody", "nothing", "cannot", "deny", "denied", "denies",
			"denying");
	/** The verbs of denial: their object may be what was said ("denied the claims"), not what is negated. */
	private static final Set<String> DENYING = Set.of("deny", "denied", "denies", "denying");
	/** General words of a negative outcome: they make a claim negative without negating a word ("problems", "a crisis"). */
	static final Set<String> NEGATIVE_OUTCOMES = Set.of("problem", "problems", "crisis", "trouble", "troubles", "failure", "failures",
			"shortcoming", "shortcomings");
	private static final Set<String> CLAUSE_BREAKS = Set.of("but", "while", "although", "though", "whereas", "however", "yet", "instead");
	private static final int SCOPE = 6;
	/** How many words from an evaluative word a name may be and still be what it evaluates. */
	private static final int TARGET = 6;
	/** Below this, a word's polarity is too far from the paradigm words to count. */
	static final double POLAR = 0.4;
	/** The polarity a word of negative outcome counts with. */
	private static final double OUTCOME = -0.5;
	/** A general English stop-word list: function words, reporting verbs. */
	static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "is", "are", "was",
			"were", "be", "been", "that", "this", "it", "its", "as", "from", "has", "have", "had", "he", "she", "they", "we", "i", "you", "his", "her",
			"their", "our", "my", "your", "him", "them", "us", "said", "says", "say", "told", "will", "would", "there", "these", "those", "who",
			"which", "what", "about", "also", "but", "than", "more", "even", "before", "after", "all", "any", "both", "further", "very", "can",
			"could", "may", "might", "must", "should", "do", "does", "did", "being", "into", "over", "under", "between", "up", "out", "so", "such",
			"only", "own", "same", "other", "some", "if", "then", "when", "where", "while", "now", "just", "not", "no", "how", "why", "because",
			"one", "per", "mr", "mrs", "ms", "new");

	private final Analyzer analyzer;
	/** Every alias of an entity (folded) to the entity's key. */
	private final Map<String, String> aliases = new HashMap<>();

	/** From names copied out of the model: usable on any thread. */
	ClaimWords(Analyzer analyzer, List<CandidateInput.EntityNames> entities) {
		this.analyzer = analyzer;
		for (CandidateInput.EntityNames entity : entities) {
			String key = "entity:" + entity.id();
			for (String name : entity.names()) {
				List<String> tokens = new ArrayList<>();
				tokens(name, tokens, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
				if (tokens.size() == 1) {
					aliases.put(tokens.get(0), key);
				} else if (!tokens.isEmpty()) {
					aliases.putIfAbsent(tokens.get(tokens.size() - 1), key); // a family name alone names the person
				}
			}
		}
	}

	Reading read(String text) {
		List<String> tokens = new ArrayList<>();
		List<Boolean> breaks = new ArrayList<>();
		List<Boolean> capitals = new ArrayList<>();
		List<String> currencies = new ArrayList<>();
		tokens(text, tokens, breaks, capitals, currencies);
		Set<String> names = new LinkedHashSet<>();
		List<Integer> polarAt = new ArrayList<>();
		Map<Integer, List<String>> namedAt = new LinkedHashMap<>();
		Set<String> words = new java.util.HashSet<>();
		Map<String, String> keys = new LinkedHashMap<>();
		Set<String> negated = new LinkedHashSet<>();
		Map<String, String> antonyms = new LinkedHashMap<>();
		String cue = null;
		String lastCue = null;
		boolean denies = false;
		int scopeLeft = 0;
		Polar polar = new Polar();
		for (int i = 0; i < tokens.size(); i++) {
			String token = tokens.get(i);
			if (breaks.get(i) || CLAUSE_BREAKS.contains(token)) {
				scopeLeft = 0;
			}
			if (NEGATORS.contains(token) || token.endsWith("n't")) {
				// a cue may evaluate itself ("failed"), and is turned by a cue before it ("did not fail")
				if (polar.add(Lexicon.of(token).polarity(), token, scopeLeft > 0 ? lastCue : null)) {
					polarAt.add(i);
				}
				scopeLeft = SCOPE;
				cue = cue == null ? token : cue;
				lastCue = token;
				// "accused X of not protecting", "criticized for failing": a negated complement of what is said of
				// someone else, not a denial by the speaker
				boolean complement = i > 0 && !breaks.get(i) && (tokens.get(i - 1).equals("of") || tokens.get(i - 1).equals("for"));
				denies |= !complement && (DENIALS.contains(token) || token.endsWith("n't"));
				continue;
			}
			if (NEGATIVE_OUTCOMES.contains(token)) {
				cue = cue == null ? token : cue;
				polar.add(OUTCOME, token, scopeLeft > 0 ? lastCue : null);
				polarAt.add(i);
			}
			boolean inScope = scopeLeft > 0;
			scopeLeft = Math.max(0, scopeLeft - 1);
			if (STOP.contains(token) || token.length() < 3 || Quantities.value(token) != null) {
				continue;
			}
			String alias = aliases.get(token);
			scopeLeft = alias == null ? 0 : scopeLeft; // the first content word after a cue is what it negates
			List<String> wordKeys;
			if (inScope && alias == null && DENYING.contains(lastCue) && Lexicon.of(token).communication()) {
				inScope = false; // "denied the claims": what is denied is what they say, not that there are claims
			}
			if (alias != null) {
				wordKeys = List.of(alias);
			} else {
				Lexicon.Lexeme lexeme = Lexicon.of(token);
				wordKeys = lexeme.keys();
				lexeme.antonyms().forEach(a -> antonyms.putIfAbsent(a, token));
			}
			boolean name = alias != null || capitals.get(i) && i > 0 && !breaks.get(i);
			if (alias != null || capitals.get(i)) {
				namedAt.put(i, wordKeys);
			}
			if (!name && !NEGATIVE_OUTCOMES.contains(token)) {
				if (polar.add(Lexicon.of(token).polarity(), token, inScope ? lastCue : null)) {
					polarAt.add(i);
				}
			}
			for (String key : wordKeys) {
				(name ? names : words).add(key);
				keys.putIfAbsent(key, token);
				if (inScope) {
					negated.add(key);
				}
			}
		}
		List<Quantities.Quantity> quantities = Quantities.of(tokens, currencies, w -> {
			String alias = aliases.get(w);
			return alias != null ? alias : Lexicon.stem(w);
		}, STOP);
		names.removeAll(words);
		return new Reading(keys, negated, antonyms, quantities, cue, Set.copyOf(names), polar.value(), polar.words(), denies,
				evaluated(namedAt, polarAt, breaks, tokens));
	}

	/**
	 * The keys of the names (an entity's alias, a word written with a capital) that an evaluative word
	 * of the claim is about, as near as a rule over tokens can tell: within {@value #TARGET} words of
	 * it, in the same clause ("Russian peacekeepers remain the primary guarantor", "accusing Moscow of
	 * failing"; not "regrettable that the hostilities continue, but ... on Armenian territory").
	 */
	private static Set<String> evaluated(Map<Integer, List<String>> namedAt, List<Integer> polarAt, List<Boolean> breaks, List<String> tokens) {
		if (namedAt.isEmpty() || polarAt.isEmpty()) {
			return Set.of();
		}
		int[] clause = new int[tokens.size()];
		for (int i = 1; i < tokens.size(); i++) {
			clause[i] = clause[i - 1] + (breaks.get(i) || CLAUSE_BREAKS.contains(tokens.get(i)) ? 1 : 0);
		}
		Set<String> evaluated = new LinkedHashSet<>();
		namedAt.forEach((at, keys) -> {
			for (int p : polarAt) {
				if (p != at && Math.abs(p - at) <= TARGET && clause[p] == clause[at]) {
					evaluated.addAll(keys);
					return;
				}
			}
		});
		return Set.copyOf(evaluated);
	}

	/** The polarity of a claim as its words are read: their sum, and the weightiest words of its sign. */
	private static final class Polar {
		private double sum;
		private final List<String> positive = new ArrayList<>();
		private final List<String> negative = new ArrayList<>();

		/** A word's polarity, turned by {@code negatedBy} when that cue governs it; whether it counts. */
		boolean add(double polarity, String word, String negatedBy) {
			if (Math.abs(polarity) < POLAR) {
				return false;
			}
			double value = negatedBy == null ? polarity : -polarity;
			sum += value;
			(value > 0 ? positive : negative).add(negatedBy == null ? word : negatedBy + " \u2026 " + word);
			return true;
		}

		double value() {
			return Math.max(-1, Math.min(1, sum));
		}

		String words() {
			List<String> words = sum > 0 ? positive : sum < 0 ? negative : List.of();
			return words.isEmpty() ? null : String.join(", ", words.subList(0, Math.min(3, words.size())));
		}
	}

	/**
	 * The lower-case tokens of a text, for each whether a clause ends before it (punctuation between),
	 * whether it was written with a capital, and the currency sign written right before it ("$", "£",
	 * "€", ...: Unicode's currency symbols), or null.
	 */
	private void tokens(String text, List<String> tokens, List<Boolean> breaks, List<Boolean> capitals, List<String> currencies) {
		try (TokenStream stream = analyzer.tokenStream(Fields.TEXT, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			int last = 0;
			while (stream.incrementToken()) {
				tokens.add(term.toString().toLowerCase(Locale.ROOT).replace('\u2019', '\''));
				boolean clauseBreak = false;
				for (int c = last; c < offset.startOffset() && c < text.length(); c++) {
					char ch = text.charAt(c);
					clauseBreak |= ch == ',' || ch == ';' || ch == ':' || ch == '.' || ch == '!' || ch == '?';
				}
				breaks.add(clauseBreak);
				capitals.add(Character.isUpperCase(text.charAt(offset.startOffset())));
				int before = offset.startOffset() - 1;
				currencies.add(before >= last && before >= 0 && Character.getType(text.charAt(before)) == Character.CURRENCY_SYMBOL
						? String.valueOf(text.charAt(before)) : null);
				last = offset.endOffset();
			}
			stream.end();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
