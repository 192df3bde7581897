/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, "never loses work": an import of 300 articles and exports, each in a JVM of its own,
 * killed (SIGKILL) at seeded random moments. Afterwards the corpus opens (or nothing was stored
 * yet), the same import run again completes it with exactly one document per distinct article, and
 * the next export to the same destination succeeds and leaves nothing hidden beside it.
 * {@code -Dcollatio.kill.seed=N} replays a run.
 */
class KillTest {

	static final long DEFAULT_SEED = 20_260_311L;
	private static final int ARTICLES = 300;
	private static final int KILLS = 10;

	@TempDir
	Path dir;

	private long seed() {
		long seed = Long.getLong("collatio.kill.seed", DEFAULT_SEED);
		System.out.println("KillTest: seed " + seed + " (replay with -Dcollatio.kill.seed=" + seed + ")");
		return seed;
	}

	@Test
	void aKilledImportLeavesACorpusThatOpensAndARerunCompletesIt() throws Exception {
		long seed = seed();
		long testStart = System.nanoTime();
		Random random = new Random(seed);
		Path in = dir.resolve("in");
		Articles.copy(ARTICLES, seed, in);
		int distinct = distinctContents(in);
		ChildCli child = ChildCli.create(dir.resolve("cp"));

		Path control = dir.resolve("control");
		long start = System.nanoTime();
		int code = runToEnd(child, dir.resolve("control.log"), "import", "--quiet", "--corpus", control.toString(), in.toString());
		long controlMillis = (System.nanoTime() - start) / 1_000_000;
		assertEquals(0, code, "the control import in a child JVM must succeed; " + child.describe() + "\n" + Files.readString(dir.resolve("control.log")));
		Set<String> expectedIds = documentIds(control);
		assertEquals(distinct, expectedIds.size(), "the control import holds one document per distinct article");
		System.out.printf("KillTest: control import of %d articles (%d distinct) in a child JVM: %d ms%n", ARTICLES, distinct, controlMillis);

		List<String> failures = new ArrayList<>();
		for (int kill = 0; kill < KILLS; kill++) {
			long delay = killDelay(random, controlMillis);
			Path corpus = dir.resolve("killed-" + kill);
			boolean finished = runAndKill(child, dir.resolve("killed-" + kill + ".log"), delay, "import", "--quiet", "--corpus", corpus.toString(), in.toString());
			String what = String.format("seed %d kill %d (import killed after %d ms)%s", seed, kill, delay, finished ? " [it had finished]" : "");
			int texts = countTexts(corpus);
			System.out.printf("KillTest: %s: %d text files, corpus.xmi %s%n", what, texts, Files.exists(corpus.resolve("corpus.xmi")) ? "present" : "absent");
			if (!Files.isRegularFile(corpus.resolve("corpus.xmi"))) {
				if (texts > 0) {
					CliRun info = CliRun.of("info", "--corpus", corpus.toString());
					failures.add(what + ": " + texts + " text files stored but no corpus.xmi: info exits " + info.code() + ": " + CliRun.firstLines(info.err(), 2));
				}
			} else {
				try (CorpusStore store = CorpusStore.open(corpus)) {
					store.getCorpus().getDocuments().size();
				} catch (CorpusException | RuntimeException e) {
					failures.add(what + ": the corpus does not open: " + e.getMessage());
				}
			}
			CliRun rerun = CliRun.of("import", "--quiet", "--corpus", corpus.toString(), in.toString());
			rerun.problems(List.of(corpus.toString(), in.toString())).forEach(p -> failures.add(what + ": re-run: " + p));
			if (rerun.code() != 0 && rerun.code() != 1) {
				failures.add(what + ": the re-run exits " + rerun.code() + ": " + CliRun.firstLines(rerun.err(), 3));
				continue;
			}
			List<String> notDuplicates = rerun.err().lines().filter(l -> l.startsWith("rejected ") && !l.contains("duplicate")).toList();
			if (!notDuplicates.isEmpty()) {
				failures.add(what + ": the re-run rejects " + notDuplicates.size() + " articles for another reason than a duplicate, e.g. " + notDuplicates.get(0));
			}
			Set<String> ids;
			try {
				ids = documentIds(corpus);
			} catch (CorpusException e) {
				failures.add(what + ": after the re-run the corpus does not open: " + e.getMessage());
				continue;
			}
			if (!ids.equals(expectedIds)) {
				Set<String> extra = new TreeSet<>(ids);
				extra.removeAll(expectedIds);
				Set<String> missing = new TreeSet<>(expectedIds);
				missing.removeAll(ids);
				failures.add(what + ": after the re-run " + ids.size() + " documents for " + distinct + " distinct articles; extra ids " + first(extra) + ", missing "
						+ first(missing));
			}
			List<String> orphans = orphanTexts(corpus, ids);
			if (!orphans.isEmpty()) {
				failures.add(what + ": after the re-run " + orphans.size() + " text files are named by no document, e.g. documents/" + orphans.get(0));
			}
		}
		System.out.printf("KillTest: %d killed imports in %.1f s, %d failures%n", KILLS, (System.nanoTime() - testStart) / 1e9, failures.size());
		failures.forEach(f -> System.out.println("KillTest: " + f));
		if (!failures.isEmpty()) {
			fail(failures.size() + " failures:\n" + String.join("\n", failures));
		}
	}

