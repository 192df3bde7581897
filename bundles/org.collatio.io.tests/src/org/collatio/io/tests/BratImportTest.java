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
import org.collatio.io.BratExport;
import org.collatio.io.ExportScope;
import org.collatio.io.FormatException;
import org.collatio.io.Progress;
import org.collatio.io.foreign.BratReader;
import org.collatio.io.foreign.DocumentMatcher;
import org.collatio.io.foreign.ForeignImport;
import org.collatio.io.foreign.ForeignSurvey;
import org.collatio.io.foreign.ImportMapping;
import org.collatio.io.foreign.ImportSummary;
import org.collatio.model.CollatioFactory;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * brat standoff written by hand from brat's documented format (https://brat.nlplab.org/standoff.html):
 * an emoji before the spans (brat counts code points, Java UTF-16 units), CRLF line ends, a
 * discontinuous annotation, binary and valued attributes, a normalisation, AnnotatorNotes, a
 * relation, an event and an equivalence, and annotation.conf with a hierarchy.
 */
class BratImportTest {

	/** "😀" is one code point and two UTF-16 units: every brat offset after it is one less than Java's. */
	static final String TEXT = "\uD83D\uDE00 Acme Corp. denied it.\r\nThe mayor of Springfield said\r\nthe plant is safe.\r\n";
	static final String CONF = "[entities]\nActor\n\tOrganization\n\tPerson\n!Statement\n\tClaim\n\tDenial\n\n[relations]\nSays\tArg1:Actor, Arg2:Statement\n\n[events]\nSpeech\tSpeaker:Actor\n\n[attributes]\nNegated\tArg:<ENTITY>\nConfidence\tArg:<ENTITY>, Value:High|Low\n";

	@TempDir
	Path dir;
	private final BratReader reader = new BratReader();

	/** brat's offsets of a substring: code points. */
	static String offsets(String text, String what) {
		int begin = text.indexOf(what);
		return text.codePointCount(0, begin) + " " + text.codePointCount(0, begin + what.length());
	}

