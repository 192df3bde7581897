/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.CorpusStore.LayerChoice;
import org.collatio.io.ExportScope;
import org.collatio.io.FormatException;
import org.collatio.io.Progress;
import org.collatio.io.UimaXmiExport;
import org.collatio.io.foreign.DocumentMatcher;
import org.collatio.io.foreign.ForeignImport;
import org.collatio.io.foreign.ForeignSurvey;
import org.collatio.io.foreign.ImportMapping;
import org.collatio.io.foreign.ImportSummary;
import org.collatio.io.foreign.UimaXmiReader;
import org.collatio.model.CollatioFactory;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * INCEpTION's UIMA CAS XMI, written by UIMA itself ({@link InceptionFixture}), imported: every
 * span's covered text is UIMA's, counts match, NamedEntity values and the custom layer's feature
 * become tags (Actor/Person nested), the relation layer is reported as left out, the project zip of
 * two users lands on one document, an existing corpus gets the annotations as a coder's layer, a
 * broken file leaves the corpus untouched, and export -> import -> export is stable.
 */
class UimaXmiImportTest {

	@TempDir
	Path dir;
	private final UimaXmiReader reader = new UimaXmiReader();

	private ImportMapping mapping(Path source) throws Exception {
		ForeignSurvey survey = ForeignImport.survey(reader, source, DocumentMatcher.none(), Progress.NONE);
		return ImportMapping.defaults(survey, reader.label());
	}

	/** NamedEntity by its value, Claimish by its Stance. */
	private ImportMapping chosen(Path source) throws Exception {
		return mapping(source).only(Map.of("NamedEntity", "value", "Claimish", "Stance"));
	}

	/** "type|covered text|tag path" of every span of the corpus's documents, sorted. */
	private static List<String> spans(CorpusStore store) throws Exception {
		List<String> spans = new ArrayList<>();
		for (Document document : store.getCorpus().getDocuments()) {
			DocumentContent content = store.getContent(document);
			for (SpanAnnotation span : content.getSpans()) {
				for (Tag tag : span.getTags()) {
					spans.add(document.getImportedFrom() + "|" + content.getText().substring(span.getBegin(), span.getEnd()) + "|" + path(tag));
				}
			}
		}
		spans.sort(null);
		return spans;
	}

	private static String path(Tag tag) {
		String path = tag.getName();
		for (Tag parent = tag.getParent(); parent != null; parent = parent.getParent()) {
			path = parent.getName() + "/" + path;
		}
		return ((org.collatio.model.TagSet) rootOf(tag).eContainer()).getName() + ":" + path;
	}

	private static Tag rootOf(Tag tag) {
		Tag root = tag;
		while (root.getParent() != null) {
			root = root.getParent();
		}
		return root;
	}

	private static List<String> expected(InceptionFixture fixture) {
		List<String> expected = new ArrayList<>();
		for (InceptionFixture.Expected e : fixture.expected) {
			if (!e.type().equals(InceptionFixture.TOKEN)) {
				expected.add(e.document() + "|" + e.coveredText() + "|" + ImportMapping.shortName(e.type()) + ":" + e.value());
			}
		}
		expected.sort(null);
		return expected;
	}

	@Test
	void namedEntitiesAndTheCustomLayerBecomeTagsOverUimasCoveredText() throws Exception {
		InceptionFixture fixture = new InceptionFixture().writeFolder(dir.resolve("xmi"));
		ImportSummary summary = ForeignImport.intoNewCorpus(reader, dir.resolve("xmi"), chosen(dir.resolve("xmi")), dir.resolve("corpus"), Progress.NONE);
		try (CorpusStore store = CorpusStore.open(dir.resolve("corpus"))) {
			assertEquals(expected(fixture), spans(store), "covered texts and tags are UIMA's");
			Document doc1 = store.getCorpus().getDocuments().stream().filter(d -> "doc1.xmi".equals(d.getImportedFrom())).findFirst().orElseThrow();
			assertEquals(InceptionFixture.TEXT_1, store.readText(doc1), "the sofa is the text, exactly (CRLF, the character outside the BMP)");
			assertEquals("en", doc1.getLanguage());
		}
		assertEquals(2, summary.read("documents"));
		assertEquals(fixture.expected.size(), summary.read("spans"), "every annotation read, tokens included");
		assertEquals(fixture.expected.size() - 3, summary.written("spans"), "all but the three tokens");
		assertEquals(Map.of(), summary.leftOut().entrySet().stream().filter(e -> e.getKey().startsWith("feature") && !e.getKey().contains("Comment"))
				.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "only the Comment feature is not mapped");
		assertEquals(fixture.relations, summary.leftOut().get("links of " + InceptionFixture.SUPPORT + " (" + ImportMapping.LINKS_LEFT_OUT + ")"));
		assertEquals(3, summary.leftOut().get("spans of " + InceptionFixture.TOKEN + " (the layer was not chosen)"));
	}

