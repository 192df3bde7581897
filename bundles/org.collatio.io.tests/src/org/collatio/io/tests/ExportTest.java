/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.tags.Tags;
import org.collatio.io.BratExport;
import org.collatio.io.TableExport;
import org.collatio.model.Claim;
import org.collatio.model.ClaimRelation;
import org.collatio.model.CollatioFactory;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.RelationKind;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Stance;
import org.collatio.model.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Exports checked by reading them back: offsets per format (UTF-16 units vs code points) with a
 * character outside the BMP, CRLF line ends and overlapping spans.
 */
class ExportTest {

	private static final CollatioFactory F = CollatioFactory.eINSTANCE;
	/** "𝔄" (U+1D504) is two UTF-16 units and one code point; CRLF line ends. */
	static final String TEXT_A = "\uD835\uDD04 Putin said the peacekeepers protect civilians.\r\nInterfax reported it.\r\n";
	static final String TEXT_B = "Grigoryan said the peacekeepers failed to protect the population.\n";

	@TempDir
	Path dir;
	private CorpusStore store;

	@BeforeEach
	void corpus() throws Exception {
		store = CorpusStore.openOrCreate(dir.resolve("corpus"), "c");
		Document a = document("a", TEXT_A);
		Document b = document("b", TEXT_B);
		Entity putin = F.createEntity();
		putin.setId("putin");
		putin.setCanonicalName("Vladimir Putin");
		store.getCorpus().getEntities().add(putin);
		Tag claim = Tags.byKey(store.getCorpus(), "c").orElseThrow();
		Tag speaker = Tags.byKey(store.getCorpus(), "s").orElseThrow();
		DocumentContent ca = store.getContent(a);
		int said = TEXT_A.indexOf("Putin said");
		int end = TEXT_A.indexOf("Interfax reported") + "Interfax reported".length(); // across the CRLF
		SpanAnnotation whole = span(ca, said, end, claim, "crosses a line");
		span(ca, said, said + 5, speaker, null); // inside the claim span: overlap
		Claim c1 = claim(ca, "c1", whole, putin, Stance.ASSERTS);
		DocumentContent cb = store.getContent(b);
		Claim c2 = claim(cb, "c2", span(cb, 0, TEXT_B.length() - 1, claim, null), null, Stance.DENIES);
		ClaimRelation relation = F.createClaimRelation();
		relation.setId("r1");
		relation.setKind(RelationKind.CONTRADICTS);
		relation.setSource(c1);
		relation.setTarget(c2);
		relation.setRationale("protect vs failed to protect");
		store.getCorpus().getRelations().add(relation);
		store.save();
	}

	private Document document(String id, String text) throws Exception {
		Document document = F.createDocument();
		document.setId(id);
		document.setTitle("Document " + id);
		document.setOutlet("Outlet " + id);
		store.addDocument(document, text);
		return document;
	}

	private static SpanAnnotation span(DocumentContent content, int begin, int end, Tag tag, String note) {
		SpanAnnotation span = F.createSpanAnnotation();
		span.setId("s" + content.getSpans().size() + content.getDocument().getId());
		span.setBegin(begin);
		span.setEnd(end);
		span.getTags().add(tag);
		span.setNote(note);
		content.getSpans().add(span);
		return span;
	}

	private static Claim claim(DocumentContent content, String id, SpanAnnotation span, Entity speaker, Stance stance) {
		Claim claim = F.createClaim();
		claim.setId(id);
		claim.getSpans().add(span);
		claim.setSpeaker(speaker);
		claim.setStance(stance);
		content.getClaims().add(claim);
		return claim;
	}

	@Test
	void csvRowsCarryBothOffsetUnitsAndTheQuote() throws Exception {
		int[] counts = TableExport.export(store, TableExport.Format.CSV, dir.resolve("out"));
		assertEquals(2, counts[0]);
		assertEquals(1, counts[1]);
		try (Reader reader = Files.newBufferedReader(dir.resolve("out/claims.csv"), StandardCharsets.UTF_8)) {
			List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
			CSVRecord first = rows.get(0);
			assertEquals("a", first.get("document"));
			assertEquals("Vladimir Putin", first.get("speaker"));
			assertEquals("asserts", first.get("stance"));
			assertEquals("3", first.get("begin"), "UTF-16: the non-BMP character counts two");
			assertEquals("2", first.get("begin_cp"), "code points: it counts one");
			assertEquals(TEXT_A.substring(3, Integer.parseInt(first.get("end"))), first.get("quote"), "the quote, CRLF kept, survives CSV");
		}
		try (Reader reader = Files.newBufferedReader(dir.resolve("out/relations.csv"), StandardCharsets.UTF_8)) {
			CSVRecord relation = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords().get(0);
			assertEquals("contradicts", relation.get("kind"));
			assertEquals("a", relation.get("source_document"));
			assertEquals("b", relation.get("target_document"));
		}
	}

	@Test
	void jsonLinesAreOneObjectPerClaim() throws Exception {
		TableExport.export(store, TableExport.Format.JSONL, dir.resolve("out"));
		List<String> lines = Files.readAllLines(dir.resolve("out/claims.jsonl"));
		assertEquals(2, lines.size());
		JsonNode second = new ObjectMapper().readTree(lines.get(1));
		assertEquals("denies", second.get("stance").asText());
		assertEquals(0, second.get("begin").asInt());
		assertTrue(second.get("speaker").isNull());
	}

	@Test
	void bratOffsetsAreCodePointsAndSpansAcrossLinesAreFragments() throws Exception {
		BratExport.Result result = BratExport.export(store, dir.resolve("brat"));
		assertEquals(1, result.crossDocumentRelationsSkipped(), "brat cannot hold a relation across documents");
		assertEquals(TEXT_A, Files.readString(dir.resolve("brat/a.txt")), "the exact text, CRLF and all");
		List<String> ann = Files.readAllLines(dir.resolve("brat/a.ann"));
		int said = TEXT_A.codePointCount(0, TEXT_A.indexOf("Putin said"));
		int lineEnd = TEXT_A.codePointCount(0, TEXT_A.indexOf('\r'));
		int next = TEXT_A.codePointCount(0, TEXT_A.indexOf("Interfax"));
		assertEquals("T1\tstatement_claim " + said + " " + lineEnd + ";" + next + " " + (next + "Interfax reported".length())
				+ "\tPutin said the peacekeepers protect civilians. Interfax reported", ann.get(0));
		assertEquals("#1\tAnnotatorNotes T1\tcrosses a line", ann.get(1));
		assertEquals("T2\tactor_speaker " + said + " " + (said + 5) + "\tPutin", ann.get(2));
		String textFromOffsets = new String(TEXT_A.codePoints().skip(said).limit(5).toArray(), 0, 5);
		assertEquals("Putin", textFromOffsets, "brat's code point offsets select the same text");
		String conf = Files.readString(dir.resolve("brat/annotation.conf"));
		assertTrue(conf.contains("[entities]\nstatement\n\tstatement_claim\n"), conf);
		assertTrue(conf.contains("Contradicts\tArg1:<ENTITY>, Arg2:<ENTITY>"), conf);
	}
}
