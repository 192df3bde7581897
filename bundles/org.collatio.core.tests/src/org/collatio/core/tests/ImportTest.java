/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.collatio.core.imports.ArticleImporter;
import org.collatio.core.imports.ImportOptions;
import org.collatio.core.imports.ImportReport;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Document;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing files: text kept exactly, metadata, and every kind of bad input refused on its own. */
class ImportTest {

	@TempDir
	Path dir;

	private ImportReport importInto(Path corpus, List<Path> paths) throws Exception {
		try (CorpusStore store = CorpusStore.openOrCreate(corpus, "c")) {
			return new ArticleImporter(store, ImportOptions.defaults()).importPaths(paths, new NullProgressMonitor());
		}
	}

	private Map<String, String> problems(ImportReport report) {
		return report.rejections().stream().collect(Collectors.toMap(o -> o.file().getFileName().toString(), ImportReport.Outcome::problem));
	}

	@Test
	void badFilesAreRejectedOneByOneAndTheGoodOnesImported() throws Exception {
		Path in = Files.createDirectories(dir.resolve("in"));
		Files.writeString(in.resolve("good.txt"), "A headline\n\nThe body.\n");
		Files.write(in.resolve("binary.txt"), new byte[] { 'P', 'K', 3, 4, 0, 0, 1, 2, 3 });
		Files.write(in.resolve("latin1.txt"), "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
		Files.write(in.resolve("empty.txt"), new byte[0]);
		Files.writeString(in.resolve("copy-of-good.txt"), "A headline\n\nThe body.\n");
		try (RandomAccessFile huge = new RandomAccessFile(in.resolve("huge.txt").toFile(), "rw")) {
			huge.setLength(50L * 1024 * 1024);
		}
		ImportReport report = importInto(dir.resolve("corpus"), List.of(in, dir.resolve("missing.txt")));

		assertEquals(1, report.importedCount(), report.outcomes().toString());
		Map<String, String> problems = problems(report);
		assertTrue(problems.get("binary.txt").contains("binary"), problems.toString());
		assertTrue(problems.get("latin1.txt").contains("not valid UTF-8") && problems.get("latin1.txt").contains("byte offset 3"),
				problems.toString());
		assertTrue(problems.get("empty.txt").contains("empty"), problems.toString());
		assertTrue(problems.get("huge.txt").contains("too large: 50.0 MB"), problems.toString());
		// of two files with the same content, the first in path order is imported, the other refused
		assertTrue(problems.get("copy-of-good.txt") == null && problems.get("good.txt").contains("duplicate")
				&& problems.get("good.txt").contains("copy-of-good"), problems.toString());
		assertTrue(problems.get("missing.txt").contains("no such file"), problems.toString());
	}

	@Test
	void aRejectedImportLeavesTheCorpusAsItWas() throws Exception {
		Path corpus = dir.resolve("corpus");
		Path first = Files.writeString(dir.resolve("first.txt"), "First\n\nbody\n");
		importInto(corpus, List.of(first));
		byte[] before = Files.readAllBytes(corpus.resolve("corpus.xmi"));
		Path bad = Files.write(dir.resolve("bad.txt"), new byte[] { (byte) 0xC3, (byte) 0x28 });
		ImportReport report = importInto(corpus, List.of(bad, first));
		assertEquals(0, report.importedCount());
		assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(corpus.resolve("corpus.xmi")));
	}

