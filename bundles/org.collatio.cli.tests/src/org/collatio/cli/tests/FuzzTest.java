/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.collatio.core.imports.MetadataFiles;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.TextFiles;
import org.collatio.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, "bad input never loses work, never leaks, never crashes": seeded mutations of articles
 * (.txt, .html, sidecars), native archives and W3C exports go through the command line in-process,
 * and every run, and {@code info}, {@code search}, {@code export} and {@code report} on every corpus
 * it leaves, must keep the invariants (exit code 0-3, no stack trace, a failure names its file, the
 * corpus still opens, accepted text stored exactly, nothing written outside the corpus folder,
 * nothing read from outside the input). All failures are collected and reported together, each with
 * the seed, the case number and the mutation.
 *
 * <p>
 * {@code -Dcollatio.fuzz.seed=N} replays a run, {@code -Dcollatio.fuzz.case=K} only its case K,
 * {@code -Dcollatio.fuzz.seconds=S} sets the time budget (45 s by default, checked between cases).
 */
class FuzzTest {

	static final long DEFAULT_SEED = 20_260_311L;
	/** A case that takes longer than this hangs. */
	private static final int CASE_TIMEOUT_SECONDS = 60;

	@TempDir
	Path dir;

	private Path articlesFolder;
	private List<Path> articles;
	private byte[] nativeZip;
	private Map<String, byte[]> nativeEntries;
	private Path w3cExport;
	private Path secret;
	private int textsCompared;

