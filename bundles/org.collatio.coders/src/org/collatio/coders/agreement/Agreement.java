/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.agreement;

/**
 * One agreement figure: its value, how many units it counts and among how many coders.
 * <p>
 * {@code value} is {@link Double#NaN} when the coefficient is undefined for the data: fewer than two
 * coders, nothing to pair (no unit coded by two coders, no unit of positive length, an empty
 * continuum), or no variation to measure chance against (every pairable value is the same
 * category; for alpha-u, an expected disagreement of zero). An undefined figure is neither full
 * agreement (1) nor chance (0); show it as "n/a".
 *
 * @param value the coefficient, at most 1 (1: perfect agreement, 0: chance, below 0: systematic
 *            disagreement), or NaN when undefined
 * @param units the units counted: for alpha-u the units identified by all coders together (after
 *            merging a coder's overlapping units of one category); for alpha and kappa the units
 *            that could be paired (coded by at least two coders, by both for kappa)
 * @param coders the number of coders compared
 */
public record Agreement(double value, int units, int coders) {

	/** Whether the coefficient is defined for the data, i.e. {@link #value()} is not NaN. */
	public boolean isDefined() {
		return !Double.isNaN(value);
	}
}
