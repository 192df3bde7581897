/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.agreement;

import java.util.Arrays;
import java.util.List;

/**
 * One category on one continuum, as alpha-u sees it: for each coder, the units of that category as
 * sorted, pairwise disjoint {@code [begin, end)} intervals of positive length. Everything else of a
 * coder's continuum is gap.
 */
final class Layer {

	final long length;
	final long[][] begins;
	final long[][] ends;

	private Layer(long length, long[][] begins, long[][] ends) {
		this.length = length;
		this.begins = begins;
		this.ends = ends;
	}

	int coders() {
		return begins.length;
	}

	int units() {
		int units = 0;
		for (long[] b : begins) {
			units += b.length;
		}
		return units;
	}

	/** One coder's units of one category on a document, in any order, overlapping or empty. */
	static final class Units {
		private long[] packed = new long[4];
		private int size;

		void add(int begin, int end) {
			if (end > begin) { // an empty unit carries no length, so no weight in alpha-u
				if (size == packed.length) {
					packed = Arrays.copyOf(packed, size * 2);
				}
				packed[size++] = (long) begin << 32 | end;
			}
		}
	}

	/**
	 * The layer of a document. A coder's overlapping units of the category become one unit (their
	 * union), as alpha-u requires a coder's units of one category to be disjoint; units that only
	 * touch stay two.
	 */
	static Layer ofDocument(int length, Units[] byCoder) {
		long[][] begins = new long[byCoder.length][];
		long[][] ends = new long[byCoder.length][];
		for (int coder = 0; coder < byCoder.length; coder++) {
			Units units = byCoder[coder];
			long[] packed = units == null ? new long[0] : Arrays.copyOf(units.packed, units.size);
			Arrays.sort(packed); // by begin, then end
			long[] b = new long[packed.length];
			long[] e = new long[packed.length];
			int n = 0;
			for (long p : packed) {
				long begin = p >>> 32;
				long end = p & 0xFFFF_FFFFL;
				if (n > 0 && begin < e[n - 1]) {
					e[n - 1] = Math.max(e[n - 1], end);
				} else {
					b[n] = begin;
					e[n] = end;
					n++;
				}
			}
			begins[coder] = Arrays.copyOf(b, n);
			ends[coder] = Arrays.copyOf(e, n);
		}
		return new Layer(length, begins, ends);
	}

	/** Layers of consecutive documents, laid end to end from the given offsets, as one continuum. */
	static Layer concatenate(List<Layer> layers, List<Long> offsets, long length, int coders) {
		long[][] begins = new long[coders][];
		long[][] ends = new long[coders][];
		for (int coder = 0; coder < coders; coder++) {
			int size = 0;
			for (Layer layer : layers) {
				size += layer.begins[coder].length;
			}
			long[] b = new long[size];
			long[] e = new long[size];
			int n = 0;
			for (int i = 0; i < layers.size(); i++) {
				long offset = offsets.get(i);
				long[] lb = layers.get(i).begins[coder];
				long[] le = layers.get(i).ends[coder];
				for (int k = 0; k < lb.length; k++, n++) {
					b[n] = lb[k] + offset;
					e[n] = le[k] + offset;
				}
			}
			begins[coder] = b;
			ends[coder] = e;
		}
		return new Layer(length, begins, ends);
	}
}