	static Path writeBrat(Path folder) throws Exception {
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("annotation.conf"), CONF, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("news.txt"), TEXT, StandardCharsets.UTF_8);
		String ann = String.join("\n",
				"T1\tOrganization " + offsets(TEXT, "Acme Corp") + "\tAcme Corp",
				"T2\tDenial " + offsets(TEXT, "denied it") + "\tdenied it",
				"T3\tPerson " + offsets(TEXT, "The mayor") + ";" + offsets(TEXT, "Springfield") + "\tThe mayor Springfield",
				"T4\tClaim " + offsets(TEXT, "said") + ";" + offsets(TEXT, "the plant is safe") + "\tsaid the plant is safe",
				"A1\tNegated T2",
				"A2\tConfidence T4 Low",
				"N1\tReference T1 Wikidata:Q123\tAcme Corporation",
				"#1\tAnnotatorNotes T4\tsaid on Monday",
				"R1\tSays Arg1:T3 Arg2:T4",
				"E1\tSpeech:T4 Speaker:T3",
				"*\tEquiv T1 T3",
				"");
		Files.writeString(folder.resolve("news.ann"), ann.replace("\n", "\r\n"), StandardCharsets.UTF_8);
		return folder;
	}

	private ImportMapping mapping(Path source) throws Exception {
		return ImportMapping.defaults(ForeignImport.survey(reader, source, DocumentMatcher.none(), Progress.NONE), reader.label());
	}

	private static List<String> spans(CorpusStore store, Document document) throws Exception {
		DocumentContent content = store.getContent(document);
		List<String> spans = new ArrayList<>();
		for (SpanAnnotation span : content.getSpans()) {
			spans.add(content.getText().substring(span.getBegin(), span.getEnd()) + "|" + span.getTags().stream().map(BratImportTest::path).toList()
					+ (span.getNote() != null ? "|" + span.getNote() : ""));
		}
		return spans;
	}

	private static String path(Tag tag) {
		return tag.getParent() == null ? tag.getName() : path(tag.getParent()) + "/" + tag.getName();
	}

	@Test
	void textBoundAnnotationsBecomeSpansOverTheSameTextInTheConfsHierarchy() throws Exception {
		Path brat = writeBrat(dir.resolve("brat"));
		ImportSummary summary = ForeignImport.intoNewCorpus(reader, brat, mapping(brat), dir.resolve("corpus"), Progress.NONE);
		try (CorpusStore store = CorpusStore.open(dir.resolve("corpus"))) {
			Document news = store.getCorpus().getDocuments().get(0);
			assertEquals(TEXT, store.readText(news));
			assertEquals(List.of("Acme Corp|[Actor/Organization]", "denied it|[Statement/Denial]", "The mayor|[Actor/Person]", "Springfield|[Actor/Person]",
					"said\r\nthe plant is safe|[Statement/Claim]|said on Monday"), spans(store, news),
					"the discontinuous T3 is two spans; T4's fragments are apart only by CRLF, so one span");
		}
		assertEquals(4, summary.read("spans"));
		assertEquals(5, summary.written("spans"));
		assertEquals(2, summary.written("spans from fragments of discontinuous annotations"));
		Map<String, Integer> leftOut = summary.leftOut();
		assertEquals(1, leftOut.get("links of Says (" + ImportMapping.LINKS_LEFT_OUT + ")"));
		assertEquals(1, leftOut.get("brat events (Speech): Collatio has no events"));
		assertEquals(1, leftOut.get("brat equivalences (Equiv): Collatio has no equivalence sets"));
		assertEquals(1, leftOut.get("feature Negated of Denial (not mapped)"));
		assertEquals(1, leftOut.get("feature normalization of Organization (not mapped)"));
	}

	@Test
	void theSurveyCountsAttributesAndNormalisationsAsFeatures() throws Exception {
		Path brat = writeBrat(dir.resolve("brat"));
		ForeignSurvey survey = ForeignImport.survey(reader, brat, DocumentMatcher.none(), Progress.NONE);
		assertEquals(List.of("true"), survey.layers().get("Denial").features().get("Negated").samples());
		assertEquals(List.of("Low"), survey.layers().get("Claim").features().get("Confidence").samples());
		assertEquals(List.of("Wikidata:Q123"), survey.layers().get("Organization").features().get("normalization").samples());
		assertEquals(1, survey.layers().get("Claim").notes());
		assertEquals(6, survey.codes().size());
	}

	@Test
	void anAttributeCanNameTheTag() throws Exception {
		Path brat = writeBrat(dir.resolve("brat"));
		ImportMapping mapping = mapping(brat).only(Map.of("Claim", "Confidence"));
		ForeignImport.intoNewCorpus(reader, brat, mapping, dir.resolve("corpus"), Progress.NONE);
		try (CorpusStore store = CorpusStore.open(dir.resolve("corpus"))) {
			assertEquals(List.of("said\r\nthe plant is safe|[Low]|said on Monday"), spans(store, store.getCorpus().getDocuments().get(0)));
		}
	}

	@Test
	void intoAnExistingCorpusAsACodersLayer() throws Exception {
		Path brat = writeBrat(dir.resolve("brat"));
		Path corpus = dir.resolve("corpus");
		try (CorpusStore store = CorpusStore.openOrCreate(corpus, "existing", LayerChoice.coder("me"))) {
			Document document = CollatioFactory.eINSTANCE.createDocument();
			document.setId("news");
			store.addDocument(document, TEXT);
			store.save();
		}
		ImportSummary summary = ForeignImport.intoCorpus(reader, brat, mapping(brat), corpus, LayerChoice.coder("brat annotator"), Progress.NONE);
		assertEquals(1, summary.written("matched documents"));
		try (CorpusStore theirs = CorpusStore.open(corpus, LayerChoice.coder("brat annotator"))) {
			assertEquals(1, theirs.getCorpus().getDocuments().size());
			assertEquals(5, theirs.getContent(theirs.findDocument("news")).getSpans().size());
		}
		try (CorpusStore mine = CorpusStore.open(corpus, LayerChoice.coder("me"))) {
			assertTrue(mine.getContent(mine.findDocument("news")).getSpans().isEmpty());
		}
	}

	@Test
	void aMalformedLineIsRefusedWithFileAndLineAndTheCorpusIsUntouched() throws Exception {
		Path brat = writeBrat(dir.resolve("brat"));
		Path ann = brat.resolve("news.ann");
		List<String> lines = new ArrayList<>(List.of(Files.readString(ann).split("\r\n")));
		lines.set(2, "T3\tPerson 12 x\tThe mayor");
		Files.writeString(ann, String.join("\r\n", lines));
		Path corpus = dir.resolve("corpus");
		try (CorpusStore store = CorpusStore.openOrCreate(corpus, "existing")) {
			store.save();
		}
		Map<String, Integer> before = FolderState.of(corpus);
		FormatException refused = assertThrows(FormatException.class,
				() -> ForeignImport.intoCorpus(reader, brat, ImportMapping.defaults(new ForeignSurvey(DocumentMatcher.none()), "x"), corpus,
						LayerChoice.coder("someone"), Progress.NONE));
		assertTrue(refused.getMessage().contains("news.ann") && refused.getMessage().contains("line 3") && refused.getMessage().contains("\"x\" is not an offset"),
				refused.getMessage());
		assertEquals(before, FolderState.of(corpus));
	}

	@Test
	void aQuoteThatIsNotTheTextAtItsOffsetsIsRefused() throws Exception {
		Path brat = writeBrat(dir.resolve("brat"));
		Path ann = brat.resolve("news.ann");
		// offsets counted in UTF-16 units, as a careless writer would: one off after the emoji
		int javaBegin = TEXT.indexOf("Acme Corp");
		Files.writeString(ann, "T1\tOrganization " + javaBegin + " " + (javaBegin + 9) + "\tAcme Corp\r\n");
		FormatException refused = assertThrows(FormatException.class, () -> ForeignImport.survey(reader, brat, DocumentMatcher.none(), Progress.NONE));
		assertTrue(refused.getMessage().contains("news.ann") && refused.getMessage().contains("line 1") && refused.getMessage().contains("T1"),
				refused.getMessage());
		assertFalse(refused.getMessage().contains("Exception"));
	}

	@Test
	void aLinkOutOfTheFolderIsRefusedNotFollowed() throws Exception {
		Path brat = writeBrat(dir.resolve("brat"));
		Path outside = Files.writeString(dir.resolve("secret.txt"), "not for the corpus");
		Files.createSymbolicLink(brat.resolve("leak.txt"), outside);
		Files.writeString(brat.resolve("leak.ann"), "");
		FormatException refused = assertThrows(FormatException.class, () -> ForeignImport.survey(reader, brat, DocumentMatcher.none(), Progress.NONE));
		assertTrue(refused.getMessage().contains("leak.txt") && refused.getMessage().contains("symbolic link"), refused.getMessage());
	}

	@Test
	void collatiosOwnBratExportImportedAndExportedAgainIsTheSame() throws Exception {
		Path first = dir.resolve("first");
		try (CorpusStore store = CorpusStore.openOrCreate(dir.resolve("original"), "original")) {
			UimaXmiImportTest.spansOnly(store);
			BratExport.export(store, ExportScope.WHOLE_CORPUS, first, Progress.NONE);
		}
		ForeignImport.intoNewCorpus(reader, first, mapping(first), dir.resolve("copy"), Progress.NONE);
		Path second = dir.resolve("second");
		try (CorpusStore copy = CorpusStore.open(dir.resolve("copy"))) {
			BratExport.export(copy, ExportScope.WHOLE_CORPUS, second, Progress.NONE);
		}
		for (String file : List.of("a.txt", "a.ann", "b.txt", "b.ann")) {
			assertEquals(Files.readString(first.resolve(file)), Files.readString(second.resolve(file)), file);
		}
	}
}