	@Test
	void theSurveyShowsLayersFeaturesValuesAndLinks() throws Exception {
		new InceptionFixture().writeFolder(dir.resolve("xmi"));
		ForeignSurvey survey = ForeignImport.survey(reader, dir.resolve("xmi"), DocumentMatcher.none(), Progress.NONE);
		assertEquals(2, survey.documents().size());
		ForeignSurvey.LayerSurvey entities = survey.layers().get(InceptionFixture.NAMED_ENTITY);
		assertEquals(3, entities.spans());
		assertEquals(List.of("Actor/Person", "ORG", "PER"), entities.features().get("value").samples().stream().sorted().toList());
		assertTrue(entities.features().get("value").looksHierarchical());
		assertEquals(Map.of(InceptionFixture.SUPPORT, 1), survey.links());
		ImportMapping mapping = ImportMapping.defaults(survey, reader.label());
		assertEquals("value", mapping.layer(InceptionFixture.NAMED_ENTITY).tagFeature());
		assertFalse(mapping.layer(InceptionFixture.TOKEN).imported(), "DKPro's segmentation is not imported unless asked for");
	}

	@Test
	void aChosenFeatureGivesTheNoteAndFlatKeepsPathsWhole() throws Exception {
		new InceptionFixture().writeFolder(dir.resolve("xmi"));
		ImportMapping mapping = mapping(dir.resolve("xmi")).only(Map.of("NamedEntity", "value", "Claimish", "Stance")).withNoteFeature("Comment")
				.withHierarchical(false);
		ForeignImport.intoNewCorpus(reader, dir.resolve("xmi"), mapping, dir.resolve("corpus"), Progress.NONE);
		try (CorpusStore store = CorpusStore.open(dir.resolve("corpus"))) {
			List<String> spans = spans(store);
			assertTrue(spans.contains("doc1.xmi|Alice Smith|NamedEntity:Actor/Person"), spans.toString());
			Tag flat = store.getCorpus().getTagSets().stream().filter(s -> s.getName().equals("NamedEntity")).findFirst().orElseThrow().getTags().stream()
					.filter(t -> t.getName().equals("Actor/Person")).findFirst().orElseThrow();
			assertTrue(flat.getChildren().isEmpty());
			Document doc1 = store.getCorpus().getDocuments().stream().filter(d -> "doc1.xmi".equals(d.getImportedFrom())).findFirst().orElseThrow();
			assertEquals(List.of("a forecast"), store.getContent(doc1).getSpans().stream().map(SpanAnnotation::getNote).filter(n -> n != null).toList());
		}
	}

	@Test
	void hierarchicalValuesMakeNestedTags() throws Exception {
		new InceptionFixture().writeFolder(dir.resolve("xmi"));
		ForeignImport.intoNewCorpus(reader, dir.resolve("xmi"), mapping(dir.resolve("xmi")), dir.resolve("corpus"), Progress.NONE);
		try (CorpusStore store = CorpusStore.open(dir.resolve("corpus"))) {
			Tag actor = store.getCorpus().getTagSets().stream().filter(s -> s.getName().equals("NamedEntity")).findFirst().orElseThrow().getTags().stream()
					.filter(t -> t.getName().equals("Actor")).findFirst().orElseThrow();
			assertEquals(List.of("Person"), actor.getChildren().stream().map(Tag::getName).toList());
		}
	}

	@Test
	void inceptionsProjectZipPutsEveryUsersAnnotationsOnOneDocument() throws Exception {
		InceptionFixture fixture = new InceptionFixture().writeProjectZip(dir.resolve("project.zip"));
		ImportSummary summary = ForeignImport.intoNewCorpus(reader, dir.resolve("project.zip"), chosen(dir.resolve("project.zip")), dir.resolve("corpus"),
				Progress.NONE);
		try (CorpusStore store = CorpusStore.open(dir.resolve("corpus"))) {
			assertEquals(1, store.getCorpus().getDocuments().size(), "alice's and bob's CAS of doc1.txt are one document");
			List<String> spans = spans(store);
			List<String> expected = new ArrayList<>(expected(fixture));
			expected.add("doc1.txt|Alice Smith|NamedEntity:PER"); // bob's
			expected.sort(null);
			assertEquals(expected, spans, "bob's PER on Alice Smith is a span of its own, alice's is Actor/Person");
		}
		assertEquals(1, summary.written("matched documents"));
	}

