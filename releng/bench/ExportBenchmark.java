/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.collatio.core.store.CorpusStore;
import org.collatio.io.ExportFormat;
import org.collatio.io.ExportFormats;
import org.collatio.io.ExportScope;
import org.collatio.io.ExportSummary;
import org.collatio.io.Progress;

/**
 * Export benchmark, run by releng/bench/export against the product's jars: exports a corpus to
 * every format of the registry, each in a fresh store, and prints the time, the peak heap (over
 * all heap pools, reset before each export) and the size written.
 *
 * Usage: java -cp 'PRODUCT/plugins/*' ExportBenchmark.java CORPUS_DIR OUT_DIR
 */
public class ExportBenchmark {

	public static void main(String[] args) throws Exception {
		Path corpus = Path.of(args[0]);
		Path out = Path.of(args[1]);
		System.out.printf("%-9s %8s %10s %10s  %s%n", "format", "time", "peak heap", "written", "what");
		for (ExportFormat format : ExportFormats.all()) {
			System.gc();
			ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
			long start = System.nanoTime();
			ExportSummary summary;
			try (CorpusStore store = CorpusStore.open(corpus)) {
				summary = format.export(store, ExportScope.WHOLE_CORPUS, format.defaultDestination(out, "bbc"), Progress.NONE);
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
					.mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
			System.out.printf("%-9s %7.1fs %8d MB %7d MB  %s%n", format.id(), seconds, peak >> 20, size(summary.output()) >> 20,
					summary.describeCounts());
		}
	}

	private static long size(Path path) throws Exception {
		try (Stream<Path> files = Files.walk(path)) {
			return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
		}
	}
}
