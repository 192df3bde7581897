/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.agreement;

import java.util.HashMap;
import java.util.Map;

/**
 * Agreement on nominal values of given units: Krippendorff's alpha (any number of coders, missing
 * values allowed) and Cohen's kappa (two coders). Values are compared with {@link String#equals},
 * never by hash code or as numbers. Undefined figures are NaN (see {@link Agreement}).
 * <p>
 * Pure functions of immutable input, linear in the number of values: they run on any thread.
 */
public final class NominalAgreement {

	private NominalAgreement() {
	}

	/**
	 * Krippendorff's alpha for nominal data: from the
	 * coincidences of values within each unit coded by at least two coders (each unit weighted by
	 * {@code 1/(m_u - 1)} for its {@code m_u} values),
	 * {@code alpha = 1 - (n - 1) * (n - sum_c o_cc) / (n^2 - sum_c n_c^2)} over the {@code n} pairable
	 * values. Units coded by fewer than two coders are not counted. NaN when no unit is pairable or all
	 * pairable values are one category.
	 *
	 * @return the figure, with the number of pairable units and of coders of the data
	 */
	public static Agreement alpha(CodingData data) {
		long values = 0; // n
		double coinciding = 0; // sum_c o_cc
		Map<String, Long> totals = new HashMap<>(); // n_c
		int units = 0;
		Map<String, Integer> inUnit = new HashMap<>();
		for (CodedUnit unit : data.units()) {
			int m = unit.values().size();
			if (m < 2) {
				continue;
			}
			inUnit.clear();
			unit.values().values().forEach(value -> inUnit.merge(value, 1, Integer::sum));
			for (Map.Entry<String, Integer> count : inUnit.entrySet()) {
				long n = count.getValue();
				coinciding += (double) (n * (n - 1)) / (m - 1);
				totals.merge(count.getKey(), n, Long::sum);
			}
			values += m;
			units++;
		}
		double squares = 0;
		for (long n : totals.values()) {
			squares += (double) n * n;
		}
		double variation = (double) values * values - squares;
		double value = variation > 0 ? 1 - (values - 1) * (values - coinciding) / variation : Double.NaN;
		return new Agreement(value, units, data.coders().size());
	}

	/**
	 * Cohen's kappa of a study with exactly two coders.
	 *
	 * @throws IllegalArgumentException when the data has another number of coders
	 * @see #cohensKappa(CodingData, String, String)
	 */
	public static Agreement cohensKappa(CodingData data) {
		if (data.coders().size() != 2) {
			throw new IllegalArgumentException("Cohen's kappa compares exactly two coders, not " + data.coders());
		}
		return cohensKappa(data, data.coders().get(0), data.coders().get(1));
	}

	/**
	 * Cohen's kappa (1960) of two coders over the units both coded (the others are not counted):
	 * {@code (p_o - p_e) / (1 - p_e)}, with {@code p_o} the share of those units on which they agree
	 * and {@code p_e} the agreement expected from each coder's own distribution of values. NaN when
	 * no unit was coded by both, or both gave one and the same value throughout ({@code p_e = 1}).
	 *
	 * @return the figure, with the number of units both coded and 2 coders
	 * @throws IllegalArgumentException when a coder is not one of the data's, or both are the same
	 */
	public static Agreement cohensKappa(CodingData data, String first, String second) {
		if (!data.coders().contains(first) || !data.coders().contains(second) || first.equals(second)) {
			throw new IllegalArgumentException("two distinct coders of " + data.coders() + " expected, not " + first + " and " + second);
		}
		long units = 0;
		long agreeing = 0;
		Map<String, long[]> marginals = new HashMap<>(); // value -> {uses by first, uses by second}
		for (CodedUnit unit : data.units()) {
			String a = unit.values().get(first);
			String b = unit.values().get(second);
			if (a == null || b == null) {
				continue;
			}
			units++;
			if (a.equals(b)) {
				agreeing++;
			}
			marginals.computeIfAbsent(a, v -> new long[2])[0]++;
			marginals.computeIfAbsent(b, v -> new long[2])[1]++;
		}
		// kappa = (N * agreeing - sum_c a_c b_c) / (N^2 - sum_c a_c b_c), exact in integers up to there
		long chance = 0;
		for (long[] uses : marginals.values()) {
			chance += uses[0] * uses[1];
		}
		long denominator = units * units - chance;
		double value = denominator > 0 ? (double) (units * agreeing - chance) / denominator : Double.NaN;
		return new Agreement(value, Math.toIntExact(units), 2);
	}
}
