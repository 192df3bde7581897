/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.collatio.cli.ExitCodes;
import org.collatio.core.edit.ClaimCommands;
import org.collatio.core.edit.SpanCommands;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.CorpusStore.LayerChoice;
import org.collatio.core.tags.Tags;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Stance;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code collatio export-coding} and {@code collatio import-coding} as a user or a script sees them:
 * Bob's coding of the seed articles carried into Alice's corpus, the report, and the exit codes of
 * a refusal (1, nothing written) and of bad usage (2), never a stack trace.
 */
class CodingCliTest {

	@TempDir
	Path dir;
	private Path alices;
	private Path bobs;

	private static Path seeds() {
		return Articles.repository().resolve("seeds");
	}

	/** A run that must keep the command line's invariants (exit code 0-3, no stack trace, a failure naming one of {@code culprits}). */
	private static CliRun run(List<String> culprits, String... args) {
		CliRun run = CliRun.of(args);
		assertEquals(List.of(), run.problems(culprits), run.command());
		return run;
	}

	@BeforeEach
	void aliceAndBobImportTheSameArticlesAndCode() throws Exception {
		alices = dir.resolve("alice");
		bobs = dir.resolve("bob");
		for (Path corpus : List.of(alices, bobs)) {
			CliRun imported = run(List.of(), "import", "--quiet", "--corpus", corpus.toString(), seeds().toString());
			assertEquals(ExitCodes.OK, imported.code(), imported.err());
		}
		code(alices, "Alice", 0, 20, false);
		code(bobs, "Bob", 10, 40, true);
	}

