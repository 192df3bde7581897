/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.tests;

import static org.collatio.io.tests.TestCorpus.TEXT_A;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.collatio.core.store.CorpusStore;
import org.collatio.io.BratExport;
import org.collatio.io.ExportFormat;
import org.collatio.io.ExportFormats;
import org.collatio.io.ExportScope;
import org.collatio.io.ExportSummary;
import org.collatio.io.Progress;
import org.collatio.io.TableExport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Exports checked by reading them back: offsets per format (UTF-16 units vs code points) with a
 * character outside the BMP, CRLF line ends and overlapping spans; the registry; cancellation.
 */
class ExportTest {

	@TempDir
	Path dir;
	private CorpusStore store;

	@BeforeEach
	void corpus() throws Exception {
		store = TestCorpus.create(dir.resolve("corpus"));
	}

	@Test
	void csvRowsCarryBothOffsetUnitsAndTheQuote() throws Exception {
		ExportSummary summary = TableExport.export(store, TableExport.Format.CSV, ExportScope.WHOLE_CORPUS, dir.resolve("out"), Progress.NONE);
		assertEquals(3, summary.get("claims"));
		assertEquals(3, summary.get("relations"));
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
			List<CSVRecord> relations = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
			assertEquals("contradicts", relations.get(0).get("kind"));
			assertEquals("a", relations.get(0).get("source_document"));
			assertEquals("b", relations.get(0).get("target_document"));
			assertEquals("rejected", relations.get(1).get("status"), "a dismissed candidate is exported as such");
		}
	}

	@Test
	void jsonLinesAreOneObjectPerClaim() throws Exception {
		TableExport.export(store, TableExport.Format.JSONL, ExportScope.WHOLE_CORPUS, dir.resolve("out"), Progress.NONE);
		List<String> lines = Files.readAllLines(dir.resolve("out/claims.jsonl"));
		assertEquals(3, lines.size());
		JsonNode c2 = new ObjectMapper().readTree(lines.get(2));
		assertEquals("c2", c2.get("claim").asText());
		assertEquals("denies", c2.get("stance").asText());
		assertEquals(0, c2.get("begin").asInt());
		assertTrue(c2.get("speaker").isNull());
	}

	@Test
	void tablesOfSomeDocumentsHoldOnlyRelationsWithinThem() throws Exception {
		ExportSummary summary = TableExport.export(store, TableExport.Format.CSV, ExportScope.of(List.of("a")), dir.resolve("out"), Progress.NONE);
		assertEquals(2, summary.get("claims"));
		assertEquals(1, summary.get("relations"), "r3 joins c3 and c1, both in a");
	}

	@Test
	void bratOffsetsAreCodePointsAndSpansAcrossLinesAreFragments() throws Exception {
		ExportSummary result = BratExport.export(store, ExportScope.WHOLE_CORPUS, dir.resolve("brat"), Progress.NONE);
		assertEquals(List.of("1 relation joins claims of different documents; brat cannot hold them, so they are not written",
				"1 dismissed candidate is not written: brat has no way to say that a relation was turned down"), result.warnings());
		assertEquals(1, result.get("relations"), "the one relation within a document is written");
		assertEquals(1, result.get("relations"), "r3 within a");
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
		assertTrue(ann.contains("T5\tframing_label 0 1\t\uD835\uDD04"), "the non-BMP character is one code point: " + ann);
		assertTrue(ann.get(ann.size() - 1).equals("R1\tUpdates Arg1:T6 Arg2:T1"), ann.toString());
		String conf = Files.readString(dir.resolve("brat/annotation.conf"));
		assertTrue(conf.contains("[entities]\nstatement\n\tstatement_claim\n"), conf);
		assertTrue(conf.contains("Contradicts\tArg1:<ENTITY>, Arg2:<ENTITY>"), conf);
	}

	@Test
	void theRegistryListsEveryFormatOnce() {
		assertEquals(List.of("native", "uima-xmi", "w3c", "brat", "qdpx", "csv", "jsonl"), ExportFormats.all().stream().map(ExportFormat::id).toList());
		assertEquals(List.of("native", "w3c"), ExportFormats.all().stream().filter(ExportFormat::isImportable).map(ExportFormat::id).toList());
		assertEquals(ExportFormat.Output.FILE, ExportFormats.byId("qdpx").orElseThrow().output());
		assertEquals(dir.resolve("c.qdpx"), ExportFormats.byId("qdpx").orElseThrow().defaultDestination(dir, "c"));
	}

	@Test
	void everyFormatWritesTheCorpusAndACancelledExportLeavesNothing() throws Exception {
		for (ExportFormat format : ExportFormats.all()) {
			Path out = format.defaultDestination(dir.resolve("all"), "c");
			ExportSummary summary = format.export(store, ExportScope.WHOLE_CORPUS, out, Progress.NONE);
			assertTrue(Files.exists(out), format.id());
			assertTrue(summary.describeCounts().matches(".*\\d+ .*"), format.id() + ": " + summary.describeCounts());
			Path cancelled = format.defaultDestination(dir.resolve("cancelled"), "c");
			Progress cancelAfterOne = new Progress() {
				int done;

				@Override
				public void worked(String what) {
					done++;
				}

				@Override
				public boolean isCanceled() {
					return done >= 1;
				}
			};
			assertThrows(CancellationException.class, () -> format.export(store, ExportScope.WHOLE_CORPUS, cancelled, cancelAfterOne), format.id());
			assertTrue(!Files.exists(cancelled), format.id() + " left " + cancelled);
		}
		try (var left = Files.list(dir.resolve("cancelled"))) {
			assertEquals(List.of(), left.toList(), "no staging folder or temporary file is left");
		}
	}
}
