/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.collatio.core.store.CorpusStore;
import org.collatio.io.ExportScope;
import org.collatio.io.Progress;
import org.collatio.io.QdpxExport;
import org.collatio.io.foreign.ForeignCode;
import org.collatio.io.foreign.ForeignDocument;
import org.collatio.io.foreign.ForeignLink;
import org.collatio.io.foreign.ForeignSpan;
import org.collatio.io.foreign.QdpxReader;
import org.collatio.model.Claim;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;
import org.collatio.model.TagSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Collatio's own REFI-QDA export read back by the REFI-QDA reader: the same codes, texts, spans (ranges, tags, notes) and links. */
class QdpxRoundTripTest {

	private static final String CLAIM_CODE = "Claim (Collatio)";

	@TempDir
	Path dir;

	record Expected(String layer, int begin, int end) {
	}

	@Test
	void exportReadBackGivesTheSameSpans() throws Exception {
		ForeignCollector sink = new ForeignCollector();
		Set<List<String>> paths = new HashSet<>();
		try (CorpusStore store = TestCorpus.create(dir.resolve("corpus"))) {
			QdpxExport.export(store, ExportScope.WHOLE_CORPUS, dir.resolve("c.qdpx"), Progress.NONE);
			new QdpxReader().read(dir.resolve("c.qdpx"), sink, Progress.NONE);
			for (TagSet set : store.getCorpus().getTagSets()) {
				set.getTags().forEach(tag -> collectPaths(tag, paths));
			}
			paths.add(List.of(CLAIM_CODE));
			assertEquals(paths, new HashSet<>(sink.codes.stream().map(ForeignCode::path).toList()), "the code book is the tag hierarchy");
			assertEquals(store.getCorpus().getDocuments().size(), sink.documents.size());
			for (Document document : store.getCorpus().getDocuments()) {
				ForeignDocument read = sink.document(document.getTitle());
				DocumentContent content = store.getContent(document);
				assertEquals(content.getText(), read.text(), document.getId());
				assertEquals(expected(content), actual(read), document.getId());
				for (SpanAnnotation span : content.getSpans()) {
					List<ForeignSpan> spans = read.spans().stream().filter(s -> s.ranges().get(0).begin() == span.getBegin()
							&& s.ranges().get(0).end() == span.getEnd() && s.note() != null && !CLAIM_CODE.equals(s.layer())).toList();
					if (span.getNote() != null) {
						assertEquals(List.of(span.getNote()), spans.stream().map(ForeignSpan::note).toList(), "the note, once, CRLF and tab kept");
					}
				}
				for (ForeignSpan span : read.spans()) {
					assertTrue(span.ranges().get(0).fits(read.text().length()));
				}
			}
			ForeignDocument a = sink.document("Document a");
			assertEquals(1, a.links().size(), "the relation within document a; the two across documents are reported");
			ForeignLink link = a.links().get(0);
			assertEquals("updates (proposed)", link.layer());
			assertEquals(List.of("Interfax reported it."), covered(a, link.fromSpanId()), "from claim c3's selection");
			assertTrue(sink.reported("2 links do not join two selections"), sink.allLeftOut().toString());
			assertTrue(sink.reported("2 selections' names"), "the claims' selections are named: " + sink.allLeftOut());
			assertEquals("Researcher One", a.spans().stream().filter(s -> "Framing/Label/Euphemism".equals(s.layer())).findFirst().orElseThrow().author());
		}
	}

	private static List<String> covered(ForeignDocument document, String spanId) {
		return List.of(ForeignCollector.covered(document, ForeignCollector.span(document, spanId)));
	}

	private static void collectPaths(Tag tag, Set<List<String>> paths) {
		paths.add(path(tag));
		tag.getChildren().forEach(child -> collectPaths(child, paths));
	}

	private static List<String> path(Tag tag) {
		List<String> path = new ArrayList<>();
		for (Tag t = tag; t != null; t = t.getParent()) {
			path.add(0, t.getName() != null ? t.getName() : t.getCode());
		}
		return path;
	}

	private static List<Expected> expected(DocumentContent content) {
		List<Expected> expected = new ArrayList<>();
		for (SpanAnnotation span : content.getSpans()) {
			for (Tag tag : span.getTags()) {
				expected.add(new Expected(String.join("/", path(tag)), span.getBegin(), span.getEnd()));
			}
		}
		for (Claim claim : content.getClaims()) {
			int begin = claim.getSpans().stream().mapToInt(SpanAnnotation::getBegin).min().orElseThrow();
			int end = claim.getSpans().stream().mapToInt(SpanAnnotation::getEnd).max().orElseThrow();
			expected.add(new Expected(CLAIM_CODE, begin, end));
		}
		expected.sort(java.util.Comparator.comparing(Expected::toString));
		return expected;
	}

	private static List<Expected> actual(ForeignDocument document) {
		List<Expected> actual = new ArrayList<>();
		for (ForeignSpan span : document.spans()) {
			actual.add(new Expected(span.layer(), span.ranges().get(0).begin(), span.ranges().get(0).end()));
		}
		actual.sort(java.util.Comparator.comparing(Expected::toString));
		return actual;
	}
}
