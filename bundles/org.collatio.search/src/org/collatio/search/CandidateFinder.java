/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Claim;
import org.collatio.model.DocumentContent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Proposes pairs of claims, not linked yet, that may contradict or agree, ranked, each with its kind
 * and the reasons that weigh most. Each claim is read with general resources ({@link ClaimWords}:
 * stems, WordNet, negation scope, figures); pairs are only formed between claims that share a rare
 * key or a proposition (an inverted index: for each claim, its most similar partners), never all
 * pairs; each pair's {@link PairFeatures} are weighed by a {@link Ranker} fitted to the researcher's
 * decisions in this corpus and layer (accepted contradictions and agreements, dismissed pairs). A pair
 * is proposed as the kind it is likelier to be, so a pair that agrees is not offered as a
 * contradiction. Pairs come from different documents or speakers; linked and dismissed pairs, and a
 * claim made within another's span, are left out. Reading and pairing run on every core, cancellable, with progress.
 */
public final class CandidateFinder {

	/** What a pair is proposed as. */
	public enum Kind {
		CONTRADICTION, AGREEMENT;

		/** In words, for labels. */
		public String label() {
			return this == CONTRADICTION ? "contradicts" : "agrees";
		}
	}

	/** A proposed pair: its kind, how likely it is that kind (0-1), and why, the weightiest reason first. */
	public record Candidate(CandidateInput.ClaimFacts first, CandidateInput.ClaimFacts second, Kind kind, double score, List<String> reasons) {
	}

	/** How many partners of each claim are weighed (the most similar ones). */
	private static final int PARTNERS = 25;
	private static final int CHUNK = 128;
	/** Below this, a pair is not proposed at all. */
	private static final double FLOOR = 0.05;

