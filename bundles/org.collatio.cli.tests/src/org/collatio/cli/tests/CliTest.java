/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.collatio.cli.Cli;
import org.collatio.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless command line: output, messages and exit codes as a user or a script sees them. */
class CliTest {

	@TempDir
	Path dir;

	private record Run(int code, String out, String err) {
	}

	private static Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
		return new Run(code, out.toString(), err.toString());
	}

	private static Path seeds() {
		String root = System.getProperty("collatio.repository");
		return Path.of(root != null ? root : "../..").resolve("seeds");
	}

	@Test
	void importThenInfoCountsTheSeedArticles() {
		Path corpus = dir.resolve("corpus");
		Run imported = run("import", "--corpus", corpus.toString(), seeds().toString());
		assertEquals(ExitCodes.OK, imported.code(), imported.err());
		assertTrue(imported.out().contains("Imported 5 documents, rejected 0, skipped 1."), imported.out());
		assertTrue(imported.out().contains("skipped " + seeds().resolve("README.md") + ": a README"), imported.out());
		assertTrue(imported.out().contains("as 002_36c442c41114755f"), imported.out());

		Run info = run("info", "--corpus", corpus.toString());
		assertEquals(ExitCodes.OK, info.code(), info.err());
		assertTrue(info.out().contains("documents    5"), info.out());
		assertTrue(info.out().contains("claims       0"), info.out());
	}

	@Test
	void searchPrintsHitsWithOffsetsAndABadQueryPointsAtTheProblem() {
		Path corpus = dir.resolve("corpus");
		run("import", "--corpus", corpus.toString(), seeds().toString());
		// without a catalogue the outlet of 002 comes from its closing "Source : Moscow Times" line
		Run search = run("search", "--corpus", corpus.toString(), "outlet:\"Moscow Times\"", "Karabakh");
		assertEquals(ExitCodes.OK, search.code(), search.err());
		assertTrue(search.err().contains("index") && search.err().contains("built"), "the first search builds the index: " + search.err());
		assertTrue(search.out().contains("002_36c442c41114755f"), search.out());
		assertTrue(search.out().matches("(?s).*\\d+-\\d+  \\.\\.\\..*\\[Karabakh\\].*"), search.out());
		assertTrue(search.out().contains("1 document matches."), search.out());

		Run bad = run("search", "--corpus", corpus.toString(), "Putin AND (Peskov");
		assertEquals(ExitCodes.USAGE, bad.code());
		assertTrue(bad.err().contains("invalid query") && bad.err().contains("^"), bad.err());
	}

	@Test
	void importWithIndexCommitsTheIndexBeforeItReturnsSoTheNextSearchNeedsNoRebuild() {
		Path corpus = dir.resolve("corpus");
		Run imported = run("import", "--index", "--quiet", "--corpus", corpus.toString(), seeds().toString());
		assertEquals(ExitCodes.OK, imported.code(), imported.err());
		Run search = run("search", "--corpus", corpus.toString(), "Pashinian");
		assertEquals(ExitCodes.OK, search.code(), search.err());
		assertFalse(search.err().contains("built"), "the index written by the import is current and committed: " + search.err());
		assertTrue(search.out().contains("003_a198eed70dad4c69"), search.out());
	}

	@Test
	void rejectedInputIsNamedAndGivesExitCodeOne() throws Exception {
		Path in = Files.createDirectories(dir.resolve("in"));
		Files.writeString(in.resolve("ok.txt"), "Title\n\nText.\n");
		Files.write(in.resolve("image.txt"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 });
		Run run = run("import", "--corpus", dir.resolve("corpus").toString(), in.toString());
		assertEquals(ExitCodes.INPUT_REJECTED, run.code());
		assertTrue(run.err().contains("rejected " + in.resolve("image.txt") + ": looks like a binary file"), run.err());
		assertTrue(run.out().contains("Imported 1 document, rejected 1."), run.out());
	}

	@Test
	void badUsageGivesExitCodeTwoAndAHint() {
		Run run = run("import", "some.txt");
		assertEquals(ExitCodes.USAGE, run.code());
		assertTrue(run.err().contains("Missing required option: '--corpus=DIR'"), run.err());
		assertTrue(run.err().contains("Try 'collatio import --help'"), run.err());
		assertEquals(ExitCodes.USAGE, run("frobnicate").code());
	}

	@Test
	void aFolderThatIsNotACorpusGivesExitCodeThreeNamingIt() {
		Run run = run("info", "--corpus", dir.toString());
		assertEquals(ExitCodes.IO_FAILURE, run.code());
		assertTrue(run.err().contains(dir.toString()) && run.err().contains("not a Collatio corpus"), run.err());
	}

	@Test
	void helpListsEveryCommand() {
		Run run = run("--help");
		assertEquals(ExitCodes.OK, run.code());
		assertTrue(run.out().contains("import") && run.out().contains("info") && run.out().contains("Exit codes"), run.out());
		Run importHelp = run("import", "--help");
		assertTrue(importHelp.out().contains("--metadata") && importHelp.out().contains("--max-size"), importHelp.out());
	}

	@Test
	void exportToEveryFormatAndReadNativeAndW3cBack() throws Exception {
		Path corpus = dir.resolve("corpus");
		run("import", "--quiet", "--corpus", corpus.toString(), seeds().toString());
		for (String format : new String[] { "native", "uima-xmi", "w3c", "brat", "qdpx", "csv", "jsonl" }) {
			Path out = dir.resolve("out-" + format + (format.equals("native") ? ".zip" : format.equals("qdpx") ? ".qdpx" : ""));
			Run export = run("export", "--corpus", corpus.toString(), "--format", format, "--out", out.toString());
			assertEquals(ExitCodes.OK, export.code(), format + ": " + export.err());
			assertTrue(export.out().startsWith("Wrote ") && Files.exists(out), format + ": " + export.out());
		}
		String before = run("info", "--corpus", corpus.toString()).out().replaceAll("corpus .*\\n", "");
		for (String[] format : new String[][] { { "native", "out-native.zip" }, { "w3c", "out-w3c" } }) {
			Path copy = dir.resolve("copy-" + format[0]);
			Run imported = run("import", "--corpus", copy.toString(), "--format", format[0], dir.resolve(format[1]).toString());
			assertEquals(ExitCodes.OK, imported.code(), imported.err());
			assertTrue(imported.out().startsWith("Imported 5 documents"), imported.out());
			assertEquals(before, run("info", "--corpus", copy.toString()).out().replaceAll("corpus .*\\n", ""), format[0]);
		}
	}

	@Test
	void badInputToAnImportIsNamedWithExitCodeOneAndAnOccupiedFolderIsBadUsage() throws Exception {
		Path corrupt = Files.writeString(dir.resolve("corrupt.zip"), "not a zip");
		Run bad = run("import", "--corpus", dir.resolve("new").toString(), "--format", "native", corrupt.toString());
		assertEquals(ExitCodes.INPUT_REJECTED, bad.code());
		assertTrue(bad.err().contains(corrupt.toString()) && bad.err().contains("not a readable zip archive"), bad.err());

		Path corpus = dir.resolve("corpus");
		run("import", "--quiet", "--corpus", corpus.toString(), seeds().toString());
		run("export", "--corpus", corpus.toString(), "--format", "native", "--out", dir.resolve("c.zip").toString());
		Run occupied = run("import", "--corpus", corpus.toString(), "--format", "native", dir.resolve("c.zip").toString());
		assertEquals(ExitCodes.USAGE, occupied.code());
		assertTrue(occupied.err().contains(corpus.toString()) && occupied.err().contains("not empty"), occupied.err());

		assertEquals(ExitCodes.USAGE, run("import", "--corpus", dir.resolve("x").toString(), "--format", "csv", "y").code());
		assertEquals(ExitCodes.USAGE, run("import", "--corpus", dir.resolve("x").toString(), "--format", "brat", "y").code(), "no such folder");
		Run unknown = run("export", "--corpus", corpus.toString(), "--format", "pdf", "--out", dir.resolve("p").toString());
		assertEquals(ExitCodes.USAGE, unknown.code());
		assertTrue(unknown.err().contains("'pdf' is not one of native, uima-xmi, w3c, brat, qdpx, csv, jsonl"), unknown.err());
		Run noDocument = run("export", "--corpus", corpus.toString(), "--format", "w3c", "--document", "nope", "--out", dir.resolve("p").toString());
		assertEquals(ExitCodes.USAGE, noDocument.code());
		assertTrue(noDocument.err().contains("no document nope"), noDocument.err());
	}

	@Test
	void aMalformedW3cExportOrArchiveGivesExitCodeOneNamingTheProblemNeverAStackTrace() throws Exception {
		Path corpus = dir.resolve("corpus");
		run("import", "--quiet", "--corpus", corpus.toString(), seeds().toString());
		run("export", "--corpus", corpus.toString(), "--format", "w3c", "--out", dir.resolve("w3c").toString());
		Path annotations = dir.resolve("w3c/annotations.jsonld");
		String exported = Files.readString(annotations);

		Files.writeString(annotations, exported.replace("\"items\":[", "\"items\":[null" + (exported.contains("\"items\":[]") ? "" : ",")));
		Run nullItem = run("import", "--corpus", dir.resolve("new").toString(), "--format", "w3c", dir.resolve("w3c").toString());
		assertEquals(ExitCodes.INPUT_REJECTED, nullItem.code(), nullItem.out() + nullItem.err());
		assertTrue(nullItem.err().contains(annotations.toString()) && nullItem.err().contains("item 0"), nullItem.err());

		Files.writeString(annotations, exported.replace("\"collatio:corpus\":{", "\"collatio:corpus\":{\"deep\":" + "[".repeat(1000) + "]".repeat(1000) + ","));
		Run deep = run("import", "--corpus", dir.resolve("new").toString(), "--format", "w3c", dir.resolve("w3c").toString());
		assertEquals(ExitCodes.INPUT_REJECTED, deep.code(), deep.err());
		assertTrue(deep.err().contains("not valid JSON") && deep.err().contains("line 1") && !deep.err().contains("\tat "), deep.err());
		assertFalse(Files.exists(dir.resolve("new")));
	}

	@Test
	void exportHelpListsEveryFormat() {
		Run help = run("export", "--help");
		for (String format : new String[] { "native", "uima-xmi", "w3c", "brat", "qdpx", "csv", "jsonl" }) {
			assertTrue(help.out().contains("  " + format + " "), format + " in " + help.out());
		}
		assertTrue(run("--help").out().contains("export"));
	}
}
