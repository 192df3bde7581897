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
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Claim;
import org.collatio.model.DocumentContent;
import org.collatio.model.Stance;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

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
	public record Candidate(CandidateInput.ClaimFacts first, CandidateInput.ClaimFacts second, double score, List<String> reasons) {
	}

	private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");

	private final Analyzer analyzer = Analyzers.text();
	private Map<String, Integer> documentFrequency = Map.of();
	private Map<String, String> entityNames = Map.of();
	private int claimCount;

	/** The best {@code top} candidates of the corpus, read and computed on the thread that owns the store. */
	public List<Candidate> find(CorpusStore store, int top) throws CorpusException {
		return top <= 0 ? List.of() : find(CandidateInput.of(store), top, null);
	}

	/**
	 * The best {@code top} candidates of a snapshot: touches no live model object, so it runs on any
	 * thread (a job). Throws {@link OperationCanceledException} when the monitor is cancelled.
	 */
	public List<Candidate> find(CandidateInput input, int top, IProgressMonitor monitor) {
		if (top <= 0) {
			return List.of();
		}
		List<CandidateInput.ClaimFacts> claims = input.claims();
		SubMonitor progress = SubMonitor.convert(monitor, "Finding candidate contradictions", 2 * claims.size() + 1);
		Set<String> linked = input.linkedPairs();
		ClaimWords claimWords = new ClaimWords(analyzer, input.entities());
		entityNames = new HashMap<>();
		input.entities().forEach(e -> entityNames.putIfAbsent(e.id(), e.canonicalName()));
		List<ClaimWords.Reading> readings = new ArrayList<>();
		Map<String, Integer> df = new HashMap<>();
		for (CandidateInput.ClaimFacts claim : claims) {
			checkCanceled(progress);
			ClaimWords.Reading reading = claimWords.read(claim.text());
			readings.add(reading);
			reading.words().forEach(word -> df.merge(word, 1, Integer::sum));
			progress.worked(1);
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
			CandidateInput.ClaimFacts claim = claims.get(i);
			if (claim.propositionId() != null) {
				postings.computeIfAbsent("proposition:" + claim.propositionId(), p -> new ArrayList<>()).add(i);
			}
		}
		java.util.PriorityQueue<Candidate> best = new java.util.PriorityQueue<>(Comparator.comparingDouble(Candidate::score));
		boolean[] seen = new boolean[claims.size()];
		List<Integer> partners = new ArrayList<>();
		for (int i = 0; i < claims.size(); i++) {
			checkCanceled(progress);
			partners.clear();
			for (String word : readings.get(i).words()) {
				collect(postings.get(word), i, seen, partners);
			}
			CandidateInput.ClaimFacts a = claims.get(i);
			if (a.propositionId() != null) {
				collect(postings.get("proposition:" + a.propositionId()), i, seen, partners);
			}
			for (int j : partners) {
				seen[j] = false;
				CandidateInput.ClaimFacts b = claims.get(j);
				boolean otherSource = !Objects.equals(a.documentId(), b.documentId()) || !Objects.equals(a.speakerId(), b.speakerId());
				if (otherSource && !linked.contains(key(a.key(), b.key()))) {
					Candidate candidate = score(a, b, readings.get(i), readings.get(j));
					if (candidate.score() > 0 && (best.size() < top || candidate.score() > best.peek().score())) {
						best.add(candidate);
						if (best.size() > top) {
							best.poll();
						}
					}
				}
			}
			progress.worked(1);
		}
		List<Candidate> candidates = new ArrayList<>(best);
		candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
		return candidates;
	}

	private static void checkCanceled(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
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

	private Candidate score(CandidateInput.ClaimFacts a, CandidateInput.ClaimFacts b, ClaimWords.Reading readingA, ClaimWords.Reading readingB) {
		List<String> reasons = new ArrayList<>();
		Set<String> shared = new HashSet<>(readingA.words());
		shared.retainAll(readingB.words());
		double weightA = readingA.words().stream().mapToDouble(this::idf).sum();
		double weightB = readingB.words().stream().mapToDouble(this::idf).sum();
		double topic = weightA == 0 || weightB == 0 ? 0 : shared.stream().mapToDouble(this::idf).sum() / Math.sqrt(weightA * weightB);
		if (!shared.isEmpty()) {
			reasons.add("about the same: " + String.join(", ", shared.stream().sorted(Comparator.comparingDouble(this::idf).reversed()).limit(6)
					.map(w -> w.startsWith("entity:") ? entityNames.getOrDefault(w.substring("entity:".length()), w) : w).toList()));
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
		if (a.speakerId() != null && a.speakerId().equals(b.speakerId()) && !Objects.equals(a.documentId(), b.documentId())) {
			speaker = 1.4;
			reasons.add("same speaker (" + a.speakerName() + ") in different sources: a change of position?");
		}
		double score = 10 * topic * opposition * speaker;
		if (a.propositionId() != null && a.propositionId().equals(b.propositionId())) {
			score += 2;
			reasons.add("same proposition: " + a.propositionStatement());
			if (a.stance() != b.stance() && a.stance() != Stance.UNCERTAIN && b.stance() != Stance.UNCERTAIN) {
				score += 4;
				reasons.add("opposite stances (" + a.stance().getLiteral() + " / " + b.stance().getLiteral() + ")");
			}
		}
		Set<String> numbersA = numbers(a.text());
		Set<String> numbersB = numbers(b.text());
		if (!numbersA.isEmpty() && !numbersB.isEmpty() && !numbersA.equals(numbersB) && topic > 0.15) {
			score += 1;
			reasons.add("different figures: " + numbersA + " / " + numbersB);
		}
		return new Candidate(a, b, shared.isEmpty() && a.propositionId() == null ? 0 : score, reasons);
	}

	static String key(String x, String y) {
		x = x == null ? "" : x;
		y = y == null ? "" : y;
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
