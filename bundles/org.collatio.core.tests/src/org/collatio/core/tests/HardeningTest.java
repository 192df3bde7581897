/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.collatio.core.imports.ArticleImporter;
import org.collatio.core.imports.ImportOptions;
import org.collatio.core.imports.ImportReport;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusLockedException;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.XmlChars;
import org.collatio.model.CollatioFactory;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input never loses work: the defects of the fuzzing campaign (issue 11), each reproduced. */
class HardeningTest {

	@TempDir
	Path dir;

	private ImportReport importInto(Path corpus, Path... paths) throws Exception {
		try (CorpusStore store = CorpusStore.openOrCreate(corpus, "c")) {
			return new ArticleImporter(store, ImportOptions.defaults()).importPaths(List.of(paths), new NullProgressMonitor());
		}
	}

	private static Map<String, String> problems(ImportReport report) {
		return report.outcomes().stream().filter(o -> !o.imported())
				.collect(Collectors.toMap(o -> o.file().getFileName().toString(), ImportReport.Outcome::problem));
	}

	@Test
	void aCharacterXmlCannotCarryInATitleNoLongerLosesTheWholeImport() throws Exception {
		Path in = Files.createDirectories(dir.resolve("in"));
		for (int i = 1; i <= 3; i++) {
			Files.writeString(in.resolve("good" + i + ".txt"), "Headline " + i + "\n\nBody " + i + ".\n");
		}
		byte[] bad = "Bad \uFFFF title\n\nThe body.\n".getBytes(StandardCharsets.UTF_8); // EF BF BF
		Files.write(in.resolve("bad.txt"), bad);
		Files.writeString(in.resolve("control.txt"), "Bell \u0007 title\n\nAnother body.\n");
		ImportReport report = importInto(dir.resolve("corpus"), in);
		assertEquals(5, report.importedCount(), report.outcomes().toString());

		try (CorpusStore store = CorpusStore.open(dir.resolve("corpus"))) {
			assertEquals(5, store.getCorpus().getDocuments().size());
			Document document = store.findDocument("bad");
			assertEquals("Bad \uFFFD title", document.getTitle());
			// the stored text is the input, byte for byte: only what goes into XML is cleaned
			assertTrue(java.util.Arrays.equals(bad, Files.readAllBytes(dir.resolve("corpus/documents/bad.txt"))));
			// a note typed (or imported) with such characters saves too
			DocumentContent content = store.getContent(document);
			SpanAnnotation span = CollatioFactory.eINSTANCE.createSpanAnnotation();
			span.setId("s1");
			span.setBegin(0);
			span.setEnd(3);
			span.setNote("a \u0001 note with a lone \uD800 surrogate and \uD83D\uDE00");
			content.getSpans().add(span);
			store.save();
		}
		try (CorpusStore store = CorpusStore.open(dir.resolve("corpus"))) {
			String note = store.getContent(store.findDocument("bad")).getSpans().get(0).getNote();
			assertEquals("a \uFFFD note with a lone \uFFFD surrogate and \uD83D\uDE00", note);
		}
	}

	@Test
	void xmlCharsReplacesUnitForUnitAndKeepsPairs() {
		String text = "a\u0000b\uFFFEc\uDC00d\uD83D\uDE00e\r\n\t";
		String clean = XmlChars.clean(text);
		assertEquals(text.length(), clean.length());
		assertEquals(text.codePointCount(0, text.length()), clean.codePointCount(0, clean.length()));
		assertEquals("a\uFFFDb\uFFFDc\uFFFDd\uD83D\uDE00e\r\n\t", clean);
		assertTrue(XmlChars.isValid(clean));
		assertFalse(XmlChars.isValid(text));
	}