	private final Analyzer analyzer = Analyzers.text();

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
		int n = claims.size();
		SubMonitor progress = SubMonitor.convert(monitor, "Finding candidate contradictions", 2 * n + 1);
		ClaimWords claimWords = new ClaimWords(analyzer, input.entities());
		ClaimWords.Reading[] readings = new ClaimWords.Reading[n];
		Chunks.run(n, CHUNK, progress, monitor, (from, to, stop) -> {
			for (int i = from; i < to; i++) {
				stop.check();
				readings[i] = claimWords.read(claims.get(i).text());
			}
			return null;
		});
		Weights weights = new Weights(readings);
		Map<String, String> entityNames = new HashMap<>();
		input.entities().forEach(e -> entityNames.putIfAbsent(e.id(), e.canonicalName()));
		Pairing pairing = new Pairing(claims, readings, weights);
		Terms terms = new Terms(readings, weights);
		Sides sides = new Sides(claims, input.decisions());
		Ranker ranker = Ranker.fit(examples(input, readings, weights, terms, sides, entityNames));
		Set<String> linked = input.linkedPairs();
		List<PriorityQueue<Scored>> found = Chunks.run(n, CHUNK, progress, monitor, (from, to, stop) -> {
			PriorityQueue<Scored> best = new PriorityQueue<>(Comparator.comparingDouble(Scored::score));
			float[] accumulator = new float[n];
			for (int i = from; i < to; i++) {
				stop.check();
				CandidateInput.ClaimFacts a = claims.get(i);
				for (int j : pairing.partners(i, accumulator, PARTNERS)) {
					CandidateInput.ClaimFacts b = claims.get(j);
					boolean otherSource = !Objects.equals(a.documentId(), b.documentId()) || !Objects.equals(a.speakerId(), b.speakerId());
					if (!otherSource || nested(a, b) || linked.contains(key(a.key(), b.key()))) {
						continue;
					}
					Scored scored = score(i, j, a, b, readings[i], readings[j], weights, terms, sides, ranker);
					if (scored.score() >= FLOOR && (best.size() < top || scored.score() > best.peek().score())) {
						best.add(scored);
						if (best.size() > top) {
							best.poll();
						}
					}
				}
			}
			return best;
		});
		List<Scored> scored = new ArrayList<>();
		found.forEach(scored::addAll);
		scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::first).thenComparingInt(Scored::second));
		List<Candidate> candidates = new ArrayList<>();
		for (Scored pair : scored.subList(0, Math.min(top, scored.size()))) {
			candidates.add(explain(claims.get(pair.first()), claims.get(pair.second()), readings[pair.first()], readings[pair.second()],
					terms.overlap(pair.first(), pair.second()), weights, sides, entityNames, ranker));
		}
		return List.copyOf(candidates);
	}

	/**
	 * Whether two claims of one document are one passage: their spans overlap by half the shorter or
	 * more (where their places are not known: one's quoted text lies within the other's). A claim made
	 * inside another's span ("Moscow failed to honor its commitments even before these moves condemned
	 * by the Russian Foreign Ministry as unfriendly" and the ministry's "unfriendly") shares its words
	 * with it because it is the same text, so that is no evidence that they contradict or agree.
	 */
	private static boolean nested(CandidateInput.ClaimFacts a, CandidateInput.ClaimFacts b) {
		if (!Objects.equals(a.documentId(), b.documentId())) {
			return false;
		}
		if (a.begin() >= 0 && b.begin() >= 0) {
			int overlap = Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin());
			return overlap > 0 && 2 * overlap >= Math.min(a.end() - a.begin(), b.end() - b.begin());
		}
		String x = a.quote() == null ? "" : a.quote().strip();
		String y = b.quote() == null ? "" : b.quote().strip();
		return !x.isEmpty() && !y.isEmpty() && (x.length() >= y.length() ? x.contains(y) : y.contains(x));
	}

	/** The researcher's decisions on pairs whose claims are both in the input, as examples for the ranker. */
	private static List<Ranker.Example> examples(CandidateInput input, ClaimWords.Reading[] readings, Weights weights, Terms terms, Sides sides,
			Map<String, String> names) {
		if (input.decisions().isEmpty()) {
			return List.of();
		}
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < input.claims().size(); i++) {
			index.put(input.claims().get(i).key(), i);
		}
		List<Ranker.Example> examples = new ArrayList<>();
		for (CandidateInput.Decision decision : input.decisions()) {
			Integer i = index.get(decision.first());
			Integer j = index.get(decision.second());
			if (i != null && j != null && !i.equals(j)) {
				CandidateInput.ClaimFacts a = input.claims().get(i);
				CandidateInput.ClaimFacts b = input.claims().get(j);
				PairFeatures.Values values = PairFeatures.of(a, b, readings[i], readings[j], terms.overlap(i, j), weights::weight,
						sides.of(a, b, decision.verdict()), names, false);
				examples.add(new Ranker.Example(values.x(), decision.verdict() == CandidateInput.Verdict.CONTRADICTS,
						decision.verdict() == CandidateInput.Verdict.AGREES));
			}
		}
		return examples;
	}

	/** A pair weighed, by index: how likely it is its kind. */
	private record Scored(int first, int second, double score) {
	}

	private static Scored score(int i, int j, CandidateInput.ClaimFacts a, CandidateInput.ClaimFacts b, ClaimWords.Reading ra, ClaimWords.Reading rb,
			Weights weights, Terms terms, Sides sides, Ranker ranker) {
		double[] x = PairFeatures.of(a, b, ra, rb, terms.overlap(i, j), weights::weight, sides.of(a, b, null), Map.of(), false).x();
		return new Scored(i, j, Math.max(ranker.contradiction(x), ranker.agreement(x)));
	}

	/** A pair weighed again with its reasons in words, the weightiest first. */
	private static Candidate explain(CandidateInput.ClaimFacts a, CandidateInput.ClaimFacts b, ClaimWords.Reading ra, ClaimWords.Reading rb,
			Terms.Overlap overlap, Weights weights, Sides sides, Map<String, String> names, Ranker ranker) {
		PairFeatures.Values values = PairFeatures.of(a, b, ra, rb, overlap, weights::weight, sides.of(a, b, null), names, true);
		double contradiction = ranker.contradiction(values.x());
		double agreement = ranker.agreement(values.x());
		Kind kind = contradiction >= agreement ? Kind.CONTRADICTION : Kind.AGREEMENT;
		double[] w = kind == Kind.CONTRADICTION ? ranker.contradiction : ranker.agreement;
		List<Integer> order = new ArrayList<>();
		for (int k = 1; k < PairFeatures.COUNT; k++) {
			if (values.reasons()[k] != null && (k == PairFeatures.TOPIC || w[k] * values.x()[k] > 0)) {
				order.add(k);
			}
		}
		order.sort(Comparator.comparingDouble((Integer k) -> k == PairFeatures.TOPIC ? -1e-9 : w[k] * values.x()[k]).reversed());
		List<String> reasons = order.stream().map(k -> values.reasons()[k]).toList();
		return new Candidate(a, b, kind, Math.max(contradiction, agreement), reasons);
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
}
