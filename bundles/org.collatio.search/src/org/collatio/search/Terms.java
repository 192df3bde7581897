/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The claims' keys numbered, for fast overlaps: each claim's keys as a sorted array of numbers, with
 * their weights and whether each comes from names only. Two claims' overlap is then a merge of two
 * short arrays, not a look-up per key.
 */
final class Terms {

	/** What two claims share: the weighted overlap, the part of it that is not names, the keys shared. */
	record Overlap(double topic, double contentTopic, String[] shared) {
	}

	private final int[][] ids;
	private final boolean[][] names;
	private final double[] weight;
	private final double[] norms;
	private final String[] keyOf;

	Terms(ClaimWords.Reading[] readings, Weights weights) {
		Map<String, Integer> numbers = new HashMap<>();
		ids = new int[readings.length][];
		for (int i = 0; i < readings.length; i++) {
			int[] claimIds = new int[readings[i].keys().size()];
			int k = 0;
			for (String key : readings[i].keys().keySet()) {
				claimIds[k++] = numbers.computeIfAbsent(key, x -> numbers.size());
			}
			Arrays.sort(claimIds);
			ids[i] = claimIds;
		}
		keyOf = new String[numbers.size()];
		weight = new double[numbers.size()];
		numbers.forEach((key, id) -> {
			keyOf[id] = key;
			weight[id] = weights.weight(key);
		});
		names = new boolean[readings.length][];
		norms = new double[readings.length];
		for (int i = 0; i < readings.length; i++) {
			names[i] = new boolean[ids[i].length];
			for (int k = 0; k < ids[i].length; k++) {
				String key = keyOf[ids[i][k]];
				names[i][k] = readings[i].names().contains(key) || key.startsWith("entity:");
			}
			norms[i] = weights.norm(i);
		}
	}

	/** The overlap of claims {@code i} and {@code j}. */
	Overlap overlap(int i, int j) {
		int[] a = ids[i];
		int[] b = ids[j];
		double dot = 0;
		double content = 0;
		String[] shared = new String[Math.min(a.length, b.length)];
		int count = 0;
		for (int p = 0, q = 0; p < a.length && q < b.length;) {
			if (a[p] < b[q]) {
				p++;
			} else if (a[p] > b[q]) {
				q++;
			} else {
				double w = weight[a[p]];
				dot += w * w;
				if (!names[i][p] && !names[j][q]) {
					content += w * w;
				}
				shared[count++] = keyOf[a[p]];
				p++;
				q++;
			}
		}
		double norm = norms[i] * norms[j];
		double topic = norm == 0 ? 0 : Math.min(1, dot / norm);
		return new Overlap(topic, dot == 0 ? 0 : topic * content / dot, Arrays.copyOf(shared, count));
	}
}
