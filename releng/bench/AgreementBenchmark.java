/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.collatio.coders.agreement.Agreement;
import org.collatio.coders.agreement.AlphaU;
import org.collatio.coders.agreement.CodedUnit;
import org.collatio.coders.agreement.CodingData;
import org.collatio.coders.agreement.Continuum;
import org.collatio.coders.agreement.NominalAgreement;
import org.collatio.coders.agreement.Unit;
import org.collatio.coders.agreement.UnitizingData;
import org.collatio.coders.agreement.UnitizingReport;

/**
 * Agreement benchmark, run by releng/bench/agreement against the product's jars: two coders'
 * layers on 2,095 documents of 2,000-6,000 characters, 50,000 spans each in 10 categories (half of
 * them identical in both layers, a quarter shifted by a few characters, a quarter in one layer only),
 * and 20,000 claims coded with one of 6 values by both. Computes alpha-u over the corpus, per
 * category and per document, then nominal alpha and Cohen's kappa of the claims, and prints the
 * figures and the time of each, first run in the JVM and best of the following runs.
 *
 * Usage: java -cp 'PRODUCT/plugins/*' AgreementBenchmark.java [RUNS]
 */
public class AgreementBenchmark {

	static final int DOCUMENTS = 2_095;
	static final int SPANS = 50_000;
	static final int CATEGORIES = 10;
	static final int CLAIMS = 20_000;

	public static void main(String[] args) {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
		Random random = new Random(13);
		UnitizingData layers = layers(random);
		CodingData claims = claims(random);
		System.out.printf("data: %d documents, %,d characters, %,d spans (2 coders, %d categories); %,d claims%n", layers.continua().size(),
				layers.continua().stream().mapToLong(Continuum::length).sum(), layers.units().size(), CATEGORIES, claims.units().size());

		double first = 0;
		double best = Double.MAX_VALUE;
		UnitizingReport report = null;
		Agreement alpha = null;
		Agreement kappa = null;
		for (int run = 0; run < runs; run++) {
			long start = System.nanoTime();
			report = AlphaU.of(layers);
			alpha = NominalAgreement.alpha(claims);
			kappa = NominalAgreement.cohensKappa(claims);
			double seconds = (System.nanoTime() - start) / 1e9;
			if (run == 0) {
				first = seconds;
			}
			best = Math.min(best, seconds);
		}
		System.out.printf("alpha-u, corpus: %.4f (%,d units once a coder's overlapping spans of one category are merged)%n", report.corpus().overall().value(), report.corpus().overall().units());
		report.corpus().byCategory().forEach((category, a) -> System.out.printf("  %-6s %.4f (%,d units)%n", category, a.value(), a.units()));
		double[] perDocument = report.byDocument().values().stream().mapToDouble(d -> d.overall().value()).filter(v -> !Double.isNaN(v)).sorted().toArray();
		System.out.printf("alpha-u per document: %d documents, median %.4f, min %.4f, max %.4f%n", report.byDocument().size(),
				perDocument[perDocument.length / 2], perDocument[0], perDocument[perDocument.length - 1]);
		System.out.printf("claims: nominal alpha %.4f, Cohen's kappa %.4f (%,d units)%n", alpha.value(), kappa.value(), kappa.units());
		System.out.printf("time (alpha-u corpus + categories + documents, alpha, kappa): first run %.2f s, best of %d %.2f s%n", first, runs, best);
	}

	/** Each coder's 50,000 spans: half in both layers, a quarter shifted in the second, a quarter in one only. */
	static UnitizingData layers(Random random) {
		List<Continuum> documents = new ArrayList<>();
		for (int i = 0; i < DOCUMENTS; i++) {
			documents.add(new Continuum("doc" + i, 2_000 + random.nextInt(4_001)));
		}
		List<Unit> units = new ArrayList<>();
		for (int i = 0; i < SPANS; i++) {
			Continuum document = documents.get(i * DOCUMENTS / SPANS);
			int length = 10 + random.nextInt(191);
			int begin = random.nextInt(document.length() - length);
			String category = "tag" + random.nextInt(CATEGORIES);
			units.add(new Unit("ana", document.document(), begin, begin + length, category));
			switch (i % 4) {
			case 0, 1 -> units.add(new Unit("ben", document.document(), begin, begin + length, category));
			case 2 -> {
				int from = Math.max(0, begin + random.nextInt(21) - 10);
				int to = Math.min(document.length(), Math.max(from + 1, begin + length + random.nextInt(21) - 10));
				units.add(new Unit("ben", document.document(), from, to, category));
			}
			default -> {
				int other = random.nextInt(document.length() - length);
				units.add(new Unit("ben", document.document(), other, other + length, "tag" + random.nextInt(CATEGORIES)));
			}
			}
		}
		return new UnitizingData(List.of("ana", "ben"), documents, units);
	}

	/** 20,000 claims: the second coder gives the first one's value 4 times in 5. */
	static CodingData claims(Random random) {
		List<CodedUnit> units = new ArrayList<>();
		for (int i = 0; i < CLAIMS; i++) {
			String value = "stance" + random.nextInt(6);
			Map<String, String> values = new HashMap<>();
			values.put("ana", value);
			values.put("ben", random.nextInt(5) > 0 ? value : "stance" + random.nextInt(6));
			units.add(new CodedUnit("doc" + (i % DOCUMENTS) + "#claim" + i, values));
		}
		return new CodingData(List.of("ana", "ben"), units);
	}
}
