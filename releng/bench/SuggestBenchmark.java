/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.collatio.suggest.ClaimSuggester;
import org.collatio.suggest.Suggestion;

/**
 * Suggested-claims benchmark, run by releng/bench/suggest against the product's jars: every .txt
 * under a folder (the BBC corpus: 2,095 articles), suggestions computed in parallel per document on
 * every core (ClaimSuggester.suggestAll, as `collatio suggest-claims` does). Prints the time of the
 * first run in the JVM (models loaded included) and the best of the following runs.
 *
 * Usage: java -cp 'PRODUCT/plugins/*' SuggestBenchmark.java FOLDER [RUNS]
 */
public class SuggestBenchmark {

	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args[0]);
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		List<String> texts = new ArrayList<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
				texts.add(Files.readString(f, StandardCharsets.UTF_8));
			}
		}
		long chars = texts.stream().mapToLong(String::length).sum();
		System.out.printf("%d documents, %.1f MB of text, %d cores%n", texts.size(), chars / 1e6, Runtime.getRuntime().availableProcessors());
		ClaimSuggester suggester = new ClaimSuggester();
		double best = Double.MAX_VALUE;
		for (int run = 1; run <= runs; run++) {
			long t0 = System.nanoTime();
			List<List<Suggestion>> all = suggester.suggestAll(texts, List.of(), null);
			double seconds = (System.nanoTime() - t0) / 1e9;
			int count = all.stream().mapToInt(List::size).sum();
			System.out.printf("run %d: %.2f s, %d suggestions%s%n", run, seconds, count, run == 1 ? " (first run: models loaded)" : "");
			if (run > 1) {
				best = Math.min(best, seconds);
			}
		}
		if (runs > 1) {
			System.out.printf("best of the following runs: %.2f s%n", best);
		}
	}
}