	@Test
	void textIsStoredExactlyWithCrlfNonBmpAndWithoutTheByteOrderMark() throws Exception {
		String text = "Title \uD835\uDD04\r\n\r\nBody line one\r\nline two \uD83D\uDE00\r\n";
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[body.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(body, 0, withBom, 3, body.length);
		Path file = Files.write(dir.resolve("bom.txt"), withBom);
		Path utf16 = Files.write(dir.resolve("utf16.txt"), ("\uFEFFOther title\n\nText in UTF-16.\n").getBytes(StandardCharsets.UTF_16BE));
		Path corpus = dir.resolve("corpus");
		importInto(corpus, List.of(file, utf16));
		try (CorpusStore store = CorpusStore.open(corpus)) {
			Document document = store.findDocument("bom");
			assertEquals(text, store.getContent(document).getText());
			assertEquals(text.length(), document.getLength(), "length in UTF-16 code units");
			assertEquals("Title \uD835\uDD04", document.getTitle(), "the first line is offered as the title");
			assertEquals("Text in UTF-16.", store.getContent(store.findDocument("utf16")).getText().split("\n")[2]);
		}
	}

	@Test
	void htmlArticlesAreExtractedWithAParserAndTheirMetadata() throws Exception {
		Path page = Files.writeString(dir.resolve("page.html"), """
				<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
				<title>Site | Peacekeepers</title>
				<meta property="og:title" content="Peacekeepers under fire">
				<meta property="og:site_name" content="Example News">
				<meta name="author" content="A. Reporter">
				<meta property="article:published_time" content="2023-09-21T10:00:00Z">
				<link rel="canonical" href="https://example.org/peacekeepers">
				<script>var tracking = "not text";</script></head>
				<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
				<article><h1>Peacekeepers under fire</h1>
				<p>Putin said the peacekeepers are <b>doing everything</b> to protect civilians.</p>
				<p>Grigoryan said they failed to protect the population.</p></article>
				<footer>Copyright Example News</footer></body></html>
				""");
		Path corpus = dir.resolve("corpus");
		importInto(corpus, List.of(page));
		try (CorpusStore store = CorpusStore.open(corpus)) {
			Document document = store.findDocument("page");
			assertEquals("Peacekeepers under fire", document.getTitle());
			assertEquals("Example News", document.getOutlet());
			assertEquals("A. Reporter", document.getAuthor());
			assertEquals("2023-09-21", document.getPublicationDate());
			assertEquals("https://example.org/peacekeepers", document.getUrl());
			assertEquals("en", document.getLanguage());
			assertEquals("Peacekeepers under fire\n\nPutin said the peacekeepers are doing everything to protect civilians.\n\n"
					+ "Grigoryan said they failed to protect the population.\n", store.getContent(document).getText());
		}
	}

	@Test
	void aSidecarFileGivesTheMetadataAndABrokenOneIsNamed() throws Exception {
		Path article = Files.writeString(dir.resolve("a.txt"), "Some text without a title line.\nMore.\n");
		Files.writeString(dir.resolve("a.txt.meta.json"), "{\"outlet\": \"Interfax\", \"date\": \"2020-12\", \"title\": \"T\"}");
		Path other = Files.writeString(dir.resolve("b.txt"), "Other text.\n");
		Files.writeString(dir.resolve("b.txt.meta.json"), "{\"outlet\": \"x\", \"date\": \"last week\"}");
		Path corpus = dir.resolve("corpus");
		ImportReport report = importInto(corpus, List.of(article, other));
		assertEquals(1, report.importedCount());
		String problem = problems(report).get("b.txt");
		assertTrue(problem.contains("b.txt.meta.json") && problem.contains("YYYY"), problem);
		try (CorpusStore store = CorpusStore.open(corpus)) {
			Document document = store.findDocument("a");
			assertEquals("Interfax", document.getOutlet());
			assertEquals("2020-12", document.getPublicationDate());
			assertEquals("T", document.getTitle());
			assertNull(store.findDocument("b"));
		}
	}

	@Test
	void importingTwiceKeepsTheFirstAndRejectsTheDuplicates() throws IOException, Exception {
		Path corpus = dir.resolve("corpus");
		assertEquals(5, importInto(corpus, List.of(Fixtures.seeds())).importedCount());
		ImportReport again = importInto(corpus, List.of(Fixtures.seeds()));
		assertEquals(0, again.importedCount());
		assertEquals(5, again.rejectedCount());
		try (CorpusStore store = CorpusStore.open(corpus)) {
			assertEquals(5, store.getCorpus().getDocuments().size());
		}
	}

	/**
	 * The workbench's import: the worker stores the texts and touches no object of the corpus; one
	 * command adds the documents; undo takes them out (their texts stay), redo and save keep them.
	 */
	@Test
	void textsStoredAsideJoinTheCorpusByOneUndoableCommand() throws Exception {
		Path in = Files.createDirectories(dir.resolve("in"));
		Files.writeString(in.resolve("a.txt"), "Talks resume \uD83D\uDE00 in spring\r\n\r\nThe ministers met.\r\n");
		Files.writeString(in.resolve("b.txt"), "Summit postponed\n\nThe leaders will meet later.\n");
		Files.writeString(in.resolve("b-again.txt"), "Summit postponed\n\nThe leaders will meet later.\n");
		try (CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"), "c")) {
			var domain = new org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain(
					new org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory(), new org.eclipse.emf.common.command.BasicCommandStack(),
					store.getResourceSet());
			ArticleImporter.Texts texts = new ArticleImporter(store, ImportOptions.defaults()).importTexts(List.of(in), new NullProgressMonitor());
			assertEquals(2, texts.documents().size(), texts.report().outcomes().toString());
			assertTrue(problems(texts.report()).values().stream().anyMatch(p -> p.startsWith("duplicate")), "the copy within one import is a duplicate");
			assertTrue(store.getCorpus().getDocuments().isEmpty(), "nothing joined the corpus yet");
			assertTrue(!store.isDirty(), "nothing of the corpus changed");
			Document a = texts.documents().stream().filter(d -> d.getImportedFrom().endsWith("/a.txt")).findFirst().orElseThrow();
			assertEquals("Talks resume \uD83D\uDE00 in spring\r\n\r\nThe ministers met.\r\n".length(), a.getLength(), "UTF-16 units, CRLF kept");
			assertEquals(Files.readString(in.resolve("a.txt")), Files.readString(store.getLayout().textFile(a.getId())), "stored byte for byte");

			var command = org.collatio.core.edit.ImportCommands.addImported(domain, store.getCorpus(), texts.documents());
			assertEquals("Import 2 Articles", command.getLabel());
			domain.getCommandStack().execute(command);
			assertEquals(2, store.getCorpus().getDocuments().size());
			assertEquals(a, store.findDocument(a.getId()));
			domain.getCommandStack().undo();
			assertTrue(store.getCorpus().getDocuments().isEmpty());
			assertNull(store.findDocument(a.getId()), "undone: the store no longer knows it");
			assertTrue(Files.exists(store.getLayout().textFile(a.getId())), "its text stays");
			assertTrue(!store.uniqueDocumentId(a.getId()).equals(a.getId()), "its id stays taken while its text is there");
			domain.getCommandStack().redo();
			assertEquals(a, store.findDocument(a.getId()));
			store.save();
		}
		try (CorpusStore reopened = CorpusStore.open(dir.resolve("corpus"))) {
			assertEquals(2, reopened.getCorpus().getDocuments().size());
			Document a = reopened.getCorpus().getDocuments().stream().filter(d -> d.getImportedFrom().endsWith("/a.txt")).findFirst().orElseThrow();
			assertEquals(Files.readString(in.resolve("a.txt")), reopened.getContent(a).getText());
		}
		assertTrue(!org.collatio.core.edit.ImportCommands.addImported(null, null, List.of()).canExecute(), "nothing to add: nothing to undo");
	}
}
