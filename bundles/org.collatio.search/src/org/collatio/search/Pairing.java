/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which pairs are worth weighing, without weighing all pairs: an inverted index from each key (in
 * more than one claim) and each proposition to its claims. Keys so common that they would pair nearly
 * everything with everything (in more than 3 &radic;n claims, at least 64 and at most 400) are not
 * paired on, except for a claim made only of such words: its two rarest, with its nearest claims.
 * The partners of a claim are the later claims that share a key or its proposition, ranked by their
 * accumulated weighted overlap (as a search engine ranks documents for a query; the same proposition
 * weighs as much as the rarest word); the best few are kept.
 */
final class Pairing {

	private final Map<String, int[]> postings = new HashMap<>();
	/** The key of a proposition in the index (weighed as a word in one claim: the most telling). */
	private static final String PROPOSITION = "proposition\u0000";
	private final ClaimWords.Reading[] readings;
	private final List<CandidateInput.ClaimFacts> claims;
	private final Weights weights;
	private final int maxPosting;

	Pairing(List<CandidateInput.ClaimFacts> claims, ClaimWords.Reading[] readings, Weights weights) {
		this.claims = claims;
		this.readings = readings;
		this.weights = weights;
		int maxPosting = Math.min(400, Math.max(64, (int) (3 * Math.sqrt(readings.length))));
		Map<String, List<Integer>> lists = new HashMap<>();
		this.maxPosting = maxPosting;
		for (int i = 0; i < readings.length; i++) {
			for (String key : readings[i].keys().keySet()) {
				if (weights.frequency(key) > 1) {
					lists.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
				}
			}
			String proposition = claims.get(i).propositionId();
			if (proposition != null) {
				lists.computeIfAbsent(PROPOSITION + proposition, p -> new ArrayList<>()).add(i);
			}
		}
		lists.forEach((key, list) -> postings.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
	}

	/**
	 * The partners of claim {@code i} among the later claims: the {@code best} that overlap it most,
	 * and those of its proposition. {@code accumulator} is the caller's scratch array of one float per
	 * claim, all 0 (and left so).
	 */
	int[] partners(int i, float[] accumulator, int best) {
		int[] touched = new int[16];
		int count = 0;
		// the keys rare enough to pair on; a claim made only of common words pairs on its two rarest,
		// with their nearest claims only
		List<String> keys = new ArrayList<>();
		for (String key : readings[i].keys().keySet()) {
			int[] posting = postings.get(key);
			if (posting != null && posting.length <= maxPosting) {
				keys.add(key);
			}
		}
		boolean common = keys.size() < 2;
		if (common) {
			keys = readings[i].keys().keySet().stream().filter(postings::containsKey)
					.sorted(java.util.Comparator.comparingInt(weights::frequency)).limit(2).toList();
		}
		String proposition = claims.get(i).propositionId();
		if (proposition != null) { // the claims of its proposition count as sharing its rarest word
			keys = new ArrayList<>(keys);
			keys.add(PROPOSITION + proposition);
		}
		for (String key : keys) {
			int[] posting = postings.get(key);
			float w = (float) weights.weight(key);
			float w2 = w * w;
			int from = java.util.Arrays.binarySearch(posting, i);
			boolean capped = common || key.startsWith(PROPOSITION); // a large proposition: its nearest claims
			int last = capped ? Math.min(posting.length - 1, from + maxPosting) : posting.length - 1;
			for (int p = last; p >= 0 && posting[p] > i; p--) {
				int j = posting[p];
				if (accumulator[j] == 0) {
					if (count == touched.length) {
						touched = java.util.Arrays.copyOf(touched, 2 * count);
					}
					touched[count++] = j;
				}
				accumulator[j] += w2;
			}
		}
		// the best by cosine: a bounded min-heap of (score, claim)
		java.util.PriorityQueue<double[]> heap = new java.util.PriorityQueue<>(best + 1, (x, y) -> Double.compare(x[0], y[0]));
		for (int t = 0; t < count; t++) {
			int j = touched[t];
			double score = accumulator[j] / (weights.norm(j) + 1e-9);
			accumulator[j] = 0;
			if (heap.size() < best) {
				heap.add(new double[] { score, j });
			} else if (score > heap.peek()[0]) {
				heap.poll();
				heap.add(new double[] { score, j });
			}
		}
		int[] partners = new int[heap.size()];
		int k = 0;
		for (double[] entry : heap) {
			partners[k++] = (int) entry[1];
		}
		return partners;
	}
}
