/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Claim;
import org.collatio.model.ClaimRelation;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.Stance;

/**
 * Proposes pairs of claims that may contradict each other and are not linked yet, ranked, each with
 * its reasons: the same proposition with opposite stances, shared wording, opposite polarity cues
 * (negation, "failed to" against "doing everything to"), the same speaker at different dates, and
 * differing numbers in otherwise similar claims. Pairs come from different documents or speakers.
 */
public final class CandidateFinder {

	/** A proposed pair and why. */
	public record Candidate(Claim first, Claim second, double score, List<String> reasons) {
	}

	private static final Set<String> NEGATIVE = Set.of("not", "no", "never", "nor", "failed", "fail", "fails", "failing", "deny", "denied",
			"denies", "refused", "refuse", "without", "unable", "neither", "don't", "doesn't", "didn't", "won't", "cannot", "lack");
	private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "is",
			"are", "was", "were", "be", "been", "that", "this", "it", "its", "as", "from", "has", "have", "had", "he", "she", "they", "we",
			"his", "her", "their", "our", "said", "says", "will", "would");
	private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");

	private final Analyzer analyzer = Analyzers.text();
	private java.util.Map<String, Integer> documentFrequency = java.util.Map.of();
	private int claimCount;

	/** The best {@code top} candidates of the corpus. */
	public List<Candidate> find(CorpusStore store, int top) throws CorpusException {
		List<Claim> claims = new ArrayList<>();
		for (Document document : store.getCorpus().getDocuments()) {
			// a document never annotated has no annotation file and no claims: not read
			if (store.hasAnnotations(document)) {
				claims.addAll(store.getContent(document).getClaims());
			}
		}
		Set<String> linked = new HashSet<>();
		for (ClaimRelation relation : store.getCorpus().getRelations()) {
			linked.add(key(relation.getSource(), relation.getTarget()));
		}
		// words in many claims ("Russian", "peacekeepers") say little about a pair: weigh by rarity
		List<Set<String>> words = new ArrayList<>();
		java.util.Map<String, Integer> df = new java.util.HashMap<>();
		for (Claim claim : claims) {
			Set<String> w = words(text(claim));
			words.add(w);
			w.forEach(word -> df.merge(word, 1, Integer::sum));
		}
		this.documentFrequency = df;
		this.claimCount = claims.size();
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < claims.size(); i++) {
			for (int j = i + 1; j < claims.size(); j++) {
				Claim a = claims.get(i);
				Claim b = claims.get(j);
				boolean otherSource = a.eContainer() != b.eContainer() || a.getSpeaker() != b.getSpeaker();
				if (otherSource && !linked.contains(key(a, b))) {
					Candidate candidate = score(a, b, words.get(i), words.get(j));
					if (candidate.score() > 0) {
						candidates.add(candidate);
					}
				}
			}
		}
		candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
		return candidates.subList(0, Math.min(top, candidates.size()));
	}

	private double idf(String word) {
		return Math.log(1.0 + (double) claimCount / documentFrequency.getOrDefault(word, 1));
	}

	private Candidate score(Claim a, Claim b, Set<String> wordsA, Set<String> wordsB) {
		List<String> reasons = new ArrayList<>();
		double score = 0;
		if (a.getProposition() != null && a.getProposition() == b.getProposition()) {
			score += 2;
			reasons.add("same proposition: " + a.getProposition().getStatement());
			if (a.getStance() != b.getStance() && a.getStance() != Stance.UNCERTAIN && b.getStance() != Stance.UNCERTAIN) {
				score += 4;
				reasons.add("opposite stances (" + a.getStance().getLiteral() + " / " + b.getStance().getLiteral() + ")");
			}
		}
		Set<String> shared = new HashSet<>(wordsA);
		shared.retainAll(wordsB);
		shared.removeAll(NEGATIVE);
		Set<String> union = new HashSet<>(wordsA);
		union.addAll(wordsB);
		union.removeAll(NEGATIVE);
		double sharedWeight = shared.stream().mapToDouble(this::idf).sum();
		double unionWeight = union.stream().mapToDouble(this::idf).sum();
		double similarity = unionWeight == 0 ? 0 : sharedWeight / unionWeight;
		if (!shared.isEmpty()) {
			score += 4 * similarity;
			reasons.add("shared wording: " + String.join(", ", shared.stream().sorted().limit(6).toList()));
		}
		boolean negA = wordsA.stream().anyMatch(NEGATIVE::contains);
		boolean negB = wordsB.stream().anyMatch(NEGATIVE::contains);
		boolean samePerson = a.getSpeaker() != null && a.getSpeaker() == b.getSpeaker() && a.eContainer() != b.eContainer();
		// a concept both mention that few other claims do ("protect", "honor") plus opposite polarity
		boolean sharedConcept = shared.stream().anyMatch(w -> documentFrequency.getOrDefault(w, 1) * 3 <= Math.max(3, claimCount));
		if (negA != negB && (similarity > 0.12 || samePerson || sharedConcept)) {
			score += 1.5 + 4 * similarity;
			reasons.add("opposite polarity (" + (negA ? "the first" : "the second") + " says \""
					+ (negA ? wordsA : wordsB).stream().filter(NEGATIVE::contains).findFirst().orElse("") + "\")");
		}
		if (samePerson) {
			score += 1.5;
			reasons.add("same speaker (" + a.getSpeaker().getCanonicalName() + ") in different sources: a change of position?");
		}
		Set<String> numbersA = numbers(text(a));
		Set<String> numbersB = numbers(text(b));
		if (!numbersA.isEmpty() && !numbersB.isEmpty() && !numbersA.equals(numbersB) && similarity > 0.12) {
			score += 1;
			reasons.add("different figures: " + numbersA + " / " + numbersB);
		}
		return new Candidate(a, b, reasons.isEmpty() ? 0 : score, reasons);
	}

	private static String key(Claim a, Claim b) {
		String x = a == null ? "" : a.getId();
		String y = b == null ? "" : b.getId();
		return x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x;
	}

	/** The quoted text of a claim, with its paraphrase. */
	public static String text(Claim claim) {
		StringBuilder text = new StringBuilder();
		if (claim.eContainer() instanceof DocumentContent content) {
			claim.getSpans().forEach(s -> text.append(content.getText(), s.getBegin(), s.getEnd()).append(' '));
		}
		if (claim.getParaphrase() != null) {
			text.append(claim.getParaphrase());
		}
		return text.toString();
	}

	private Set<String> words(String text) {
		Set<String> words = new HashSet<>();
		try (TokenStream tokens = analyzer.tokenStream(Fields.TEXT, text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				String word = stem(term.toString());
				if (!STOP.contains(word) && (word.length() > 2 || NEGATIVE.contains(word))) {
					words.add(word);
				}
			}
			tokens.end();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return words;
	}

	/** A light stemmer: plural and -ing/-ed endings, enough to match "protect"/"protecting"/"protected". */
	private static String stem(String word) {
		String w = word.toLowerCase(Locale.ROOT);
		for (String suffix : List.of("ing", "ed", "es", "s")) {
			if (w.length() > suffix.length() + 3 && w.endsWith(suffix) && !NEGATIVE.contains(w)) {
				return w.substring(0, w.length() - suffix.length());
			}
		}
		return w;
	}

	private static Set<String> numbers(String text) {
		Set<String> numbers = new HashSet<>();
		Matcher matcher = NUMBER.matcher(text);
		while (matcher.find()) {
			numbers.add(matcher.group().replace(",", ""));
		}
		return numbers;
	}
}
