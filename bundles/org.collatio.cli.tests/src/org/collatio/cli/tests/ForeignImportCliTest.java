/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.CorpusStore.LayerChoice;
import org.collatio.model.CollatioFactory;
import org.collatio.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code collatio import --format brat}: a brat folder written by hand (an emoji before the spans,
 * CRLF) into a new corpus and into an existing one as a coder's layer; {@code --dry-run} writes
 * nothing; {@code --type} narrows; a malformed line exits 1 naming the file and line; an unknown
 * type exits 2. Every run keeps the command-line invariants (no stack trace, codes 0-3).
 */
class ForeignImportCliTest {

	static final String TEXT = "\uD83D\uDE00 Acme Corp. denied it.\r\nThe mayor said so.\r\n";

	@TempDir
	Path dir;

	private static String offsets(String what) {
		int begin = TEXT.indexOf(what);
		return TEXT.codePointCount(0, begin) + " " + TEXT.codePointCount(0, begin + what.length());
	}

	private Path brat() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("brat"));
		Files.writeString(folder.resolve("news.txt"), TEXT, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("news.ann"), "T1\tOrganization " + offsets("Acme Corp") + "\tAcme Corp\r\nT2\tPerson " + offsets("The mayor")
				+ "\tThe mayor\r\nA1\tRole T2 Official\r\n#1\tAnnotatorNotes T1\ta company\r\nR1\tDenies Arg1:T1 Arg2:T2\r\n", StandardCharsets.UTF_8);
		return folder;
	}

	private static CliRun run(String... args) {
		CliRun run = CliRun.of(args);
		assertEquals(List.of(), run.problems(List.of("news.ann", "brat")), run.command());
		return run;
	}

	@Test
	void aBratFolderBecomesANewCorpusWithASummary() throws Exception {
		Path corpus = dir.resolve("corpus");
		CliRun run = run("import", "--format", "brat", "--corpus", corpus.toString(), brat().toString());
		assertEquals(0, run.code(), run.err());
		assertTrue(run.out().contains("read: 1 documents, 2 spans, 1 links"), run.out());
		assertTrue(run.out().contains("written: 1 new documents, 2 spans"), run.out());
		assertTrue(run.out().contains("left out: links of Denies (Collatio relates claims, not spans)"), run.out());
		assertTrue(run.out().contains("left out: feature Role of Person (not mapped)"), run.out());
		try (CorpusStore store = CorpusStore.open(corpus)) {
			Document news = store.getCorpus().getDocuments().get(0);
			var spans = store.getContent(news).getSpans();
			assertEquals(List.of("Acme Corp", "The mayor"), spans.stream().map(s -> TEXT.substring(s.getBegin(), s.getEnd())).toList());
			assertEquals("a company", spans.get(0).getNote());
		}
	}

	@Test
	void anotherProducersW3cAnnotationsGoThroughTheGenericReaderAndCollatiosOwnExportIsReadWhole() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("hypothesis"));
		Files.writeString(folder.resolve("news.txt"), TEXT, StandardCharsets.UTF_8);
		String start = String.valueOf(TEXT.codePointCount(0, TEXT.indexOf("The mayor")));
		Files.writeString(folder.resolve("annotations.json"), "[{\"type\": \"Annotation\", \"id\": \"h1\", \"body\": {\"type\": \"TextualBody\", "
				+ "\"purpose\": \"tagging\", \"value\": \"official\"}, \"target\": {\"source\": \"https://example.org/news\", \"selector\": "
				+ "[{\"type\": \"TextQuoteSelector\", \"exact\": \"The mayor\"}, {\"type\": \"TextPositionSelector\", \"start\": " + start
				+ ", \"end\": " + (Integer.parseInt(start) + 9) + "}]}}]", StandardCharsets.UTF_8);
		Path corpus = dir.resolve("from-w3c");
		CliRun run = CliRun.of("import", "--format", "w3c", "--corpus", corpus.toString(), folder.resolve("annotations.json").toString());
		assertEquals(0, run.code(), run.err());
		try (CorpusStore store = CorpusStore.open(corpus)) {
			var content = store.getContent(store.getCorpus().getDocuments().get(0));
			assertEquals(TEXT, content.getText());
			assertEquals(List.of("The mayor"), content.getSpans().stream().map(s -> TEXT.substring(s.getBegin(), s.getEnd())).toList());
			assertEquals("official", content.getSpans().get(0).getTags().get(0).getName());
		}

		Path export = dir.resolve("export");
		CliRun exported = CliRun.of("export", "--corpus", corpus.toString(), "--format", "w3c", "--out", export.toString());
		assertEquals(0, exported.code(), exported.err());
		CliRun back = CliRun.of("import", "--format", "w3c", "--corpus", dir.resolve("back").toString(), export.toString());
		assertEquals(0, back.code(), back.err());
		assertTrue(back.out().startsWith("Imported "), "Collatio's own export is read back whole: " + back.out());
	}

	@Test
	void aDryRunShowsTheSurveyAndWritesNothing() throws Exception {
		Path corpus = dir.resolve("corpus");
		CliRun run = run("import", "--format", "brat", "--dry-run", "--corpus", corpus.toString(), brat().toString());
		assertEquals(0, run.code(), run.err());
		assertTrue(run.out().contains("1 documents (0 match a document of the corpus, 1 new), 2 spans"), run.out());
		assertTrue(run.out().contains("layer Person: 1 spans"), run.out());
		assertTrue(run.out().contains("feature Role: 1 spans, 1 distinct values, e.g. Official"), run.out());
		assertTrue(run.out().contains("link layer Denies: 1 links"), run.out());
		assertFalse(Files.exists(corpus), "nothing written");
	}

	@Test
	void intoAnExistingCorpusAsACodersLayerWithOnlyTheTypesAsked() throws Exception {
		Path corpus = dir.resolve("corpus");
		try (CorpusStore store = CorpusStore.openOrCreate(corpus, "existing")) {
			Document document = CollatioFactory.eINSTANCE.createDocument();
			document.setId("article");
			store.addDocument(document, TEXT);
			store.save();
		}
		CliRun run = run("import", "--format", "brat", "--corpus", corpus.toString(), "--coder", "Brat Person", "--type", "Person=Role", brat().toString());
		assertEquals(0, run.code(), run.err());
		assertTrue(run.out().contains("1 matched documents"), run.out());
		try (CorpusStore theirs = CorpusStore.open(corpus, LayerChoice.coder("Brat Person"))) {
			var spans = theirs.getContent(theirs.findDocument("article")).getSpans();
			assertEquals(List.of("Official"), spans.stream().flatMap(s -> s.getTags().stream()).map(t -> t.getName()).toList());
		}
	}

	@Test
	void aMalformedLineExits1NamingFileAndLineAndAnUnknownTypeExits2() throws Exception {
		Path brat = brat();
		Path corpus = dir.resolve("corpus");
		CliRun unknown = run("import", "--format", "brat", "--corpus", corpus.toString(), "--type", "Nope", brat.toString());
		assertEquals(2, unknown.code());
		assertTrue(unknown.err().contains("Nope") && unknown.err().contains("Organization"), unknown.err());
		Files.writeString(brat.resolve("news.ann"), "T1\tOrganization 2 11\tAcme Corp\r\nR1\tDenies Arg1:T1 Arg2:T9\r\n");
		CliRun broken = run("import", "--format", "brat", "--corpus", corpus.toString(), brat.toString());
		assertEquals(1, broken.code());
		assertTrue(broken.err().contains("news.ann: line 2: R1 refers to T9"), broken.err());
		assertFalse(Files.exists(corpus));
	}

	@Test
	void garbageInEitherFormatExits1NamingTheFileAndWritesNothing() throws Exception {
		String typeSystem = "<?xml version=\"1.0\"?><typeSystemDescription xmlns=\"http://uima.apache.org/resourceSpecifier\"><types><typeDescription>"
				+ "<name>x.Span</name><supertypeName>uima.tcas.Annotation</supertypeName></typeDescription></types></typeSystemDescription>";
		String head = "<?xml version=\"1.0\"?><xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:cas=\"http:///uima/cas.ecore\" xmlns:x=\"http:///x.ecore\">"
				+ "<cas:Sofa xmi:id=\"1\" sofaID=\"_InitialView\" sofaString=\"\uD83D\uDE00 ab\"/>";
		List<String> xmis = List.of("", "not xml", head, head + "<x:Span xmi:id=\"2\" sofa=\"1\" begin=\"1\" end=\"3\"/></xmi:XMI>",
				head + "<x:Span xmi:id=\"2\" sofa=\"1\" begin=\"-1\" end=\"3\"/></xmi:XMI>", head + "<x:Other xmi:id=\"2\" sofa=\"1\"/></xmi:XMI>",
				"<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\">&e;</xmi:XMI>");
		int n = 0;
		for (String xmi : xmis) {
			Path folder = Files.createDirectories(dir.resolve("uima" + n));
			Files.writeString(folder.resolve("TypeSystem.xml"), typeSystem);
			Files.writeString(folder.resolve("broken.xmi"), xmi, StandardCharsets.UTF_8);
			Path corpus = dir.resolve("corpus-u" + n++);
			CliRun run = CliRun.of("import", "--format", "uima-xmi", "--corpus", corpus.toString(), folder.toString());
			assertEquals(List.of(), run.problems(List.of("broken.xmi")), xmi);
			assertEquals(1, run.code(), xmi + ": " + run.err());
			assertFalse(Files.exists(corpus));
		}
		List<String> anns = List.of("T1\tOrg 0 99\tx", "T1\tOrg", "T1\tOrg 3 1\tx", "X1\tfoo", "A1\tNegated T7", "T1\tOrg 0 1\t\uD83D\uDE00\nT1\tOrg 0 1\t\uD83D\uDE00",
				"R1\tRel Arg1:T1", "N1\tReference T1", "T1\tOrg 0 1;2\tx");
		for (String ann : anns) {
			Path folder = Files.createDirectories(dir.resolve("brat" + n));
			Files.writeString(folder.resolve("news.txt"), "\uD83D\uDE00 ab", StandardCharsets.UTF_8);
			Files.writeString(folder.resolve("news.ann"), ann, StandardCharsets.UTF_8);
			Path corpus = dir.resolve("corpus-b" + n++);
			CliRun run = CliRun.of("import", "--format", "brat", "--corpus", corpus.toString(), folder.toString());
			assertEquals(List.of(), run.problems(List.of("news.ann")), ann);
			assertEquals(1, run.code(), ann + ": " + run.err());
			assertTrue(run.err().contains("news.ann: line "), run.err());
			assertFalse(Files.exists(corpus));
		}
	}
}