	@Test
	void aKilledExportLeavesNothingThatStopsTheNextOne() throws Exception {
		long seed = seed();
		long testStart = System.nanoTime();
		Random random = new Random(seed + 1);
		Path in = dir.resolve("in");
		Articles.copy(ARTICLES, seed, in);
		Path corpus = dir.resolve("corpus");
		CliRun imported = CliRun.of("import", "--quiet", "--corpus", corpus.toString(), in.toString());
		assertEquals(0, imported.code(), imported.err());
		AnnotatedCorpus.annotate(corpus);
		ChildCli child = ChildCli.create(dir.resolve("cp"));
		Path exports = Files.createDirectories(dir.resolve("exports"));

		List<String> failures = new ArrayList<>();
		for (String format : List.of("native", "w3c")) {
			Path destination = exports.resolve(format.equals("native") ? "corpus.zip" : "corpus-w3c");
			long start = System.nanoTime();
			Path controlOut = dir.resolve("control-" + destination.getFileName());
			int code = runToEnd(child, dir.resolve("control-" + format + ".log"), "export", "--corpus", corpus.toString(), "--format", format, "--out", controlOut.toString());
			long controlMillis = (System.nanoTime() - start) / 1_000_000;
			assertEquals(0, code, "the control export in a child JVM must succeed; " + child.describe() + "\n" + Files.readString(dir.resolve("control-" + format + ".log")));
			System.out.printf("KillTest: control %s export in a child JVM: %d ms%n", format, controlMillis);
			for (int kill = 0; kill < KILLS / 2; kill++) {
				long delay = killDelay(random, controlMillis);
				boolean existed = Files.exists(destination);
				boolean finished = runAndKill(child, dir.resolve("export-" + format + kill + ".log"), delay, "export", "--corpus", corpus.toString(), "--format", format,
						"--out", destination.toString());
				String what = String.format("seed %d %s export kill %d (killed after %d ms)%s", seed, format, kill, delay, finished ? " [it had finished]" : "");
				try (Stream<Path> beside = Files.list(exports)) {
					System.out.printf("KillTest: %s: beside the destination %s%n", what, beside.map(p -> p.getFileName().toString()).sorted().toList());
				}
				if (Files.exists(destination) || existed) {
					String torn = complete(destination);
					if (torn != null) {
						failures.add(what + ": the destination is torn: " + torn);
					}
				}
				try (CorpusStore store = CorpusStore.open(corpus)) {
					store.getCorpus().getDocuments().size();
				} catch (CorpusException e) {
					failures.add(what + ": the corpus does not open: " + e.getMessage());
				}
				CliRun next = CliRun.of("export", "--corpus", corpus.toString(), "--format", format, "--out", destination.toString());
				next.problems(List.of(destination.toString(), corpus.toString())).forEach(p -> failures.add(what + ": the next export: " + p));
				if (next.code() != 0) {
					failures.add(what + ": the next export exits " + next.code() + ": " + CliRun.firstLines(next.err(), 3));
				} else {
					String torn = complete(destination);
					if (torn != null) {
						failures.add(what + ": after the next export the destination is incomplete: " + torn);
					}
				}
				List<String> hidden;
				try (Stream<Path> beside = Files.list(exports)) {
					hidden = beside.map(p -> p.getFileName().toString()).filter(name -> name.startsWith("." + destination.getFileName())).sorted().toList();
				}
				if (!hidden.isEmpty()) {
					failures.add(what + ": after the next export, hidden leftovers beside " + destination.getFileName() + ": " + hidden);
				}
			}
		}
		System.out.printf("KillTest: %d killed exports in %.1f s, %d failures%n", KILLS, (System.nanoTime() - testStart) / 1e9, failures.size());
		failures.forEach(f -> System.out.println("KillTest: " + f));
		if (!failures.isEmpty()) {
			fail(failures.size() + " failures:\n" + String.join("\n", failures));
		}
	}

