/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search;

import java.util.List;

/**
 * Two logistic regressions over {@link PairFeatures}: how likely a pair contradicts, and how likely
 * it agrees. They start from prior weights (what a reader would expect: a word negated in one claim
 * only, antonyms, differing figures and opposite stances on the same topic point to a contradiction;
 * agreeing figures and the same stance to an agreement) and are fitted to the researcher's decisions
 * in the corpus and layer worked on (accepted as a contradiction, accepted as an agreement,
 * dismissed), with an L2 penalty that pulls them back to the prior: ten decisions move the weights a
 * little, hundreds move them far. Refitted at each run: a few milliseconds for thousands of decisions.
 */
final class Ranker {

	/** A decided pair: its features and what the researcher made of it. */
	record Example(double[] x, boolean contradicts, boolean agrees) {
	}

	static final double[] CONTRADICTION_PRIOR = { -3.0, 3.0, 4.0, 3.0, 2.5, -3.0, 0.6, 1.0, 3.5, -1.0, -1.0, 0.8, 1.2, 2.0, -1.0, 1.0, 1.5, 2.0, 1.5 };
	static final double[] AGREEMENT_PRIOR = { -3.0, 4.0, -4.0, -3.0, -3.0, 3.0, 0.3, 1.0, -4.0, 2.5, -1.5, -1.0, -1.0, -3.0, 1.5, 0.0, -1.0, -2.0, -1.5 };
	private static final double PENALTY = 8;
	private static final int ITERATIONS = 400;

	final double[] contradiction;
	final double[] agreement;

	private Ranker(double[] contradiction, double[] agreement) {
		this.contradiction = contradiction;
		this.agreement = agreement;
	}

	/** The prior, fitted to the examples (the prior itself when there are none). */
	static Ranker fit(List<Example> examples) {
		return new Ranker(fit(CONTRADICTION_PRIOR, examples, true), fit(AGREEMENT_PRIOR, examples, false));
	}

	/** Gradient descent on the mean log loss plus PENALTY/2n times the squared distance to the prior. */
	private static double[] fit(double[] prior, List<Example> examples, boolean contradiction) {
		double[] w = prior.clone();
		int n = examples.size();
		if (n == 0) {
			return w;
		}
		// a step below 1/L, L bounding the curvature of the objective: a quarter of the largest squared
		// feature norm for the log loss, plus the penalty
		double largest = examples.stream().mapToDouble(e -> java.util.Arrays.stream(e.x()).map(v -> v * v).sum()).max().orElse(1);
		double rate = 1 / (0.25 * largest + PENALTY / n);
		double[] gradient = new double[w.length];
		for (int iteration = 0; iteration < ITERATIONS; iteration++) {
			java.util.Arrays.fill(gradient, 0);
			for (Example example : examples) {
				double error = probability(w, example.x()) - (contradiction ? (example.contradicts() ? 1 : 0) : (example.agrees() ? 1 : 0));
				for (int k = 0; k < w.length; k++) {
					gradient[k] += error * example.x()[k];
				}
			}
			for (int k = 0; k < w.length; k++) {
				w[k] -= rate * (gradient[k] / n + PENALTY * (w[k] - prior[k]) / n);
			}
		}
		return w;
	}

	static double probability(double[] w, double[] x) {
		double z = 0;
		for (int k = 0; k < w.length; k++) {
			z += w[k] * x[k];
		}
		return 1 / (1 + Math.exp(-z));
	}

	double contradiction(double[] x) {
		return probability(contradiction, x);
	}

	double agreement(double[] x) {
		return probability(agreement, x);
	}
}
