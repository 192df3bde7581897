/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.collatio.core.store.CorpusStore;
import org.collatio.io.ExportScope;
import org.collatio.io.FormatException;
import org.collatio.io.Progress;
import org.collatio.io.W3cExport;
import org.collatio.io.foreign.ForeignDocument;
import org.collatio.io.foreign.ForeignSpan;
import org.collatio.io.foreign.W3cAnnotationReader;
import org.collatio.io.foreign.W3cSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The W3C Web Annotation reader on annotations as Hypothesis and Recogito export them:
 * TextQuote + TextPosition selectors (code points) on an https source whose text has a byte order
 * mark, CRLF and characters outside the BMP, tags and comments, a position that is off and a quote
 * that is not in the text; a Recogito collection with pages; then the refusals of bad input.
 */
class W3cAnnotationReaderTest {

	static final String SOURCE = "https://news.example.org/2026/story-1";
	static final String TEXT = "\uD83D\uDE00 Talks resumed.\r\nThe ceasefire held; the ceasefire, officials said, was fragile.\r\n\uD835\uDD04 Observers agreed.\r\n";
	static final String RECOGITO_SOURCE = "https://recogito.example/document/x9k2";
	static final String RECOGITO_TEXT = "Letters from \uD83C\uDFDB Athens and Sparta,\r\nwritten in Athens.\n";

	@TempDir
	Path dir;

	/** {@code quote}'s code point range in {@code text}, from UTF-16 index {@code from}: what a W3C producer writes. */
	static long[] characters(String text, String quote, int from) {
		int at = text.indexOf(quote, from);
		long start = text.codePointCount(0, at);
		return new long[] { start, start + quote.codePointCount(0, quote.length()) };
	}

	static String selectors(long[] position, String exact, String prefix, String suffix) {
		StringBuilder json = new StringBuilder("[{\"type\": \"RangeSelector\", \"startSelector\": {\"type\": \"XPathSelector\", \"value\": \"/p[1]\"}}");
		if (position != null) {
			json.append(", {\"type\": \"TextPositionSelector\", \"start\": ").append(position[0]).append(", \"end\": ").append(position[1]).append('}');
		}
		if (exact != null) {
			json.append(", {\"type\": \"TextQuoteSelector\", \"exact\": \"").append(escape(exact)).append('"');
			if (prefix != null) {
				json.append(", \"prefix\": \"").append(escape(prefix)).append('"');
			}
			if (suffix != null) {
				json.append(", \"suffix\": \"").append(escape(suffix)).append('"');
			}
			json.append('}');
		}
		return json.append(']').toString();
	}

