/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.collatio.core.store.CorpusStore;
import org.collatio.io.Progress;
import org.collatio.io.foreign.ForeignImport;
import org.collatio.io.foreign.ForeignReader;
import org.collatio.io.foreign.ForeignReaders;
import org.collatio.io.foreign.ForeignSurvey;
import org.collatio.io.foreign.ImportMapping;
import org.collatio.io.foreign.ImportSummary;
import org.collatio.io.foreign.DocumentMatcher;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A REFI-QDA project and Hypothesis annotations imported with the default mapping, as
 * {@code collatio import --format qdpx|w3c} does: the code book's hierarchy becomes nested tags
 * (a code's full path, so "Label" under "Framing" stays there), W3C tags become tags by their value,
 * and every span covers the text the other tool coded.
 */
class QdpxAndW3cImportTest {

	@TempDir
	Path dir;

	private ImportSummary importNew(String format, Path source, Path corpus) throws Exception {
		ForeignReader reader = ForeignReaders.byId(format).orElseThrow();
		ForeignSurvey survey = ForeignImport.survey(reader, source, DocumentMatcher.none(), Progress.NONE);
		return ForeignImport.intoNewCorpus(reader, source, ImportMapping.defaults(survey, reader.label()), corpus, Progress.NONE);
	}

	/** Covered text -> the tag paths of the spans over it, over every document. */
	private static TreeMap<String, List<String>> spans(CorpusStore store) throws Exception {
		TreeMap<String, List<String>> covered = new TreeMap<>();
		for (Document document : store.getCorpus().getDocuments()) {
			DocumentContent content = store.getContent(document);
			for (SpanAnnotation span : content.getSpans()) {
				for (Tag tag : span.getTags()) {
					covered.computeIfAbsent(content.getText().substring(span.getBegin(), span.getEnd()), k -> new ArrayList<>()).add(path(tag));
				}
			}
		}
		covered.values().forEach(list -> list.sort(null));
		return covered;
	}

	private static String path(Tag tag) {
		return tag.eContainer() instanceof Tag parent ? path(parent) + "/" + tag.getName() : tag.getName();
	}

	@Test
	void aRefiQdaCodeBookBecomesNestedTagsAndSelectionsCoverTheirText() throws Exception {
		QdpxReaderTest fixture = new QdpxReaderTest();
		fixture.dir = dir;
		Path qdpx = fixture.qdpx("p.qdpx", QdpxReaderTest.project(QdpxReaderTest.peacekeepers()), QdpxReaderTest.TEXT);

		ImportSummary summary = importNew("qdpx", qdpx, dir.resolve("corpus"));

		assertEquals(2, summary.written("new documents"), summary.toString());
		try (CorpusStore store = CorpusStore.open(dir.resolve("corpus"))) {
			TreeMap<String, List<String>> spans = spans(store);
			assertEquals(List.of("Actor", "Framing/Label/Euphemism"), spans.get("peacekeepers"), spans.toString());
			assertEquals(List.of("Framing/Label"), spans.get("ceasefire"), spans.toString());
			assertEquals(List.of("Framing"), spans.get("arrived.\r\nSecond"), spans.toString());
			Document interview = store.getCorpus().getDocuments().stream().filter(d -> "Interview 1".equals(d.getTitle())).findFirst().orElseThrow();
			assertEquals(QdpxReaderTest.TEXT, store.getContent(interview).getText(), "the text as the tool had it: CRLF, emoji; no BOM");
		}
	}

	@Test
	void hypothesisTagsBecomeTagsByTheirValue() throws Exception {
		Files.writeString(dir.resolve("story-1.txt"), W3cAnnotationReaderTest.TEXT, StandardCharsets.UTF_8);
		Path annotations = Files.writeString(dir.resolve("hypothesis.json"), W3cAnnotationReaderTest.hypothesis(), StandardCharsets.UTF_8);

		ImportSummary summary = importNew("w3c", annotations, dir.resolve("corpus"));

		assertTrue(summary.leftOutCount() > 0, "A4's quote is not in the text, and it is said: " + summary);
		try (CorpusStore store = CorpusStore.open(dir.resolve("corpus"))) {
			TreeMap<String, List<String>> spans = spans(store);
			assertEquals(List.of("diplomacy"), spans.get("Talks resumed"), spans.toString());
			assertEquals(List.of("repeated", "security", "truce"), spans.get("ceasefire"), spans.toString());
			assertEquals(List.of("reaction"), spans.get("Observers"), spans.toString());
		}
	}
}