	@Test
	void inceptionsDocumentExportZipIsReadLikeTheFolder() throws Exception {
		InceptionFixture fixture = new InceptionFixture().writeFolder(dir.resolve("xmi"));
		Path zip = dir.resolve("export.zip");
		try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
			for (String file : List.of("TypeSystem.xml", "doc1.xmi", "doc2.xmi")) {
				out.putNextEntry(new java.util.zip.ZipEntry(file));
				out.write(Files.readAllBytes(dir.resolve("xmi").resolve(file)));
			}
		}
		ForeignImport.intoNewCorpus(reader, zip, chosen(zip), dir.resolve("corpus"), Progress.NONE);
		try (CorpusStore store = CorpusStore.open(dir.resolve("corpus"))) {
			assertEquals(expected(fixture), spans(store));
		}
	}

	@Test
	void aDocumentOfTheSameNameButAnotherTextIsNotAMatchAndTheSurveySaysSo() throws Exception {
		new InceptionFixture().writeFolder(dir.resolve("xmi"));
		Path corpus = dir.resolve("corpus");
		try (CorpusStore store = CorpusStore.openOrCreate(corpus, "existing")) {
			Document doc2 = CollatioFactory.eINSTANCE.createDocument();
			doc2.setId("doc2");
			store.addDocument(doc2, "Another text altogether.");
			store.save();
			ForeignSurvey survey = ForeignImport.survey(reader, dir.resolve("xmi"), DocumentMatcher.of(store), Progress.NONE);
			ForeignSurvey.DocumentEntry entry = survey.documents().stream().filter(d -> d.name().equals("doc2.xmi")).findFirst().orElseThrow();
			assertTrue(entry.match().isNew());
			assertEquals("doc2", entry.match().sameNameOtherText());
			assertTrue(survey.describe().stream().anyMatch(line -> line.contains("doc2.xmi: document doc2 has its name but another text")), survey.describe().toString());
		}
	}

	@Test
	void intoAnExistingCorpusAsACodersLayerMatchingByIdenticalText() throws Exception {
		new InceptionFixture().writeFolder(dir.resolve("xmi"));
		Path corpus = dir.resolve("corpus");
		try (CorpusStore store = CorpusStore.openOrCreate(corpus, "existing", LayerChoice.coder("me"))) {
			Document same = CollatioFactory.eINSTANCE.createDocument();
			same.setId("article-7");
			same.setTitle("The same text under another name");
			store.addDocument(same, InceptionFixture.TEXT_1);
			store.save();
		}
		ImportSummary summary = ForeignImport.intoCorpus(reader, dir.resolve("xmi"), mapping(dir.resolve("xmi")), corpus, LayerChoice.coder("inception"),
				Progress.NONE);
		assertEquals(1, summary.written("matched documents"));
		assertEquals(1, summary.written("new documents"));
		try (CorpusStore mine = CorpusStore.open(corpus, LayerChoice.coder("me"))) {
			assertEquals(2, mine.getCorpus().getDocuments().size());
			assertTrue(mine.getContent(mine.findDocument("article-7")).getSpans().isEmpty(), "the first coder's layer is untouched");
		}
		try (CorpusStore theirs = CorpusStore.open(corpus, LayerChoice.coder("inception"))) {
			DocumentContent content = theirs.getContent(theirs.findDocument("article-7"));
			assertEquals(4, content.getSpans().size());
			assertTrue(content.getSpans().stream().allMatch(span -> span.getAnnotator() == theirs.getCoder()));
		}
		ImportSummary again = ForeignImport.intoCorpus(reader, dir.resolve("xmi"), mapping(dir.resolve("xmi")), corpus, LayerChoice.coder("inception"),
				Progress.NONE);
		assertEquals(0, again.written("spans"), "the same import twice adds nothing");
		assertEquals(0, again.written("new documents"));
	}

	@Test
	void anAnnotationOutsideTheTextIsRefusedNamingFileAndIdAndTheCorpusIsUntouched() throws Exception {
		new InceptionFixture().writeFolder(dir.resolve("xmi"));
		Path broken = dir.resolve("xmi/doc2.xmi");
		String xmi = Files.readString(broken, StandardCharsets.UTF_8);
		String bad = xmi.replaceFirst("(NamedEntity [^>]*\\bend=\")\\d+\"", "$19999\""); // Bob Jones ends past the text
		assertFalse(bad.equals(xmi));
		Files.writeString(broken, bad, StandardCharsets.UTF_8);
		Path corpus = dir.resolve("corpus");
		try (CorpusStore store = CorpusStore.openOrCreate(corpus, "existing", LayerChoice.coder("me"))) {
			Document same = CollatioFactory.eINSTANCE.createDocument();
			same.setId("one");
			store.addDocument(same, InceptionFixture.TEXT_1);
			store.save();
		}
		Map<String, Integer> before = FolderState.of(corpus);
		FormatException refused = assertThrows(FormatException.class,
				() -> ForeignImport.intoCorpus(reader, dir.resolve("xmi"), ImportMapping.defaults(new ForeignSurvey(DocumentMatcher.none()), "x"), corpus, LayerChoice.coder("x"),
						Progress.NONE));
		assertTrue(refused.getMessage().contains("doc2.xmi") && refused.getMessage().contains("xmi:id 3 (" + InceptionFixture.NAMED_ENTITY + ")") && refused.getMessage().contains("9999"),
				refused.getMessage());
		assertEquals(before, FolderState.of(corpus), "nothing written, not even the new coder");
		FormatException intoNew = assertThrows(FormatException.class,
				() -> ForeignImport.intoNewCorpus(reader, dir.resolve("xmi"), ImportMapping.defaults(new ForeignSurvey(DocumentMatcher.none()), "x"),
						dir.resolve("new"), Progress.NONE));
		assertTrue(intoNew.getMessage().contains("doc2.xmi"));
		assertFalse(Files.exists(dir.resolve("new")), "no corpus left behind");
	}

	@Test
	void collatiosOwnExportImportedAndExportedAgainIsTheSame() throws Exception {
		Path first = dir.resolve("first");
		try (CorpusStore store = CorpusStore.openOrCreate(dir.resolve("original"), "original")) {
			spansOnly(store);
			UimaXmiExport.export(store, ExportScope.WHOLE_CORPUS, first, Progress.NONE);
		}
		ImportMapping mapping = mapping(first).only(Map.of("org.collatio.Span", "tags")).withNoteFeature("note").withHierarchical(false);
		ForeignImport.intoNewCorpus(reader, first, mapping, dir.resolve("copy"), Progress.NONE);
		Path second = dir.resolve("second");
		try (CorpusStore copy = CorpusStore.open(dir.resolve("copy"))) {
			UimaXmiExport.export(copy, ExportScope.WHOLE_CORPUS, second, Progress.NONE);
		}
		for (String file : List.of("a.xmi", "b.xmi")) {
			assertEquals(withoutSpanIds(Files.readString(first.resolve(file))), withoutSpanIds(Files.readString(second.resolve(file))), file);
		}
	}

	/** Two documents with spans, tags and notes only (what UIMA XMI import carries back), CRLF and a character outside the BMP. */
	static void spansOnly(CorpusStore store) throws Exception {
		Tag claim = org.collatio.core.tags.Tags.byKey(store.getCorpus(), "c").orElseThrow();
		Tag speaker = org.collatio.core.tags.Tags.byKey(store.getCorpus(), "s").orElseThrow();
		String[] texts = { TestCorpus.TEXT_A, TestCorpus.TEXT_B };
		for (int i = 0; i < 2; i++) {
			Document document = CollatioFactory.eINSTANCE.createDocument();
			document.setId(i == 0 ? "a" : "b");
			document.setTitle("Title " + i);
			store.addDocument(document, texts[i]);
			DocumentContent content = store.getContent(document);
			int putin = texts[i].indexOf(i == 0 ? "Putin" : "Grigoryan");
			content.getSpans().add(span("s1", putin, putin + 5, speaker, null));
			content.getSpans().add(span("s2", putin, texts[i].indexOf('.') + 1, claim, "a note\r\nover two lines"));
			content.getSpans().add(span("s3", 0, 2, speaker, null));
		}
		store.save();
	}

	private static SpanAnnotation span(String id, int begin, int end, Tag tag, String note) {
		SpanAnnotation span = CollatioFactory.eINSTANCE.createSpanAnnotation();
		span.setId(id);
		span.setBegin(begin);
		span.setEnd(end);
		span.getTags().add(tag);
		span.setNote(note);
		return span;
	}

	private static String withoutSpanIds(String xmi) {
		return xmi.replaceAll("spanId=\"[^\"]*\"", "");
	}
}