	static String escape(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "\\r").replace("\n", "\\n");
	}

	/** Hypothesis: its W3C JSON-LD form (body with a comment and a tag) and its own JSON (tags, text, user). */
	static String hypothesis() {
		int second = TEXT.indexOf("ceasefire", TEXT.indexOf("ceasefire") + 1);
		return "[\n"
				+ "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": \"Annotation\", \"id\": \"https://hypothes.is/a/A1\",\n"
				+ " \"creator\": \"acct:alice@hypothes.is\",\n"
				+ " \"body\": [{\"type\": \"TextualBody\", \"value\": \"Talks, at last\", \"format\": \"text/markdown\"},"
				+ " {\"type\": \"TextualBody\", \"purpose\": \"tagging\", \"value\": \"diplomacy\"}],\n"
				+ " \"target\": [{\"source\": \"" + SOURCE + "\", \"selector\": " + selectors(characters(TEXT, "Talks resumed", 0), "Talks resumed", "\uD83D\uDE00 ", ".") + "}]},\n"
				+ "{\"id\": \"A2\", \"user\": \"acct:bob@hypothes.is\", \"uri\": \"" + SOURCE + "\", \"text\": \"the second mention\", \"tags\": [\"security\", \"truce\"],\n"
				+ " \"target\": [{\"source\": \"" + SOURCE + "\", \"selector\": " + selectors(characters(TEXT, "ceasefire", second), "ceasefire", "held; the ", ", officials") + "}]},\n"
				+ "{\"type\": \"Annotation\", \"id\": \"A3\", \"creator\": {\"type\": \"Person\", \"name\": \"Carol\"}, \"motivation\": \"tagging\",\n"
				+ " \"body\": {\"type\": \"TextualBody\", \"value\": \"repeated\"},\n"
				+ " \"target\": {\"source\": \"" + SOURCE + "\", \"selector\": " + selectors(characters(TEXT, "Talks", 0), "ceasefire", "held; the ", ", officials") + "}},\n"
				+ "{\"type\": \"Annotation\", \"id\": \"A3b\",\n"
				+ " \"target\": {\"source\": \"" + SOURCE + "\", \"selector\": " + selectors(new long[] { characters(TEXT, "ceasefire", second)[0] - 1, 
						characters(TEXT, "ceasefire", second)[1] - 1 }, "ceasefire", null, null) + "}},\n"
				+ "{\"type\": \"Annotation\", \"id\": \"A4\", \"body\": {\"type\": \"TextualBody\", \"purpose\": \"tagging\", \"value\": \"lost\"},\n"
				+ " \"target\": {\"source\": \"" + SOURCE + "\", \"selector\": " + selectors(characters(TEXT, "Talks", 0), "armistice", "the ", null) + "}},\n"
				+ "{\"type\": \"Annotation\", \"id\": \"A5\", \"body\": {\"type\": \"TextualBody\", \"purpose\": \"classifying\", \"value\": \"reaction\"},\n"
				+ " \"target\": {\"source\": \"" + SOURCE + "\", \"selector\": {\"type\": \"TextPositionSelector\", \"start\": "
				+ characters(TEXT, "Observers", 0)[0] + ", \"end\": " + characters(TEXT, "Observers", 0)[1] + "}}}\n"
				+ "]\n";
	}

	Path write(String name, String content) throws Exception {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	ForeignCollector read(Path file, W3cSources sources) throws Exception {
		ForeignCollector sink = new ForeignCollector();
		(sources == null ? new W3cAnnotationReader() : new W3cAnnotationReader(sources)).read(file, sink, Progress.NONE);
		return sink;
	}

	@Test
	void hypothesisAnnotationsAreAnchoredInTheText() throws Exception {
		write("story-1.txt", "\uFEFF" + TEXT); // a byte order mark: not text
		ForeignCollector sink = read(write("hypothesis.json", hypothesis()), null);
		assertEquals(1, sink.documents.size());
		ForeignDocument story = sink.document(SOURCE);
		assertEquals(TEXT, story.text());
		assertEquals(SOURCE, story.metadata().get("url"));
		assertEquals(6, story.spans().size(), "A1: 1, A2: 2 tags, A3: 1, A3b: 1, A5: 1; A4 is not in the text");

		ForeignSpan talks = ForeignCollector.span(story, "https://hypothes.is/a/A1");
		assertEquals("Talks resumed", ForeignCollector.covered(story, talks));
		assertEquals(W3cAnnotationReader.LAYER, talks.layer());
		assertEquals(Map.of("tag", "diplomacy"), talks.features());
		assertEquals("Talks, at last", talks.note());
		assertEquals("acct:alice@hypothes.is", talks.author());

		int second = TEXT.indexOf("ceasefire", TEXT.indexOf("ceasefire") + 1);
		ForeignSpan security = ForeignCollector.span(story, "A2");
		ForeignSpan truce = ForeignCollector.span(story, "A2#2");
		assertEquals(second, security.ranges().get(0).begin());
		assertEquals("ceasefire", ForeignCollector.covered(story, truce));
		assertEquals(List.of("security", "truce"), List.of(security.features().get("tag"), truce.features().get("tag")));
		assertEquals("the second mention", security.note());
		assertNull(truce.note(), "the note goes with the first span only");
		assertEquals("acct:bob@hypothes.is", truce.author());

		ForeignSpan reanchored = ForeignCollector.span(story, "A3");
		assertEquals(second, reanchored.ranges().get(0).begin(), "the position is off: the quote is found by its prefix and suffix");
		assertEquals("repeated", reanchored.features().get("tag"), "a body without purpose takes the annotation's motivation");
		assertEquals("Carol", reanchored.author());
		ForeignSpan nearest = ForeignCollector.span(story, "A3b");
		assertEquals(second, nearest.ranges().get(0).begin(), "no context: the occurrence nearest to the position given");

		ForeignSpan observers = ForeignCollector.span(story, "A5");
		assertEquals("Observers", ForeignCollector.covered(story, observers), "code points after two non-BMP characters and two CRLF");
		assertEquals("reaction", observers.features().get("tag"));

		assertTrue(sink.reported("annotation A4", "armistice", "is not in the text of " + SOURCE), sink.allLeftOut().toString());
		assertFalse(story.spans().stream().anyMatch(span -> span.id().startsWith("A4")));
	}

	/** Recogito: a collection whose pages follow one another, inline and by id, texts mapped by the caller. */
	static String recogito() {
		return "[{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"id\": \"urn:col\", \"type\": \"AnnotationCollection\", \"total\": 4,\n"
				+ " \"first\": {\"id\": \"urn:p1\", \"type\": \"AnnotationPage\", \"items\": [" + recogitoAnnotation("R1", "Athens", 0, "Place", "the city") + "],\n"
				+ "  \"next\": {\"id\": \"urn:p2\", \"type\": \"AnnotationPage\", \"items\": [" + recogitoAnnotation("R2", "Sparta", 0, "Place", null) + "],"
				+ " \"next\": \"urn:p3\"}}},\n"
				+ "{\"id\": \"urn:p3\", \"type\": \"AnnotationPage\", \"partOf\": \"urn:col\", \"items\": ["
				+ recogitoAnnotation("R3", "Athens", RECOGITO_TEXT.lastIndexOf("Athens"), "Place", null) + ",\n"
				+ recogitoAnnotation("R4", "Letters", 0, "Genre", "a kind of text") + "], \"next\": \"urn:p4\"}]\n";
	}

	static String recogitoAnnotation(String id, String quote, int from, String tag, String comment) {
		long[] position = characters(RECOGITO_TEXT, quote, from);
		return "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"id\": \"https://recogito.example/annotation/" + id + "\", \"type\": \"Annotation\",\n"
				+ " \"body\": [{\"type\": \"TextualBody\", \"purpose\": \"tagging\", \"value\": \"" + tag + "\", \"creator\": {\"id\": \"https://recogito.example/dave\", \"name\": \"Dave\"}}"
				+ (comment == null ? "" : ", {\"type\": \"TextualBody\", \"purpose\": \"commenting\", \"value\": \"" + comment + "\"}")
				+ ", {\"type\": \"SpecificResource\", \"purpose\": \"identifying\", \"source\": \"http://sws.geonames.org/264371\"}],\n"
				+ " \"target\": {\"source\": \"" + RECOGITO_SOURCE + "\", \"selector\": [{\"type\": \"TextQuoteSelector\", \"exact\": \"" + quote + "\"},"
				+ " {\"type\": \"TextPositionSelector\", \"start\": " + position[0] + ", \"end\": " + position[1] + "}]}}";
	}

	@Test
	void aRecogitoCollectionIsReadPageByPage() throws Exception {
		write("texts/doc-2.txt", RECOGITO_TEXT);
		W3cSources sources = W3cSources.in(dir.resolve("texts"), Map.of(RECOGITO_SOURCE, "doc-2.txt"));
		ForeignCollector sink = read(write("recogito.jsonld", recogito()), sources);
		ForeignDocument document = sink.document(RECOGITO_SOURCE);
		assertEquals(RECOGITO_TEXT, document.text());
		assertEquals(4, document.spans().size(), "one annotation on each of pages 1 and 2, two on page 3");
		for (ForeignSpan span : document.spans()) {
			String id = span.id().substring(span.id().lastIndexOf('/') + 1);
			String expected = id.equals("R2") ? "Sparta" : id.equals("R4") ? "Letters" : "Athens";
			assertEquals(expected, ForeignCollector.covered(document, span), id);
			assertEquals("Dave", span.author(), "a body's creator when the annotation names none");
		}
		assertEquals(RECOGITO_TEXT.lastIndexOf("Athens"), ForeignCollector.span(document, "https://recogito.example/annotation/R3").ranges().get(0).begin());
		assertEquals("the city", ForeignCollector.span(document, "https://recogito.example/annotation/R1").note());
		assertTrue(sink.reported("purpose identifying", "geonames"), sink.allLeftOut().toString());
		assertTrue(sink.reported("page urn:p4", "not in recogito.jsonld"), sink.allLeftOut().toString());
	}

	@Test
	void aSourceWithoutItsTextIsReportedNotGuessed() throws Exception {
		ForeignCollector sink = read(write("alone/hypothesis.json", hypothesis()), null);
		assertTrue(sink.documents.isEmpty());
		assertTrue(sink.reported("source " + SOURCE, "story-1, story-1.txt", "6 annotations are not imported"), sink.allLeftOut().toString());
	}

	@Test
	void aFolderWithOneAnnotationFileIsRead() throws Exception {
		write("export/story-1.txt", TEXT);
		write("export/hypothesis.json", hypothesis());
		ForeignCollector sink = read(dir.resolve("export"), null);
		assertEquals(6, sink.document(SOURCE).spans().size());
	}

	@Test
	void oneAnnotationAloneOrInAJsonLdGraphIsRead() throws Exception {
		write("story-1.txt", TEXT);
		String one = "{\"type\": \"Annotation\", \"id\": \"G1\", \"bodyValue\": \"a plain comment\", \"target\": {\"source\": \"" + SOURCE
				+ "\", \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"Observers\"}}}";
		ForeignDocument alone = read(write("one.jsonld", one), null).document(SOURCE);
		assertEquals("Observers", ForeignCollector.covered(alone, ForeignCollector.span(alone, "G1")));
		assertEquals("a plain comment", alone.spans().get(0).note());
		assertTrue(alone.spans().get(0).features().isEmpty(), "no tag: one span without the feature");
		ForeignDocument graph = read(write("graph.jsonld", "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"@graph\": [" + one + "]}"), null)
				.document(SOURCE);
		assertEquals(1, graph.spans().size());
	}

	@Test
	void positionsCountedInUtf16AreReanchoredByTheirQuote() throws Exception {
		// JavaScript producers count UTF-16 units: after the emoji and the 𝔄, "Observers" is two further on than in code points
		write("story-1.txt", TEXT);
		int at = TEXT.indexOf("Observers");
		String annotation = "{\"type\": \"Annotation\", \"id\": \"U1\", \"target\": {\"source\": \"" + SOURCE + "\", \"selector\": "
				+ selectors(new long[] { at, at + 9 }, "Observers", null, null) + "}}";
		ForeignDocument story = read(write("utf16.json", annotation), null).document(SOURCE);
		assertEquals("Observers", ForeignCollector.covered(story, ForeignCollector.span(story, "U1")));
	}

	@Test
	void aTextThatLinksOutOfTheFolderIsRefused() throws Exception {
		Path outside = Files.writeString(Files.createDirectories(dir.resolve("elsewhere")).resolve("secret.txt"), TEXT);
		Files.createDirectories(dir.resolve("export"));
		Files.createSymbolicLink(dir.resolve("export/story-1.txt"), outside);
		Path file = write("export/hypothesis.json", hypothesis());
		FormatException e = assertThrows(FormatException.class, () -> read(file, null));
		assertTrue(e.getMessage().contains("outside the export folder"), e.getMessage());
	}

	@Test
	void collatiosOwnExportIsRecognised() throws Exception {
		try (CorpusStore store = TestCorpus.create(dir.resolve("corpus"))) {
			W3cExport.export(store, ExportScope.WHOLE_CORPUS, dir.resolve("w3c"), Progress.NONE);
		}
		assertTrue(W3cAnnotationReader.isCollatioExport(dir.resolve("w3c")));
		assertTrue(W3cAnnotationReader.isCollatioExport(dir.resolve("w3c/annotations.jsonld")));
		assertFalse(W3cAnnotationReader.isCollatioExport(write("hypothesis.json", hypothesis())));
		assertFalse(W3cAnnotationReader.isCollatioExport(write("broken.json", "{\"collatio\" oops")));
	}

	// ---- bad input

	@Test
	void notJsonIsRefusedWithLineAndColumn() throws Exception {
		Path file = write("broken.json", "[\n{\"type\": \"Annotation\",\n \"target\": oops}]");
		FormatException e = assertThrows(FormatException.class, () -> read(file, null));
		assertTrue(e.getMessage().contains("broken.json") && e.getMessage().contains("not valid JSON") && e.getMessage().contains("line 3, column"),
				e.getMessage());
	}

	@Test
	void aSelectorWithoutASourceIsRefusedNamingTheAnnotationAndLine() throws Exception {
		Path file = write("nosource.json", "[\n" + hypothesis().substring(2, hypothesis().indexOf("\n{\"id\": \"A2\"")) + "\n"
				+ "{\"type\": \"Annotation\", \"id\": \"X1\", \"target\": {\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"Talks\"}}}]");
		FormatException e = assertThrows(FormatException.class, () -> read(file, null));
		assertTrue(e.getMessage().contains("nosource.json") && e.getMessage().contains("line 6, annotation X1")
				&& e.getMessage().contains("a selector without a source"), e.getMessage());
	}

	@Test
	void aPositionThatIsNotANumberIsRefused() throws Exception {
		Path file = write("position.json", "{\"type\": \"Annotation\", \"id\": \"P1\", \"target\": {\"source\": \"" + SOURCE
				+ "\", \"selector\": {\"type\": \"TextPositionSelector\", \"start\": \"one\", \"end\": 4}}}");
		FormatException e = assertThrows(FormatException.class, () -> read(file, null));
		assertTrue(e.getMessage().contains("position.json") && e.getMessage().contains("annotation P1") && e.getMessage().contains("\"start\""),
				e.getMessage());
	}

	@Test
	void somethingElseThanAnnotationsIsRefused() throws Exception {
		Path file = write("other.json", "{\"name\": \"a package\", \"version\": \"1.0\"}");
		FormatException e = assertThrows(FormatException.class, () -> read(file, null));
		assertTrue(e.getMessage().contains("other.json") && e.getMessage().contains("line 1") && e.getMessage().contains("neither an annotation"),
				e.getMessage());
	}
}