	/**
	 * When to kill a run that takes {@code millis} to finish: mostly while it works (the first third
	 * is mostly the JVM starting), sometimes at its very start or end.
	 */
	private static long killDelay(Random random, long millis) {
		return (long) (millis * (random.nextInt(5) == 0 ? random.nextDouble() * 0.3 : 0.3 + random.nextDouble() * 0.6));
	}

	/** Null if the export at {@code destination} is whole, else what is wrong with it. */
	private static String complete(Path destination) {
		try {
			if (Files.isDirectory(destination)) {
				Path annotations = destination.resolve("annotations.jsonld");
				if (!Files.isRegularFile(annotations)) {
					return "no annotations.jsonld";
				}
				String json = Files.readString(annotations).strip();
				return json.endsWith("}") ? null : "annotations.jsonld is cut off (" + json.length() + " chars)";
			}
			try (ZipFile zip = new ZipFile(destination.toFile())) {
				return zip.getEntry("corpus.xmi") == null ? "the zip has no corpus.xmi" : null;
			}
		} catch (IOException e) {
			return e.toString();
		}
	}

	private static int runToEnd(ChildCli child, Path log, String... args) throws Exception {
		Process process = child.start(log, args);
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
			fail("collatio " + String.join(" ", args) + " in a child JVM did not finish in 120 s");
		}
		return process.exitValue();
	}

	/** Runs a command and kills it (SIGKILL) after {@code delay} ms; true if it had finished by then. */
	private static boolean runAndKill(ChildCli child, Path log, long delay, String... args) throws Exception {
		Process process = child.start(log, args);
		if (process.waitFor(delay, TimeUnit.MILLISECONDS)) {
			return true;
		}
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
		return false;
	}

	private static int distinctContents(Path folder) throws Exception {
		Set<String> hashes = new HashSet<>();
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				hashes.add(HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file))));
			}
		}
		return hashes.size();
	}

	private static Set<String> documentIds(Path corpus) throws CorpusException {
		try (CorpusStore store = CorpusStore.open(corpus)) {
			Set<String> ids = new TreeSet<>();
			for (Document document : store.getCorpus().getDocuments()) {
				ids.add(document.getId());
			}
			return ids;
		}
	}

	private static int countTexts(Path corpus) throws IOException {
		Path documents = corpus.resolve("documents");
		if (!Files.isDirectory(documents)) {
			return 0;
		}
		try (Stream<Path> files = Files.list(documents)) {
			return (int) files.filter(f -> f.getFileName().toString().endsWith(".txt")).count();
		}
	}

	private static List<String> orphanTexts(Path corpus, Set<String> ids) throws IOException {
		try (Stream<Path> files = Files.list(corpus.resolve("documents"))) {
			return files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".txt"))
					.filter(name -> !ids.contains(name.substring(0, name.length() - 4))).sorted().toList();
		}
	}

	private static String first(Set<String> ids) {
		return ids.size() <= 5 ? ids.toString() : new ArrayList<>(ids).subList(0, 5) + " and " + (ids.size() - 5) + " more";
	}
}
