/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search;

import java.util.HashMap;
import java.util.Map;

/**
 * How much each key of the claims' readings tells: rare keys more (inverse document frequency over
 * the claims), a WordNet sense a little less than a word, a broader term less still; and the norm
 * of each claim's weighted keys, for cosines.
 */
final class Weights {

	private final Map<String, Integer> frequency = new HashMap<>();
	private final Map<String, Double> weights = new HashMap<>();
	private final double[] normOf;
	private final int claims;

	Weights(ClaimWords.Reading[] readings) {
		this.claims = readings.length;
		for (ClaimWords.Reading reading : readings) {
			reading.keys().keySet().forEach(key -> frequency.merge(key, 1, Integer::sum));
		}
		frequency.forEach((key, df) -> weights.put(key, Math.log(1.0 + (double) claims / df) * (key.startsWith(Lexicon.BROADER) ? 0.4
				: key.startsWith(Lexicon.SENSE) ? 0.7 : 1.0)));
		normOf = new double[readings.length];
		for (int i = 0; i < readings.length; i++) {
			double sum = 0;
			for (String key : readings[i].keys().keySet()) {
				double w = weights.get(key);
				sum += w * w;
			}
			normOf[i] = Math.sqrt(sum);
		}
	}

	/** The weight of a key (of a key the claims do not have: as if in one claim). */
	double weight(String key) {
		Double weight = weights.get(key);
		return weight != null ? weight : Math.log(1.0 + claims);
	}

	/** In how many claims a key is. */
	int frequency(String key) {
		return frequency.getOrDefault(key, 0);
	}

	double norm(int claim) {
		return normOf[claim];
	}
}