	@Test
	void badInputNeverLosesWorkNeverLeaksNeverCrashes() throws Exception {
		long seed = Long.getLong("collatio.fuzz.seed", DEFAULT_SEED);
		long budget = TimeUnit.SECONDS.toNanos(Long.getLong("collatio.fuzz.seconds", 45));
		Integer only = Integer.getInteger("collatio.fuzz.case");
		System.out.println("FuzzTest: seed " + seed + " (replay with -Dcollatio.fuzz.seed=" + seed + " [-Dcollatio.fuzz.case=K])");
		long start = System.nanoTime();
		prepare(seed);
		System.out.printf("FuzzTest: base inputs ready in %.1f s (%d articles%s)%n", (System.nanoTime() - start) / 1e9, articles.size(),
				Articles.bbc() == null ? ", generated: the BBC corpus is missing" : " from the BBC corpus");

		List<String> failures = new ArrayList<>();
		Map<String, Integer> kinds = new TreeMap<>();
		Random master = new Random(seed);
		ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "fuzz case");
			thread.setDaemon(true);
			return thread;
		});
		int cases = 0;
		try {
			for (int number = 0; System.nanoTime() - start < budget && (only == null || number <= only); number++) {
				long caseSeed = master.nextLong();
				if (only != null && number != only) {
					continue;
				}
				int caseNumber = number;
				StringBuilder log = new StringBuilder();
				Future<List<String>> future = executor.submit(() -> runCase(caseNumber, caseSeed, log));
				List<String> problems;
				try {
					problems = future.get(CASE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
				} catch (TimeoutException e) {
					failures.add(printable(String.format("seed %d case %d (%s): hangs: no result after %d s", seed, number, log, CASE_TIMEOUT_SECONDS)));
					future.cancel(true);
					break; // the case's thread cannot be stopped: the other cases would wait behind it
				} catch (ExecutionException e) {
					StringWriter trace = new StringWriter();
					e.getCause().printStackTrace(new PrintWriter(trace));
					problems = List.of("the test itself failed: " + CliRun.firstLines(trace.toString(), 8));
				}
				cases++;
				kinds.merge(log.toString().split("[,;:]", 2)[0], 1, Integer::sum);
				for (String problem : problems) {
					failures.add(printable(String.format("seed %d case %d (%s): %s", seed, number, log, problem)));
				}
			}
		} finally {
			executor.shutdownNow();
		}
		System.out.printf("FuzzTest: %d cases %s in %.1f s, %d failures%n", cases, kinds, (System.nanoTime() - start) / 1e9, failures.size());
		System.out.println("FuzzTest: exit codes " + CliRun.EXITS + "; stored texts compared with the importer's: " + textsCompared);
		failures.forEach(failure -> System.out.println("FuzzTest: " + failure));
		if (!failures.isEmpty()) {
			fail(failures.size() + " invariant violations (seed " + seed + "):\n" + String.join("\n", failures));
		}
	}

	/** One line, every control character and lone surrogate escaped. */
	static String printable(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
			if (pair) {
				out.append(c).append(text.charAt(++i));
			} else if (c < 0x20 && c != '\t' || c == 0x7F || Character.isSurrogate(c) || c >= 0xFFFE) {
				out.append(String.format("\\u%04X", (int) c));
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** The base articles, an annotated corpus made of them, and its native and W3C exports. */
	private void prepare(long seed) throws Exception {
		Path base = Files.createDirectories(dir.resolve("base"));
		articlesFolder = base.resolve("articles");
		articles = Articles.copy(20, seed, articlesFolder);
		secret = Files.writeString(dir.resolve("outside-secret.txt"), Mutations.SECRET + "\n");
		Mutations.secretFile = secret.toString();
		Path annotated = base.resolve("annotated");
		CliRun imported = CliRun.of("import", "--quiet", "--corpus", annotated.toString(), articlesFolder.toString());
		assertEquals(0, imported.code(), imported.err());
		AnnotatedCorpus.annotate(annotated);
		Path zip = base.resolve("native.zip");
		w3cExport = base.resolve("w3c");
		for (String[] export : new String[][] { { "native", zip.toString() }, { "w3c", w3cExport.toString() } }) {
			CliRun run = CliRun.of("export", "--corpus", annotated.toString(), "--format", export[0], "--out", export[1]);
			assertEquals(0, run.code(), export[0] + ": " + run.err());
		}
		nativeZip = Files.readAllBytes(zip);
		nativeEntries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				nativeEntries.put(entry.getName(), in.readAllBytes());
			}
		}
	}

	private List<String> runCase(int number, long caseSeed, StringBuilder log) throws Exception {
		Path caseDir = Files.createDirectories(dir.resolve("case-" + number));
		Mutations mutations = new Mutations(new Random(caseSeed));
		try {
			return switch (mutations.nextInt(4)) {
			case 0, 1 -> articlesCase(caseDir, mutations, log);
			case 2 -> nativeCase(caseDir, mutations, log);
			default -> w3cCase(caseDir, mutations, log);
			};
		} finally {
			if (!Boolean.getBoolean("collatio.fuzz.keep")) {
				deleteTree(caseDir);
			}
		}
	}

	// ---------------------------------------------------------------- article imports

	private List<String> articlesCase(Path caseDir, Mutations mutations, StringBuilder log) throws Exception {
		log.append("articles");
		Path in = Files.createDirectories(caseDir.resolve("in"));
		List<Path> inputs = new ArrayList<>();
		List<String> mutatedNames = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			Path article = mutations.pick(articles);
			Path copy = in.resolve(article.getFileName().toString());
			if (!Files.exists(copy)) {
				inputs.add(Files.copy(article, copy));
			}
		}
		int mutated = 1 + mutations.nextInt(3);
		for (int i = 0; i < mutated; i++) {
			Path article = mutations.pick(articles);
			boolean html = mutations.nextInt(2) == 0;
			String stem = article.getFileName().toString().replaceFirst("\\.txt$", "") + "-m" + i;
			String name = mutations.fileName(stem, html ? ".html" : ".txt");
			if (Files.exists(in.resolve(name))) {
				name = i + name;
			}
			log.append(", ").append(name).append(" [");
			byte[] bytes = Files.readAllBytes(article);
			if (html) {
				bytes = toHtml(new String(bytes, StandardCharsets.UTF_8));
			}
			int length = log.length();
			bytes = mutations.article(bytes, html, log);
			log.replace(length, length + 2, "");
			Path file = Files.write(in.resolve(name), bytes);
			inputs.add(file);
			mutatedNames.add(name);
			if (mutations.nextInt(6) == 0) {
				// an article whose sidecar is damaged may be refused (with the reason): it is not "clean"
				Files.writeString(MetadataFiles.sidecarOf(file), mutations.sidecar(log), StandardCharsets.UTF_8);
			}
			log.append(']');
		}
		Path corpus = caseDir.resolve("corpus");
		List<String> problems = new ArrayList<>();
		Snapshot before = Snapshot.of(caseDir, corpus);
		CliRun run = CliRun.of("import", "--corpus", corpus.toString(), in.toString());
		List<String> culprits = new ArrayList<>(mutatedNames);
		culprits.add(in.toString());
		culprits.add(corpus.toString());
		problems.addAll(tagged(run, run.problems(culprits)));
		problems.addAll(before.changes(Snapshot.of(caseDir, corpus), "import"));
		if (run.code() < 0) {
			return problems;
		}
		if (!Files.isRegularFile(corpus.resolve("corpus.xmi"))) {
			problems.add("after an import that exited " + run.code() + ", " + corpus + " has no corpus.xmi: every article is lost; stderr: "
					+ CliRun.firstLines(run.err(), 3));
			return problems;
		}
		problems.addAll(storedTexts(caseDir, corpus, inputs, run));
		problems.addAll(afterwards(caseDir, corpus));
		return problems;
	}

	/** Every input accepted with its exact text or rejected by name; every clean article accepted; no orphan text. */
	private List<String> storedTexts(Path caseDir, Path corpus, List<Path> inputs, CliRun run) throws Exception {
		List<String> problems = new ArrayList<>();
		Map<Path, Document> accepted = new LinkedHashMap<>();
		Set<String> referenced = new HashSet<>();
		try (CorpusStore store = CorpusStore.open(corpus)) {
			for (Document document : store.getCorpus().getDocuments()) {
				referenced.add(document.getId() + ".txt");
				Path from = document.getImportedFrom() == null ? null : Path.of(document.getImportedFrom());
				accepted.put(from, document);
				Path textFile = corpus.resolve("documents").resolve(document.getId() + ".txt");
				if (!Files.isRegularFile(textFile)) {
					problems.add("document " + document.getId() + " has no text file");
					continue;
				}
				byte[] stored = Files.readAllBytes(textFile);
				try {
					String text = TextFiles.decodeUtf8(stored);
					if (text.length() != document.getLength()) {
						problems.add("document " + document.getId() + ": its text has " + text.length() + " UTF-16 units, corpus.xmi says " + document.getLength());
					}
				} catch (CharacterCodingException e) {
					problems.add("document " + document.getId() + ": its stored text is not valid UTF-8");
				}
				if (from == null || !inputs.contains(from)) {
					problems.add("document " + document.getId() + " comes from " + from + ", which is not an input");
					continue;
				}
				byte[] expected = expectedText(caseDir, from);
				textsCompared++;
				if (expected == null) {
					problems.add(from.getFileName() + " was accepted in a batch but is rejected when imported alone");
				} else if (!Arrays.equals(expected, stored)) {
					problems.add(from.getFileName() + ": stored text (" + stored.length + " bytes) differs from what the importer stores for it (" + expected.length
							+ " bytes) at byte " + Arrays.mismatch(expected, stored));
				}
			}
		} catch (CorpusException e) {
			problems.add("after an import that exited " + run.code() + " the corpus does not open: " + e.getMessage());
			return problems;
		}
		Set<String> hashesSeen = new HashSet<>();
		for (Path input : inputs) {
			byte[] bytes = Files.readAllBytes(input);
			String hash = Arrays.hashCode(bytes) + ":" + bytes.length;
			boolean duplicate = !hashesSeen.add(hash);
			if (accepted.containsKey(input)) {
				continue;
			}
			String line = run.err().lines().filter(l -> l.startsWith("rejected " + input + ":")).findFirst().orElse(null);
			if (line == null) {
				problems.add(input.getFileName() + " was neither imported nor reported as rejected (exit " + run.code() + "; stderr: " + CliRun.firstLines(run.err(), 3) + ")");
			} else if (!duplicate && !line.contains("duplicate") && isCleanText(input, bytes) && !Files.exists(MetadataFiles.sidecarOf(input))) {
				problems.add("valid article rejected: " + line);
			}
		}
		try (Stream<Path> texts = Files.list(corpus.resolve("documents"))) {
			for (Path text : texts.filter(f -> f.getFileName().toString().endsWith(".txt")).toList()) {
				if (!referenced.contains(text.getFileName().toString())) {
					problems.add("orphan text file documents/" + text.getFileName() + " is not named by corpus.xmi");
				}
			}
		}
		return problems;
	}

	/**
	 * What the importer stores for a file: the text of a .txt in UTF-8 without BOM is the file itself;
	 * with a BOM, without it; UTF-16, re-encoded as UTF-8; for HTML, what importing the file alone stores.
	 */
	private byte[] expectedText(Path caseDir, Path input) throws IOException {
		byte[] bytes = Files.readAllBytes(input);
		if (!isHtml(input, bytes)) {
			if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
				return Arrays.copyOfRange(bytes, 3, bytes.length);
			}
			if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
				boolean big = (bytes[0] & 0xFF) == 0xFE;
				return new String(bytes, 2, bytes.length - 2, big ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE).getBytes(StandardCharsets.UTF_8);
			}
			return bytes;
		}
		Path alone = Files.createTempDirectory(dir, "oracle-");
		try {
			Path copy = Files.copy(input, Files.createDirectories(alone.resolve("in")).resolve(input.getFileName()));
			Path sidecar = MetadataFiles.sidecarOf(input);
			if (Files.exists(sidecar)) {
				Files.copy(sidecar, MetadataFiles.sidecarOf(copy));
			}
			Path corpus = alone.resolve("corpus");
			CliRun.of("import", "--quiet", "--corpus", corpus.toString(), copy.toString());
			try (Stream<Path> texts = Files.list(corpus.resolve("documents"))) {
				List<Path> stored = texts.filter(f -> f.toString().endsWith(".txt")).toList();
				return stored.size() == 1 ? Files.readAllBytes(stored.get(0)) : null;
			} catch (IOException e) {
				return null;
			}
		} finally {
			deleteTree(alone);
		}
	}

	private static boolean isHtml(Path file, byte[] bytes) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
			return true;
		}
		String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
		if (head.startsWith("\u00ef\u00bb\u00bf")) {
			head = head.substring(3).stripLeading();
		}
		return head.startsWith("<!doctype html") || head.startsWith("<html");
	}

	/** Plain text that nothing can object to: UTF-8 (BOM or not), no control characters, not blank, not HTML. */
	private static boolean isCleanText(Path file, byte[] bytes) {
		if (isHtml(file, bytes) || bytes.length > 20 * 1024 * 1024) {
			return false;
		}
		int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		String text;
		try {
			text = TextFiles.decodeUtf8(Arrays.copyOfRange(bytes, start, bytes.length));
		} catch (CharacterCodingException e) {
			return false;
		}
		return !text.isBlank() && text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7F || c == 0xFEFF);
	}

	private static byte[] toHtml(String text) {
		String[] lines = text.split("\n", 2);
		StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
				.append(escape(lines[0])).append("</title><meta property=\"og:site_name\" content=\"BBC\"></head>\n<body><nav>Home</nav><article><h1>")
				.append(escape(lines[0])).append("</h1>\n");
		for (String paragraph : (lines.length > 1 ? lines[1] : "").split("\n\\s*\n")) {
			if (!paragraph.isBlank()) {
				html.append("<p>").append(escape(paragraph.strip())).append("</p>\n");
			}
		}
		return html.append("</article><footer>Share this</footer></body></html>\n").toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	// ---------------------------------------------------------------- exports read back

	private List<String> nativeCase(Path caseDir, Mutations mutations, StringBuilder log) throws Exception {
		log.append("native");
		Path zip = Files.write(caseDir.resolve("export.zip"), mutations.archive(nativeZip, nativeEntries, log));
		return formatImport(caseDir, "native", zip, zip);
	}

	private List<String> w3cCase(Path caseDir, Mutations mutations, StringBuilder log) throws Exception {
		log.append("w3c");
		Path in = caseDir.resolve("export-w3c");
		copyTree(w3cExport, in);
		Files.writeString(caseDir.resolve("outside-secret.txt"), Mutations.SECRET + "\n");
		Path annotations = in.resolve("annotations.jsonld");
		if (mutations.nextInt(5) > 0) {
			Files.writeString(annotations, mutations.json(Files.readString(annotations), log), StandardCharsets.UTF_8);
		} else {
			List<Path> sources;
			try (Stream<Path> files = Files.list(in.resolve("sources"))) {
				sources = files.sorted().toList();
			}
			Path source = mutations.pick(sources);
			switch (mutations.nextInt(4)) {
			case 0, 1 -> {
				// a file outside the export with the secret, as long as the text it replaces, so that only its content differs
				int length = TextFiles.readUtf8(source).length();
				String content = (Mutations.SECRET + " ").repeat(length / (Mutations.SECRET.length() + 1) + 1).substring(0, length);
				Path outside = Files.writeString(caseDir.resolve("outside-" + source.getFileName()), content);
				Files.delete(source);
				Files.createSymbolicLink(source, mutations.nextInt(2) == 0 ? outside : source.getParent().relativize(outside));
				log.append("; sources/").append(source.getFileName()).append(" is a symlink to a file outside the export");
			}
			case 2 -> {
				Files.write(source, Mutations.insert(Files.readAllBytes(source), 0, new byte[] { (byte) 0xC3, (byte) 0x28 }));
				log.append("; sources/").append(source.getFileName()).append(" starts with invalid UTF-8");
			}
			default -> {
				Files.delete(source);
				log.append("; sources/").append(source.getFileName()).append(" removed");
			}
			}
		}
		return formatImport(caseDir, "w3c", in, annotations);
	}

	private List<String> formatImport(Path caseDir, String format, Path input, Path culprit) throws Exception {
		Path corpus = caseDir.resolve("corpus");
		List<String> problems = new ArrayList<>();
		Snapshot before = Snapshot.of(caseDir, corpus);
		boolean evilBefore = Files.exists(Path.of("/tmp/collatio-evil.txt"));
		CliRun run = CliRun.of("import", "--corpus", corpus.toString(), "--format", format, input.toString());
		problems.addAll(tagged(run, run.problems(List.of(input.toString(), input.getFileName().toString(), culprit.getFileName().toString(), corpus.toString()))));
		problems.addAll(before.changes(Snapshot.of(caseDir, corpus), "import --format " + format));
		if (!evilBefore && Files.exists(Path.of("/tmp/collatio-evil.txt"))) {
			problems.add("import --format " + format + " wrote /tmp/collatio-evil.txt, outside the corpus folder");
			Files.deleteIfExists(Path.of("/tmp/collatio-evil.txt"));
		}
		if (run.code() < 0) {
			return problems;
		}
		if (run.code() != 0) {
			try (Stream<Path> left = Files.isDirectory(corpus) ? Files.list(corpus) : Stream.empty()) {
				List<String> names = left.map(p -> p.getFileName().toString()).toList();
				if (!names.isEmpty()) {
					problems.add("a failed import --format " + format + " (exit " + run.code() + ") left " + names + " in the corpus folder");
				}
			}
			return problems;
		}
		if (!Files.isRegularFile(corpus.resolve("corpus.xmi"))) {
			problems.add("import --format " + format + " exited 0 but wrote no corpus.xmi");
			return problems;
		}
		problems.addAll(afterwards(caseDir, corpus));
		problems.addAll(leaks(corpus, run));
		return problems;
	}

	/** Whether the secret file outside every input made its way into the corpus or the output. */
	private List<String> leaks(Path corpus, CliRun run) throws IOException {
		List<String> problems = new ArrayList<>();
		if (run.out().contains(Mutations.SECRET) || run.err().contains(Mutations.SECRET)) {
			problems.add("leak: the content of a file outside the input appears in the output of " + run.command());
		}
		if (!Files.isDirectory(corpus)) {
			return problems;
		}
		byte[] secretBytes = Mutations.SECRET.getBytes(StandardCharsets.UTF_8);
		List<String> holders = new ArrayList<>();
		try (Stream<Path> files = Files.walk(corpus)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				byte[] bytes = Files.readAllBytes(file);
				for (int i = 0; i + secretBytes.length <= bytes.length; i++) {
					if (Arrays.equals(bytes, i, i + secretBytes.length, secretBytes, 0, secretBytes.length)) {
						holders.add(corpus.relativize(file).toString());
						break;
					}
				}
			}
		}
		if (!holders.isEmpty()) {
			problems.add("leak: the content of a file outside the input was stored in the corpus: " + holders);
		}
		return problems;
	}

	// ---------------------------------------------------------------- every resulting corpus

	/** The corpus opens, and info, search, export and report keep the invariants on it. */
	private List<String> afterwards(Path caseDir, Path corpus) throws IOException {
		List<String> problems = new ArrayList<>();
		try (CorpusStore store = CorpusStore.open(corpus)) {
			store.getCorpus().getDocuments().size();
		} catch (CorpusException | RuntimeException e) {
			problems.add("CorpusStore.open fails after the import: " + e);
		}
		List<String> culprits = new ArrayList<>(List.of(corpus.toString(), "corpus.xmi"));
		try (Stream<Path> files = Files.list(corpus.resolve("documents"))) {
			files.forEach(f -> culprits.add(f.getFileName().toString()));
		} catch (IOException e) {
			// no documents folder: the corpus path is the culprit
		}
		Path w3c = caseDir.resolve("after-w3c");
		Path report = caseDir.resolve("after-report.html");
		Snapshot before = Snapshot.of(caseDir, corpus, w3c, report);
		CliRun info = CliRun.of("info", "--corpus", corpus.toString());
		problems.addAll(tagged(info, info.problems(culprits)));
		if (info.code() != 0 && info.code() != 1 && info.code() >= 0) {
			problems.add("info exits " + info.code() + " on the corpus an import left: " + CliRun.firstLines(info.err(), 3));
		}
		for (CliRun run : List.of(CliRun.of("search", "--corpus", corpus.toString(), "the"),
				CliRun.of("export", "--corpus", corpus.toString(), "--format", "w3c", "--out", w3c.toString()),
				CliRun.of("report", "--corpus", corpus.toString(), "--out", report.toString()))) {
			List<String> withOut = new ArrayList<>(culprits);
			withOut.add(w3c.toString());
			withOut.add(report.toString());
			problems.addAll(tagged(run, run.problems(withOut)));
		}
		problems.addAll(before.changes(Snapshot.of(caseDir, corpus, w3c, report), "info/search/export/report"));
		return problems;
	}

	private static List<String> tagged(CliRun run, List<String> problems) {
		String command = run.command();
		String shortCommand = command.length() > 160 ? command.substring(0, 160) + "..." : command;
		return problems.stream().map(p -> "[" + shortCommand + "] " + p).toList();
	}

	// ---------------------------------------------------------------- files

	/** The files of a folder (but the excluded ones), each with its size and checksum. */
	record Snapshot(Path root, Map<String, String> files) {

		static Snapshot of(Path root, Path... excluded) throws IOException {
			Map<String, String> files = new TreeMap<>();
			Set<Path> skip = Set.of(excluded);
			try (Stream<Path> walk = Files.walk(root)) {
				for (Path path : walk.filter(p -> !p.equals(root) && skip.stream().noneMatch(p::startsWith)).toList()) {
					String key = root.relativize(path).toString();
					if (Files.isSymbolicLink(path)) {
						files.put(key, "link " + Files.readSymbolicLink(path));
					} else if (Files.isDirectory(path)) {
						files.put(key + "/", "folder");
					} else {
						CRC32 crc = new CRC32();
						crc.update(Files.readAllBytes(path));
						files.put(key, Files.size(path) + " bytes, crc " + Long.toHexString(crc.getValue()));
					}
				}
			}
			// one level up too: an entry named ../../x lands beside the case folder
			try (Stream<Path> siblings = Files.list(root.getParent())) {
				siblings.filter(p -> !p.getFileName().toString().startsWith("case-") && !p.getFileName().toString().startsWith("oracle-"))
						.forEach(p -> files.put("../" + p.getFileName(), "present"));
			}
			return new Snapshot(root, files);
		}

		List<String> changes(Snapshot after, String what) {
			List<String> changes = new ArrayList<>();
			after.files.forEach((name, state) -> {
				if (!files.containsKey(name)) {
					changes.add(what + " wrote " + name + " outside the corpus folder");
				} else if (!files.get(name).equals(state)) {
					changes.add(what + " changed " + name + ", outside the corpus folder");
				}
			});
			files.keySet().stream().filter(name -> !after.files.containsKey(name)).forEach(name -> changes.add(what + " removed " + name + ", outside the corpus folder"));
			return changes;
		}
	}

	static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> walk = Files.walk(from)) {
			for (Path path : walk.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				} else {
					Files.copy(path, target);
				}
			}
		}
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