	@Test
	void aSpanOutsideItsTextIsRefusedWhenReadNamingTheFile() throws Exception {
		Path corpus = dir.resolve("corpus");
		try (CorpusStore store = CorpusStore.openOrCreate(corpus, "c")) {
			Document document = CollatioFactory.eINSTANCE.createDocument();
			document.setId("a");
			store.addDocument(document, "Short text.");
			SpanAnnotation span = CollatioFactory.eINSTANCE.createSpanAnnotation();
			span.setId("s1");
			span.setBegin(0);
			span.setEnd(5);
			store.getContent(document).getSpans().add(span);
			store.save();
		}
		Path xmi = corpus.resolve("documents/a.xmi");
		Files.writeString(xmi, Files.readString(xmi).replace("end=\"5\"", "end=\"999999\""));
		try (CorpusStore store = CorpusStore.open(corpus)) {
			CorpusException e = assertThrows(CorpusException.class, () -> store.getContent(store.findDocument("a")));
			assertEquals(xmi, e.getFile());
			assertTrue(e.getMessage().contains("span s1") && e.getMessage().contains("999999") && e.getMessage().contains("outside its text"),
					e.getMessage());
			assertTrue(store.getDamaged().containsKey("a"));
		}
	}

	@Test
	void aTruncatedTextFileIsNoticedWithOrWithoutAnnotations() throws Exception {
		Path corpus = dir.resolve("corpus");
		try (CorpusStore store = CorpusStore.openOrCreate(corpus, "c")) {
			for (String id : List.of("plain", "annotated")) {
				Document document = CollatioFactory.eINSTANCE.createDocument();
				document.setId(id);
				store.addDocument(document, "A text of some length, " + id + ".");
			}
			SpanAnnotation span = CollatioFactory.eINSTANCE.createSpanAnnotation();
			span.setId("s1");
			span.setBegin(0);
			span.setEnd(1);
			store.getContent(store.findDocument("annotated")).getSpans().add(span);
			store.save();
		}
		for (String id : List.of("plain", "annotated")) {
			Path text = corpus.resolve("documents/" + id + ".txt");
			Files.write(text, java.util.Arrays.copyOf(Files.readAllBytes(text), 6));
		}
		try (CorpusStore store = CorpusStore.open(corpus)) {
			CorpusException plain = assertThrows(CorpusException.class, () -> store.readText(store.findDocument("plain")));
			assertEquals(corpus.resolve("documents/plain.txt"), plain.getFile());
			assertTrue(plain.getMessage().contains("truncated"), plain.getMessage());
			CorpusException annotated = assertThrows(CorpusException.class, () -> store.getContent(store.findDocument("annotated")));
			assertEquals(corpus.resolve("documents/annotated.txt"), annotated.getFile());
		}
	}

