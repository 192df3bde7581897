/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Claim;
import org.collatio.model.ClaimRelation;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.Stance;

/**
 * Proposes pairs of claims that may contradict each other and are not linked yet, ranked, each with
 * its reasons. A pair ranks by how much it is about the same thing (rarity-weighted shared words,
 * names folded onto entities and countries) times how opposed it is (one claim says something
 * failed or did not happen where the other affirms it), raised when the same person speaks in
 * different sources (a change of position); the same proposition with opposite stances and
 * differing figures in similar claims add to it. Pairs come from different documents or speakers;
 * linked and dismissed pairs are left out.
 */
public final class CandidateFinder {

	/** A proposed pair and why. */
	public record Candidate(Claim first, Claim second, double score, List<String> reasons) {
	}

	private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");

	private final Analyzer analyzer = Analyzers.text();
	private Map<String, Integer> documentFrequency = Map.of();
	private int claimCount;

	/** The best {@code top} candidates of the corpus. */
	public List<Candidate> find(CorpusStore store, int top) throws CorpusException {
		if (top <= 0) {
			return List.of();
		}
		List<Claim> claims = new ArrayList<>();
		for (Document document : store.getCorpus().getDocuments()) {
			// a document never annotated has no annotation file and no claims: not read
			if (store.hasAnnotations(document)) {
				try {
					claims.addAll(store.getContent(document).getClaims());
				} catch (CorpusException e) {
					// damaged: its claims are left out; the store's getDamaged() names it for the caller to report
				}
			}
		}
		Set<String> linked = new HashSet<>();
		for (ClaimRelation relation : store.getCorpus().getRelations()) {
			linked.add(key(relation.getSource(), relation.getTarget()));
		}
		ClaimWords claimWords = new ClaimWords(analyzer, store.getCorpus());
		List<ClaimWords.Reading> readings = new ArrayList<>();
		Map<String, Integer> df = new HashMap<>();
		for (Claim claim : claims) {
			ClaimWords.Reading reading = claimWords.read(text(claim));
			readings.add(reading);
			reading.words().forEach(word -> df.merge(word, 1, Integer::sum));
		}
		this.documentFrequency = df;
		this.claimCount = claims.size();
		// only pairs that share a word (or a proposition) can score: find them through postings of the
		// words, leaving out the words so common that they pair nearly everything with everything
		int maxPosting = Math.max(64, (int) (3 * Math.sqrt(claims.size())));
		Map<String, List<Integer>> postings = new HashMap<>();
		for (int i = 0; i < claims.size(); i++) {
			for (String word : readings.get(i).words()) {
				if (df.get(word) <= maxPosting) {
					postings.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
				}
			}
			Claim claim = claims.get(i);
			if (claim.getProposition() != null) {
				postings.computeIfAbsent("proposition:" + claim.getProposition().getId(), p -> new ArrayList<>()).add(i);
			}
		}
		java.util.PriorityQueue<Candidate> best = new java.util.PriorityQueue<>(Comparator.comparingDouble(Candidate::score));
		boolean[] seen = new boolean[claims.size()];
		List<Integer> partners = new ArrayList<>();
		for (int i = 0; i < claims.size(); i++) {
			partners.clear();
			for (String word : readings.get(i).words()) {
				collect(postings.get(word), i, seen, partners);
			}
			Claim a = claims.get(i);
			if (a.getProposition() != null) {
				collect(postings.get("proposition:" + a.getProposition().getId()), i, seen, partners);
			}
			for (int j : partners) {
				seen[j] = false;
				Claim b = claims.get(j);
				boolean otherSource = a.eContainer() != b.eContainer() || a.getSpeaker() != b.getSpeaker();
				if (otherSource && !linked.contains(key(a, b))) {
					Candidate candidate = score(a, b, readings.get(i), readings.get(j));
					if (candidate.score() > 0 && (best.size() < top || candidate.score() > best.peek().score())) {
						best.add(candidate);
						if (best.size() > top) {
							best.poll();
						}
					}
				}
			}
		}
		List<Candidate> candidates = new ArrayList<>(best);
		candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
		return candidates;
	}

	/** The claims after {@code i} in a posting list, each once. */
	private static void collect(List<Integer> posting, int i, boolean[] seen, List<Integer> partners) {
		if (posting == null) {
			return;
		}
		for (int j : posting) {
			if (j > i && !seen[j]) {
				seen[j] = true;
				partners.add(j);
			}
		}
	}

