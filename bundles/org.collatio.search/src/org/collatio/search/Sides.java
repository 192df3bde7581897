/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which speakers the researcher has found on opposite sides: for each pair of different speakers, how
 * many pairs of their claims were confirmed as contradicting and how many as agreeing in this corpus
 * and layer. Two speakers who contradicted each other before are likelier to again (a government and
 * its critics); two who agreed, less. Learned from the decisions only, no list of anyone's allies.
 */
final class Sides {

	private final Map<String, int[]> counts = new HashMap<>();

	Sides(List<CandidateInput.ClaimFacts> claims, List<CandidateInput.Decision> decisions) {
		if (decisions.isEmpty()) {
			return;
		}
		Map<String, String> speakerOf = new HashMap<>();
		for (CandidateInput.ClaimFacts claim : claims) {
			if (claim.speakerId() != null) {
				speakerOf.put(claim.key(), claim.speakerId());
			}
		}
		for (CandidateInput.Decision decision : decisions) {
			String pair = pair(speakerOf.get(decision.first()), speakerOf.get(decision.second()));
			if (pair != null && decision.verdict() != CandidateInput.Verdict.DISMISSED) {
				counts.computeIfAbsent(pair, p -> new int[2])[decision.verdict() == CandidateInput.Verdict.CONTRADICTS ? 0 : 1]++;
			}
		}
	}

	/**
	 * How opposed the speakers of two claims have been found, -1 (they agree) to 1 (they contradict
	 * each other), 0 when unknown or one speaker; {@code own} is a decision on this very pair, left
	 * out (a decision is not evidence for itself), or null.
	 */
	double of(CandidateInput.ClaimFacts a, CandidateInput.ClaimFacts b, CandidateInput.Verdict own) {
		if (counts.isEmpty()) {
			return 0;
		}
		int[] count = counts.get(pair(a.speakerId(), b.speakerId()));
		if (count == null) {
			return 0;
		}
		int contradictions = count[0] - (own == CandidateInput.Verdict.CONTRADICTS ? 1 : 0);
		int agreements = count[1] - (own == CandidateInput.Verdict.AGREES ? 1 : 0);
		return (contradictions - agreements) / (contradictions + agreements + 1.0);
	}

	private static String pair(String x, String y) {
		return x == null || y == null || x.equals(y) ? null : CandidateFinder.key(x, y);
	}
}