	@Test
	void aTextFileThatIsNotUtf8IsNamedItselfNotItsAnnotationFile() throws Exception {
		Path corpus = dir.resolve("corpus");
		try (CorpusStore store = CorpusStore.openOrCreate(corpus, "c")) {
			Document document = CollatioFactory.eINSTANCE.createDocument();
			document.setId("a");
			store.addDocument(document, "caf\u00e9");
			SpanAnnotation span = CollatioFactory.eINSTANCE.createSpanAnnotation();
			span.setId("s1");
			span.setBegin(0);
			span.setEnd(1);
			store.getContent(document).getSpans().add(span);
			store.save();
		}
		Files.write(corpus.resolve("documents/a.txt"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
		try (CorpusStore store = CorpusStore.open(corpus)) {
			CorpusException e = assertThrows(CorpusException.class, () -> store.getContent(store.findDocument("a")));
			assertEquals(corpus.resolve("documents/a.txt"), e.getFile());
			assertTrue(e.getMessage().contains("not valid UTF-8") && !e.getMessage().contains("Input length"), e.getMessage());
		}
	}

	@Test
	void aSymbolicLinkLoopIsSkippedAndTheRestOfTheFolderImported() throws Exception {
		Path in = Files.createDirectories(dir.resolve("in/sub"));
		Files.writeString(in.resolve("a.txt"), "Headline A\n\nBody A.\n");
		Files.writeString(dir.resolve("in/b.txt"), "Headline B\n\nBody B.\n");
		Files.createSymbolicLink(in.resolve("loop"), dir.resolve("in"));
		ImportReport report = importInto(dir.resolve("corpus"), dir.resolve("in"));
		assertEquals(2, report.importedCount(), report.outcomes().toString());
		assertEquals(1, report.rejectedCount(), report.outcomes().toString());
		assertTrue(problems(report).get("loop").contains("symbolic link loop"), problems(report).toString());
	}

	@Test
	void filesLeftOutOnPurposeAreReportedAsSkippedWithTheReason() throws Exception {
		Path in = Files.createDirectories(dir.resolve("in"));
		Files.writeString(in.resolve("a.txt"), "Headline A\n\nBody A.\n");
		Files.writeString(in.resolve(".hidden.txt"), "Headline H\n\nBody H.\n");
		Files.writeString(in.resolve("README.md"), "# About these files\n");
		Files.writeString(in.resolve("LICENSE"), "Some licence\n");
		ImportReport report = importInto(dir.resolve("corpus"), in);
		assertEquals(1, report.importedCount());
		assertEquals(0, report.rejectedCount());
		assertEquals(3, report.skippedCount());
		Map<String, String> skipped = problems(report);
		assertTrue(skipped.get(".hidden.txt").contains("hidden"), skipped.toString());
		assertTrue(skipped.get("README.md").contains("README"), skipped.toString());
		assertTrue(report.summary().contains("skipped 3"), report.summary());
	}

	@Test
	void htmlExtractionIsLinearInThePage() throws Exception {
		Path in = Files.createDirectories(dir.resolve("in"));
		StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><title>Many paragraphs</title></head><body><article>");
		for (int i = 0; i < 200_000; i++) {
			page.append("<p>p").append(i).append("</p>");
		}
		page.append("</article></body></html>");
		Files.writeString(in.resolve("many.html"), page);
		// quadratic before (a 1.6 MB page of 200,000 paragraphs had not finished after 60 s): this must simply finish
		ImportReport report = importInto(dir.resolve("corpus"), in);
		assertEquals(1, report.importedCount(), report.outcomes().toString());
		try (CorpusStore store = CorpusStore.open(dir.resolve("corpus"))) {
			String text = store.readText(store.getCorpus().getDocuments().get(0));
			assertTrue(text.startsWith("p0\n\np1\n\n") && text.endsWith("p199999\n"), text.substring(0, 40));
		}
	}

	@Test
	void randomBytesNamedHtmlAreRefusedLikeTheSameBytesNamedTxt() throws Exception {
		Path in = Files.createDirectories(dir.resolve("in"));
		byte[] noise = new byte[4096];
		new Random(11).nextBytes(noise);
		Files.write(in.resolve("noise.html"), noise);
		Files.write(in.resolve("noise.txt"), noise);
		ImportReport report = importInto(dir.resolve("corpus"), in);
		assertEquals(0, report.importedCount(), report.outcomes().toString());
		assertTrue(problems(report).get("noise.html").contains("binary"), problems(report).toString());
	}

	@Test
	void impossibleDatesInMetadataAreRefused() throws Exception {
		Path in = Files.createDirectories(dir.resolve("in"));
		Files.writeString(in.resolve("a.txt"), "Headline A\n\nBody A.\n");
		Files.writeString(in.resolve("a.txt.meta.json"), "{\"date\": \"2021-02-30\"}");
		Files.writeString(in.resolve("b.txt"), "Headline B\n\nBody B.\n");
		Files.writeString(in.resolve("b.txt.meta.json"), "{\"date\": \"2020-13-45\"}");
		Files.writeString(in.resolve("c.txt"), "Headline C\n\nBody C.\n");
		Files.writeString(in.resolve("c.txt.meta.json"), "{\"date\": \"2024-02-29\"}");
		ImportReport report = importInto(dir.resolve("corpus"), in);
		assertEquals(1, report.importedCount(), report.outcomes().toString());
		assertTrue(problems(report).get("a.txt").contains("real date"), problems(report).toString());
		assertTrue(problems(report).get("b.txt").contains("real date"), problems(report).toString());
	}

	@Test
	void deeplyNestedOrHugeNumberMetadataIsAClearRejection() throws Exception {
		Path in = Files.createDirectories(dir.resolve("in"));
		Files.writeString(in.resolve("a.txt"), "Headline A\n\nBody A.\n");
		Files.writeString(in.resolve("a.txt.meta.json"), "[".repeat(1000) + "]".repeat(1000));
		Files.writeString(in.resolve("b.txt"), "Headline B\n\nBody B.\n");
		Files.writeString(in.resolve("b.txt.meta.json"), "{\"title\": " + "9".repeat(200_000) + "}");
		ImportReport report = importInto(dir.resolve("corpus"), in);
		assertEquals(0, report.importedCount(), report.outcomes().toString());
		assertTrue(problems(report).get("a.txt").contains("not valid JSON"), problems(report).toString());
		assertTrue(problems(report).get("b.txt").contains("not valid JSON"), problems(report).toString());
	}

	@Test
	void sizesThatReadTheSameInMegabytesAreGivenInBytes() throws Exception {
		Path in = Files.createDirectories(dir.resolve("in"));
		Files.write(in.resolve("big.txt"), new byte[(int) ImportOptions.DEFAULT_MAX_BYTES + 10]);
		ImportReport report = importInto(dir.resolve("corpus"), in);
		String problem = problems(report).get("big.txt");
		assertTrue(problem.contains("20,971,530 bytes, the limit is 20,971,520 bytes"), problem);
	}

	@Test
	void aNewCorpusIsOnDiskAtOnceAndLeftoversOfAKilledImportAreCleanedOnOpen() throws Exception {
		Path corpus = dir.resolve("corpus");
		try (CorpusStore store = CorpusStore.openOrCreate(corpus, "c")) {
			assertTrue(Files.isRegularFile(corpus.resolve("corpus.xmi")), "a killed first import must leave a corpus that opens");
		}
		Path in = Files.createDirectories(dir.resolve("in"));
		Files.writeString(in.resolve("good1.txt"), "Headline\n\nBody.\n");
		// what an import killed before its save leaves: the text file, and a temporary file of an atomic write
		Files.writeString(corpus.resolve("documents/good1.txt"), "Headline\n\nBody.\n");
		Files.writeString(corpus.resolve(".corpus.xmi12345.tmp"), "<half");
		try (CorpusStore store = CorpusStore.openOrCreate(corpus, "c")) {
			assertEquals(2, store.getRecoveries().size(), store.getRecoveries().toString());
			assertFalse(Files.exists(corpus.resolve(".corpus.xmi12345.tmp")));
			assertTrue(Files.isRegularFile(corpus.resolve("documents/.orphaned/good1.txt")), "the orphan text is moved aside, not deleted");
			ImportReport report = new ArticleImporter(store, ImportOptions.defaults()).importPaths(List.of(in), new NullProgressMonitor());
			assertEquals(1, report.importedCount());
			assertNotNull(store.findDocument("good1"), "the re-run stores the article under its own id, not good1-2");
		}
	}

	@Test
	void readersShareTheCorpusAndCannotWriteWhileAWriterWaits() throws Exception {
		Path corpus = dir.resolve("corpus");
		Files.createDirectories(dir.resolve("in"));
		Files.writeString(dir.resolve("in/a.txt"), "Headline\n\nBody.\n");
		importInto(corpus, dir.resolve("in"));
		try (CorpusStore first = CorpusStore.openReadOnly(corpus); CorpusStore second = CorpusStore.openReadOnly(corpus)) {
			assertEquals(1, second.getCorpus().getDocuments().size());
			assertTrue(first.isReadOnly());
			CorpusException refused = assertThrows(CorpusException.class, first::save);
			assertTrue(refused.getMessage().contains("reading only"), refused.getMessage());
			assertThrows(CorpusLockedException.class, () -> CorpusStore.open(corpus));
		}
		try (CorpusStore writer = CorpusStore.open(corpus)) {
			assertThrows(CorpusLockedException.class, () -> CorpusStore.openReadOnly(corpus));
		}
	}

	@Test
	void aFailingSaveListenerNeverBreaksTheSave() throws Exception {
		Path corpus = dir.resolve("corpus");
		List<RuntimeException> reported = new ArrayList<>();
		try (CorpusStore store = CorpusStore.openOrCreate(corpus, "c")) {
			store.addSaveListener(event -> {
				throw new IllegalStateException("the index is broken");
			});
			store.setListenerFailureHandler(reported::add);
			store.getCorpus().setDescription("changed");
			store.save();
			assertFalse(store.isDirty());
		}
		assertEquals(1, reported.size());
		try (CorpusStore store = CorpusStore.open(corpus); Stream<Path> files = Files.list(corpus)) {
			assertEquals("changed", store.getCorpus().getDescription());
		}
	}

	@Test
	void aClosedStoreRefusesToReadOrWrite() throws Exception {
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"), "c");
		store.close();
		assertTrue(store.isClosed());
		assertThrows(CorpusException.class, store::save);
	}
}
