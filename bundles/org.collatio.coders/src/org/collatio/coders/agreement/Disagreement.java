/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.agreement;

import java.util.Arrays;

/**
 * The observed and expected disagreement of one category on one continuum, after Krippendorff
 * (1995; 2004): alpha-u of the category is {@code 1 - observed / expected}, and over
 * all categories {@code 1 - sum(observed) / sum(expected)}.
 * <p>
 * Observed: for each ordered pair of coders, the squared distance of every segment of one coder's
 * continuum (a unit of the category or a gap) to every segment of the other's: two overlapping units
 * differ by the squares of their begin and end differences; a unit inside a gap of the other coder
 * by its squared length; anything else by nothing. Summed over all pairs and divided by
 * {@code m(m-1)L^2}. Computed with one merge of each pair's sorted units: a unit that overlaps no unit
 * of the other coder lies inside one of its gaps.
 * <p>
 * Expected: over every unit of the category (length l, any coder; N of them) and every gap (any coder):
 * {@code (2/L) * sum_units[(N-1)(2l^3-3l^2+l)/3 + l^2 * sum_{gaps g >= l}(g-l+1)] / (mL(mL-1) - sum_units l(l-1))},
 * the inner sum from the gaps sorted by length (suffix sums and a binary search per unit).
 * Cost: O(m^2 n + n log n) for n units.
 */
record Disagreement(double observed, double expected) {

	static Disagreement of(Layer layer) {
		int m = layer.coders();
		double lengthSquared = (double) layer.length * layer.length;
		double observed = 0;
		for (int i = 0; i < m; i++) {
			for (int j = i + 1; j < m; j++) {
				observed += 2 * pairDistance(layer.begins[i], layer.ends[i], layer.begins[j], layer.ends[j]);
			}
		}
		observed /= m * (m - 1.0) * lengthSquared;
		return new Disagreement(observed, expected(layer));
	}

	/** The sum of squared distances between the segments of two coders' continua. */
	private static double pairDistance(long[] b1, long[] e1, long[] b2, long[] e2) {
		boolean[] paired1 = new boolean[b1.length];
		boolean[] paired2 = new boolean[b2.length];
		double sum = 0;
		int p = 0;
		int q = 0;
		while (p < b1.length && q < b2.length) {
			if (b1[p] < e2[q] && b2[q] < e1[p]) {
				double begins = b1[p] - b2[q];
				double ends = e1[p] - e2[q];
				sum += begins * begins + ends * ends;
				paired1[p] = true;
				paired2[q] = true;
			}
			if (e1[p] < e2[q]) { // the unit that ends first overlaps nothing further on
				p++;
			} else if (e1[p] > e2[q]) {
				q++;
			} else {
				p++;
				q++;
			}
		}
		return sum + unpaired(b1, e1, paired1) + unpaired(b2, e2, paired2);
	}

	private static double unpaired(long[] begins, long[] ends, boolean[] paired) {
		double sum = 0;
		for (int k = 0; k < begins.length; k++) {
			if (!paired[k]) {
				double length = ends[k] - begins[k];
				sum += length * length;
			}
		}
		return sum;
	}

	private static double expected(Layer layer) {
		int m = layer.coders();
		long units = layer.units();
		long[] gaps = gaps(layer);
		Arrays.sort(gaps);
		long[] suffix = new long[gaps.length + 1]; // suffix[k]: sum of gaps[k..]
		for (int k = gaps.length - 1; k >= 0; k--) {
			suffix[k] = suffix[k + 1] + gaps[k];
		}
		double numerator = 0;
		double selfPairs = 0;
		for (int coder = 0; coder < m; coder++) {
			for (int k = 0; k < layer.begins[coder].length; k++) {
				long l = layer.ends[coder][k] - layer.begins[coder][k];
				int from = firstAtLeast(gaps, l);
				long fitting = suffix[from] - (l - 1) * (gaps.length - from); // sum over gaps g >= l of (g - l + 1)
				numerator += (units - 1) * ((double) l * (l - 1) * (2 * l - 1) / 3) + (double) l * l * fitting;
				selfPairs += (double) l * (l - 1);
			}
		}
		double total = (double) m * layer.length;
		return 2.0 / layer.length * numerator / (total * (total - 1) - selfPairs);
	}

	/** Every gap of every coder: the stretches of positive length between its units and the ends. */
	private static long[] gaps(Layer layer) {
		long[] gaps = new long[layer.units() + layer.coders()];
		int n = 0;
		for (int coder = 0; coder < layer.coders(); coder++) {
			long position = 0;
			long[] b = layer.begins[coder];
			long[] e = layer.ends[coder];
			for (int k = 0; k < b.length; k++) {
				if (b[k] > position) {
					gaps[n++] = b[k] - position;
				}
				position = e[k];
			}
			if (layer.length > position) {
				gaps[n++] = layer.length - position;
			}
		}
		return Arrays.copyOf(gaps, n);
	}

	private static int firstAtLeast(long[] sorted, long value) {
		int low = 0;
		int high = sorted.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (sorted[mid] < value) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		return low;
	}
}