	/** Rare words tell more: a word in every claim weighs little. */
	private double idf(String word) {
		return Math.log(1.0 + (double) claimCount / documentFrequency.getOrDefault(word, 1));
	}

	private Candidate score(Claim a, Claim b, ClaimWords.Reading readingA, ClaimWords.Reading readingB) {
		List<String> reasons = new ArrayList<>();
		Set<String> shared = new HashSet<>(readingA.words());
		shared.retainAll(readingB.words());
		double weightA = readingA.words().stream().mapToDouble(this::idf).sum();
		double weightB = readingB.words().stream().mapToDouble(this::idf).sum();
		double topic = weightA == 0 || weightB == 0 ? 0 : shared.stream().mapToDouble(this::idf).sum() / Math.sqrt(weightA * weightB);
		if (!shared.isEmpty()) {
			reasons.add("about the same: " + String.join(", ", shared.stream().sorted(Comparator.comparingDouble(this::idf).reversed()).limit(6)
					.map(w -> w.startsWith("entity:") ? entityName(w, a, b) : w).toList()));
		}
		double opposition = 1;
		ClaimWords.Polarity pa = readingA.polarity();
		ClaimWords.Polarity pb = readingB.polarity();
		if (pa != pb && (pa == ClaimWords.Polarity.NEGATIVE || pb == ClaimWords.Polarity.NEGATIVE)) {
			boolean strong = pa == ClaimWords.Polarity.POSITIVE || pb == ClaimWords.Polarity.POSITIVE;
			opposition = strong ? 2.2 : 1.5;
			boolean firstNegative = pa == ClaimWords.Polarity.NEGATIVE;
			reasons.add("opposite polarity (" + (firstNegative ? "the first" : "the second") + " says \""
					+ (firstNegative ? readingA : readingB).cue() + "\"" + (strong ? ", the other affirms" : "") + ")");
		}
		double speaker = 1;
		if (a.getSpeaker() != null && a.getSpeaker() == b.getSpeaker() && a.eContainer() != b.eContainer()) {
			speaker = 1.4;
			reasons.add("same speaker (" + a.getSpeaker().getCanonicalName() + ") in different sources: a change of position?");
		}
		double score = 10 * topic * opposition * speaker;
		if (a.getProposition() != null && a.getProposition() == b.getProposition()) {
			score += 2;
			reasons.add("same proposition: " + a.getProposition().getStatement());
			if (a.getStance() != b.getStance() && a.getStance() != Stance.UNCERTAIN && b.getStance() != Stance.UNCERTAIN) {
				score += 4;
				reasons.add("opposite stances (" + a.getStance().getLiteral() + " / " + b.getStance().getLiteral() + ")");
			}
		}
		Set<String> numbersA = numbers(text(a));
		Set<String> numbersB = numbers(text(b));
		if (!numbersA.isEmpty() && !numbersB.isEmpty() && !numbersA.equals(numbersB) && topic > 0.15) {
			score += 1;
			reasons.add("different figures: " + numbersA + " / " + numbersB);
		}
		return new Candidate(a, b, shared.isEmpty() && a.getProposition() == null ? 0 : score, reasons);
	}

	private static String entityName(String token, Claim a, Claim b) {
		String id = token.substring("entity:".length());
		for (Claim claim : List.of(a, b)) {
			for (var entity : java.util.stream.Stream.of(claim.getSpeaker(), claim.getVia()).filter(java.util.Objects::nonNull).toList()) {
				if (id.equals(entity.getId())) {
					return entity.getCanonicalName();
				}
			}
		}
		if (a.eContainer() instanceof DocumentContent content && content.getDocument() != null
				&& content.getDocument().eContainer() instanceof org.collatio.model.Corpus corpus) {
			return corpus.getEntities().stream().filter(e -> id.equals(e.getId())).map(org.collatio.model.Entity::getCanonicalName).findFirst()
					.orElse(token);
		}
		return token;
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

	private static Set<String> numbers(String text) {
		Set<String> numbers = new HashSet<>();
		Matcher matcher = NUMBER.matcher(text);
		while (matcher.find()) {
			numbers.add(matcher.group().replace(",", ""));
		}
		return numbers;
	}
}
