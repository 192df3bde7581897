/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.collatio.cli.ExitCodes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on damaged and read-only corpora, and on commands that do not exist (issue 11). */
class CliHardeningTest {

	@TempDir
	Path dir;

	private static CliRun run(String... args) {
		return CliRun.of(args);
	}

	private Path corpusOfThreeArticles() throws IOException {
		Path in = Files.createDirectories(dir.resolve("in"));
		for (int i = 1; i <= 3; i++) {
			Files.writeString(in.resolve("a" + i + ".txt"), "Headline " + i + "\n\nPutin said the talks failed, article " + i + ".\n");
		}
		Path corpus = dir.resolve("corpus");
		CliRun imported = run("import", "--corpus", corpus.toString(), in.toString());
		assertEquals(ExitCodes.OK, imported.code(), imported.err());
		return corpus;
	}

	@Test
	void anUnknownCommandIsAnErrorEvenWithHelp() {
		CliRun run = run("frobnicate", "--help");
		assertEquals(ExitCodes.USAGE, run.code());
		assertTrue(run.err().contains("unknown command 'frobnicate'"), run.err());
	}

	@Test
	void aTruncatedTextIsNamedBySearchAndInfoAndTheRestStillWorks() throws Exception {
		Path corpus = corpusOfThreeArticles();
		Path text = corpus.resolve("documents/a2.txt");
		Files.write(text, java.util.Arrays.copyOf(Files.readAllBytes(text), 5));

		CliRun info = run("info", "--corpus", corpus.toString());
		assertEquals(ExitCodes.INPUT_REJECTED, info.code(), info.err());
		assertTrue(info.err().contains(text.toString()) && info.err().contains("truncated"), info.err());

		CliRun search = run("search", "--corpus", corpus.toString(), "Putin");
		assertEquals(ExitCodes.INPUT_REJECTED, search.code(), search.err());
		assertTrue(search.err().contains(text.toString()), search.err());
		assertTrue(search.out().contains("2 documents match"), search.out());
		assertFalse(search.err().contains("\tat "), search.err());
	}

	@Test
	void aDamagedAnnotationFileIsNamedByTheReportAndExportAndNeverATrace() throws Exception {
		Path corpus = corpusOfThreeArticles();
		Path xmi = corpus.resolve("documents/a1.xmi");
		Files.writeString(xmi, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<collatio:DocumentContent xmlns:collatio=\"http://collatio.org/model/1.0\"");

		CliRun report = run("report", "--corpus", corpus.toString(), "--out", dir.resolve("report.html").toString());
		assertEquals(ExitCodes.INPUT_REJECTED, report.code(), report.err());
		assertTrue(report.err().contains(xmi.toString()), report.err());

		CliRun export = run("export", "--corpus", corpus.toString(), "--format", "jsonl", "--out", dir.resolve("out.jsonl").toString());
		assertTrue(export.code() != ExitCodes.OK, export.out());
		assertTrue(export.err().contains(xmi.toString()), export.err());
		assertFalse(export.err().contains("\tat ") || export.err().contains("Exception"), export.err());
		assertFalse(Files.exists(dir.resolve("out.jsonl")), "a failed export leaves nothing");
	}

	@Test
	void aCorpusOnAReadOnlyFileSystemCanBeReadSearchedExportedAndReported() throws Exception {
		Path corpus = corpusOfThreeArticles();
		Path mount = Files.createDirectories(dir.resolve("readonly"));
		Assumptions.assumeTrue(sh("mount", "--bind", corpus.toString(), mount.toString()), "needs mount (root)");
		try {
			assertTrue(sh("mount", "-o", "remount,bind,ro", mount.toString()));
			assertFalse(Files.isWritable(mount));
			CliRun info = run("info", "--corpus", mount.toString());
			assertEquals(ExitCodes.OK, info.code(), info.err());
			assertTrue(info.out().contains("documents    3"), info.out());
			assertTrue(info.err().contains("cannot be written") && info.err().contains("reading only"), info.err());

			CliRun search = run("search", "--corpus", mount.toString(), "Putin");
			assertEquals(ExitCodes.OK, search.code(), search.err());
			assertTrue(search.out().contains("3 documents match"), search.out());
			assertTrue(search.err().contains("in memory"), search.err());

			CliRun export = run("export", "--corpus", mount.toString(), "--format", "w3c", "--out", dir.resolve("w3c").toString());
			assertEquals(ExitCodes.OK, export.code(), export.err());
			CliRun report = run("report", "--corpus", mount.toString(), "--out", dir.resolve("r.md").toString());
			assertEquals(ExitCodes.OK, report.code(), report.err());

			CliRun importing = run("import", "--corpus", mount.toString(), dir.resolve("in").toString());
			assertEquals(ExitCodes.IO_FAILURE, importing.code());
			assertTrue(importing.err().contains(".collatio.lock") && importing.err().contains("read-only"), importing.err());
		} finally {
			sh("umount", mount.toString());
		}
	}

	private static boolean sh(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
		process.getInputStream().readAllBytes();
		return process.waitFor() == 0;
	}
}