	/** A coder tags [begin, end) of the first document, and makes a claim of it when asked. */
	private static void code(Path corpus, String coder, int begin, int end, boolean claim) throws Exception {
		try (CorpusStore store = CorpusStore.open(corpus, LayerChoice.coder(coder))) {
			EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack(), store.getResourceSet());
			DocumentContent content = store.getContent(store.getCorpus().getDocuments().get(0));
			domain.getCommandStack().execute(SpanCommands.tag(domain, content, begin, end, Tags.byKey(store.getCorpus(), "c").orElseThrow()));
			if (claim) {
				SpanAnnotation span = SpanCommands.exactSpan(content, begin, end);
				domain.getCommandStack().execute(ClaimCommands.makeClaim(domain, content, List.of(span),
						new ClaimCommands.ClaimFields(null, null, null, null, null, Stance.DENIES, null, "a paraphrase")));
			}
			store.save();
		}
	}

	private static Map<String, Long> sizes(Path folder) throws Exception {
		Map<String, Long> sizes = new TreeMap<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				if (!file.getFileName().toString().equals(".collatio.lock")) {
					sizes.put(folder.relativize(file) + " " + Files.getLastModifiedTime(file), Files.size(file));
				}
			}
		}
		return sizes;
	}

	@Test
	void bobsCodingExportedAndImportedIntoAlicesCorpusIsReportedAndCanBeImportedAgain() throws Exception {
		Path coding = dir.resolve("bob.collatio-coding");
		CliRun export = run(List.of(), "export-coding", "--corpus", bobs.toString(), "--out", coding.toString());
		assertEquals(ExitCodes.OK, export.code(), export.err());
		assertTrue(export.out().startsWith("Wrote the coding of Bob (1 document, 1 span, 1 claim, 0 mentions, 0 relations"), export.out());
		assertTrue(Files.isRegularFile(coding));

		for (int time = 1; time <= 2; time++) {
			CliRun imported = run(List.of(), "import-coding", "--corpus", alices.toString(), coding.toString());
			assertEquals(ExitCodes.OK, imported.code(), imported.err());
			assertTrue(imported.out().startsWith("Imported the coding of Bob from " + coding + " as layer bob" + (time == 1 ? " (a new coder" : ":")),
					imported.out());
			assertTrue(imported.out().contains("documents    1\n") && imported.out().contains("spans        1\n")
					&& imported.out().contains("claims       1\n") && imported.out().contains("relations    0\n"), imported.out());
			assertTrue(imported.out().contains("added        " + (time == 1 ? "1 coder" : "nothing") + "\n"), imported.out());
			assertTrue(imported.out().contains("clashes      0\n"), imported.out());
		}
		String first = Files.list(alices.resolve("documents")).map(p -> p.getFileName().toString()).filter(n -> n.endsWith("@bob.xmi")).findFirst()
				.orElseThrow();
		assertTrue(Files.isRegularFile(alices.resolve("documents").resolve(first)));
		CliRun info = run(List.of(), "info", "--corpus", alices.toString());
		assertTrue(info.out().contains("spans        1\n") && info.out().contains("claims       0\n"), "info counts Alice's own layer: " + info.out());
	}

	@Test
	void afterAnImportEveryCodersLayerIsExportedWithItsCoderAndBratAndNativeRefuseEveryLayer() throws Exception {
		Path coding = dir.resolve("bob.collatio-coding");
		assertEquals(ExitCodes.OK, run(List.of(), "export-coding", "--corpus", bobs.toString(), "--out", coding.toString()).code());
		assertEquals(ExitCodes.OK, run(List.of(), "import-coding", "--corpus", alices.toString(), coding.toString()).code());

		Path tables = dir.resolve("tables");
		CliRun every = run(List.of(), "export", "--corpus", alices.toString(), "--format", "csv", "--all-layers", "--out", tables.toString());
		assertEquals(ExitCodes.OK, every.code(), every.err());
		List<String> claims = Files.readAllLines(tables.resolve("claims.csv"));
		assertTrue(claims.get(0).startsWith("coder,document,"), claims.get(0));
		assertEquals(1, claims.stream().filter(line -> line.startsWith("bob,")).count(), "Bob's claim, named as his: " + claims);
		CliRun one = run(List.of(), "export", "--corpus", alices.toString(), "--format", "csv", "--out", dir.resolve("one").toString());
		assertEquals(ExitCodes.OK, one.code(), one.err());
		assertEquals(List.of("document,title,outlet,date,claim,speaker,via,when_stated,when_date,stance,kind,proposition,paraphrase,quote,"
				+ "begin,end,begin_cp,end_cp"), Files.readAllLines(dir.resolve("one/claims.csv")),
				"without --all-layers, Alice's layer alone, as before: she made no claim");

		for (String format : List.of("brat", "native")) {
			Path out = dir.resolve("refused-" + format);
			CliRun refused = run(List.of(format), "export", "--corpus", alices.toString(), "--format", format, "--all-layers", "--out", out.toString());
			assertEquals(ExitCodes.USAGE, refused.code());
			assertTrue(refused.err().startsWith("collatio: --all-layers: " + format + " cannot export every coder's layer: "), refused.err());
			assertFalse(Files.exists(out));
		}
	}

	@Test
	void aRefusedImportExitsWithOneNamingTheFileAndWritesNothing() throws Exception {
		Path notAZip = Files.writeString(dir.resolve("notes.collatio-coding"), "not a coding");
		Map<String, Long> before = sizes(alices);
		CliRun bad = run(List.of(notAZip.toString()), "import-coding", "--corpus", alices.toString(), notAZip.toString());
		assertEquals(ExitCodes.INPUT_REJECTED, bad.code());
		assertTrue(bad.err().contains("not a readable zip archive") && bad.err().contains("nothing was imported"), bad.err());

		Path own = dir.resolve("alice.collatio-coding");
		assertEquals(ExitCodes.OK, run(List.of(), "export-coding", "--corpus", alices.toString(), "--coder", "alice", "--out", own.toString()).code());
		CliRun self = run(List.of(own.toString()), "import-coding", "--corpus", alices.toString(), own.toString());
		assertEquals(ExitCodes.INPUT_REJECTED, self.code());
		assertTrue(self.err().contains("is the coding of Alice, the coder this corpus is open for"), self.err());
		assertEquals(before, sizes(alices), "nothing in the corpus was written");

		Path fresh = dir.resolve("fresh");
		run(List.of(), "import", "--quiet", "--corpus", fresh.toString(), seeds().toString());
		CliRun noCoder = run(List.of(fresh.toString()), "export-coding", "--corpus", fresh.toString(), "--out", dir.resolve("x.collatio-coding").toString());
		assertEquals(ExitCodes.INPUT_REJECTED, noCoder.code());
		assertTrue(noCoder.err().contains("has no coder yet"), noCoder.err());
		assertFalse(Files.exists(dir.resolve("x.collatio-coding")));
	}

	@Test
	void badUsageExitsWithTwo() {
		CliRun noFile = run(List.of(), "import-coding", "--corpus", alices.toString());
		assertEquals(ExitCodes.USAGE, noFile.code());
		assertTrue(noFile.err().contains("Missing required parameter: 'FILE'") && noFile.err().contains("Try 'collatio import-coding --help'"), noFile.err());
		CliRun noOut = run(List.of(), "export-coding", "--corpus", bobs.toString());
		assertEquals(ExitCodes.USAGE, noOut.code());
		assertTrue(noOut.err().contains("Missing required option: '--out=FILE'"), noOut.err());
		CliRun nobody = run(List.of("Carol"), "export-coding", "--corpus", bobs.toString(), "--coder", "Carol", "--out", dir.resolve("c").toString());
		assertEquals(ExitCodes.USAGE, nobody.code());
		assertTrue(nobody.err().contains("no coder Carol in " + bobs.toAbsolutePath().normalize() + "; its coders are Bob"), nobody.err());
		CliRun help = run(List.of(), "--help");
		assertTrue(help.out().contains("export-coding") && help.out().contains("import-coding"), help.out());
		assertTrue(run(List.of(), "import-coding", "--help").out().contains("clash"));
	}
}
