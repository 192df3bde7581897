/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.collatio.search.CandidateFinder;

/**
 * A reading of articles kept as a fixture (fixtures/READING/claims.tsv and pairs.tsv, see the
 * fixtures' README): the claims a researcher made (name, document, speaker, exact quote) and the
 * pairs among them that contradict or agree.
 */
record SeedReading(List<Claim> claims, Map<Set<String>, String> pairs) {

	/** A claim of the reading; {@code quote} is the exact text of the article. */
	record Claim(String name, String document, String speaker, String quote) {
	}

	/** What a ranking scores on a reading. */
	record Figures(int contradictionsInTop, int contradictions, int agreementsInTop, List<String> top) {

		double recall() {
			return contradictions == 0 ? 0 : (double) contradictionsInTop / contradictions;
		}
	}

	static Path fixtures() {
		String root = System.getProperty("collatio.repository");
		return Path.of(root != null ? root : "../..").resolve("bundles/org.collatio.search.tests/fixtures");
	}

	static SeedReading read(String name) throws IOException {
		Path folder = fixtures().resolve(name);
		List<Claim> claims = new ArrayList<>();
		for (String line : Files.readAllLines(folder.resolve("claims.tsv"))) {
			if (!line.startsWith("#") && !line.isBlank()) {
				String[] f = line.split("\t", -1);
				claims.add(new Claim(f[0], f[1], f[2], f[3].replace("\\n", "\n")));
			}
		}
		Map<Set<String>, String> pairs = new LinkedHashMap<>();
		for (String line : Files.readAllLines(folder.resolve("pairs.tsv"))) {
			if (!line.startsWith("#") && !line.isBlank()) {
				String[] f = line.split("\t");
				pairs.put(Set.of(f[0], f[1]), f[2]);
			}
		}
		return new SeedReading(claims, pairs);
	}

	/**
	 * The first {@code n} candidates proposed as contradictions, scored against the reading:
	 * {@code nameOf} maps a candidate's claim id to its name in the reading.
	 */
	Figures score(List<CandidateFinder.Candidate> candidates, Map<String, String> nameOf, int n) {
		int found = 0;
		int agreements = 0;
		List<String> top = new ArrayList<>();
		for (CandidateFinder.Candidate candidate : candidates) {
			if (candidate.kind() != CandidateFinder.Kind.CONTRADICTION || top.size() == n) {
				continue;
			}
			Set<String> pair = Set.of(nameOf.get(candidate.first().id()), nameOf.get(candidate.second().id()));
			String truth = pairs.getOrDefault(pair, "-");
			found += truth.equals("contradicts") ? 1 : 0;
			agreements += truth.equals("agrees") ? 1 : 0;
			top.add(pair + " " + truth + " " + candidate.reasons());
		}
		int contradictions = (int) pairs.values().stream().filter("contradicts"::equals).count();
		return new Figures(found, contradictions, agreements, top);
	}
}
