/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.collatio.core.derived.ClaimIndex;
import org.collatio.core.store.CorpusStore;
import org.collatio.search.CandidateFinder;
import org.collatio.search.CandidateInput;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

/**
 * Benchmark of the candidate finder (issue 15; releng/bench/candidates runs it): the BBC corpus
 * annotated through the headless API as in the workbench benchmark ({@link BenchCorpus}: 5 claims per
 * article, 10,475 claims, or 50 with {@code -Dcollatio.bench.claims=50}), its snapshot taken once, then
 * the finder run on it as the Candidate Contradictions view runs it (top 50): the first run (WordNet
 * loaded and every word looked up) and the next ones (as after each command). A run taking longer
 * than {@code collatio.bench.timeout} seconds (120) is cancelled through its monitor and reported so.
 * Not a test (its name does not end in Test): run on purpose only.
 */
class CandidatesBenchmark {

	@Test
	void findCandidates() throws Exception {
		int claimsPerDocument = Integer.getInteger("collatio.bench.claims", 5);
		int timeout = Integer.getInteger("collatio.bench.timeout", 120);
		Path corpus = BenchCorpus.prepare(claimsPerDocument);
		try (CorpusStore store = CorpusStore.open(corpus)) {
			long t = System.nanoTime();
			CandidateInput input = CandidateInput.of(store.getCorpus(), ClaimIndex.of(store));
			print("claims %d, relations %d (decisions %d); snapshot read in %.1f s; %d cores", input.claims().size(), input.linkedPairs().size(),
					input.decisions().size(), (System.nanoTime() - t) / 1e9, Runtime.getRuntime().availableProcessors());
			List<Double> runs = new ArrayList<>();
			for (int run = 0; run < 4; run++) {
				long deadline = System.nanoTime() + timeout * 1_000_000_000L;
				NullProgressMonitor monitor = new NullProgressMonitor() {
					@Override
					public boolean isCanceled() {
						return System.nanoTime() > deadline;
					}
				};
				long start = System.nanoTime();
				try {
					List<CandidateFinder.Candidate> candidates = new CandidateFinder().find(input, 50, monitor);
					double seconds = (System.nanoTime() - start) / 1e9;
					runs.add(seconds);
					long agreements = candidates.stream().filter(c -> c.kind() == CandidateFinder.Kind.AGREEMENT).count();
					print("run %d (%s): %.2f s, %d candidates (%d agreements)", run + 1, run == 0 ? "first: WordNet loaded, words looked up" : "again",
							seconds, candidates.size(), agreements);
				} catch (OperationCanceledException e) {
					print("run %d: cancelled after %d s (did not finish)", run + 1, timeout);
					return;
				}
			}
			print("candidates for %d claims: first run %.2f s, then %.2f s (median of %d)", input.claims().size(), runs.get(0),
					runs.subList(1, runs.size()).stream().sorted().toList().get((runs.size() - 1) / 2), runs.size() - 1);
		} finally {
			BenchCorpus.delete(corpus);
		}
	}

	private static void print(String format, Object... args) throws java.io.IOException {
		String line = "BENCH " + String.format(Locale.ROOT, format, args);
		System.out.println(line);
		Path out = Path.of(System.getProperty("collatio.repository"), "target", "candidates-bench.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}
}
