/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.collatio.core.store.CorpusStore;
import org.collatio.search.CorpusIndex;

/**
 * Query latency on an indexed corpus (run by releng/bench/search against the product's jars):
 * typical queries, warmed up, then timed one by one, results with passages included.
 *
 * Usage: java -cp 'PRODUCT/plugins/*' SearchBenchmark.java CORPUS_DIR
 */
public class SearchBenchmark {

	static final List<String> QUERIES = List.of("Blair", "\"mobile phone\"", "economy AND growth", "election OR vote", "outlet:bbc",
			"title:chelsea", "\"interest rates\"~3", "film AND NOT oscar", "music download*", "date:[2004 TO 2005] AND microsoft",
			"tag:claim", "government -labour", "champion", "\"world cup\"", "games AND console AND sony");

	public static void main(String[] args) throws Exception {
		try (CorpusStore store = CorpusStore.open(Path.of(args[0])); CorpusIndex index = CorpusIndex.open(store)) {
			for (int i = 0; i < 20; i++) {
				for (String query : QUERIES) {
					index.search(query, 20);
				}
			}
			int rounds = 20;
			double[] times = new double[QUERIES.size() * rounds];
			int n = 0;
			for (int r = 0; r < rounds; r++) {
				for (String query : QUERIES) {
					long t = System.nanoTime();
					index.search(query, 20);
					times[n++] = (System.nanoTime() - t) / 1e6;
				}
			}
			Arrays.sort(times);
			System.out.printf("query latency (top 20 documents with passages, warm), %d queries: median %.2f ms, p99 %.2f ms, max %.2f ms%n",
					times.length, times[times.length / 2], times[times.length * 99 / 100], times[times.length - 1]);
		}
	}
}
