/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.CorpusStore.LayerChoice;
import org.collatio.model.CollatioFactory;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code collatio agreement} on a corpus coded by two coders who agree exactly. */
class AgreementCommandTest {

	@TempDir
	Path dir;

	private void twoCoders() throws Exception {
		try (CorpusStore store = CorpusStore.openOrCreate(dir, "c")) {
			Document document = CollatioFactory.eINSTANCE.createDocument();
			document.setId("a");
			store.addDocument(document, "\uD83D\uDE00 One sentence here.\r\nAnother sentence there.");
			store.save();
		}
		for (String coder : List.of("Alice", "Bob")) {
			try (CorpusStore store = CorpusStore.open(dir, LayerChoice.coder(coder))) {
				DocumentContent content = store.getContent(store.findDocument("a"));
				List<Tag> tags = store.getCorpus().getTagSets().get(0).getTags();
				for (int i = 0; i < 2; i++) {
					SpanAnnotation span = CollatioFactory.eINSTANCE.createSpanAnnotation();
					span.setId("s" + i);
					span.setBegin(i == 0 ? 3 : 23);
					span.setEnd(i == 0 ? 20 : 46);
					span.getTags().add(tags.get(i));
					content.getSpans().add(span);
				}
				store.save();
			}
		}
	}

	@Test
	void measuresTheCodersAsTextAndCsv() throws Exception {
		twoCoders();
		CliRun text = CliRun.of("agreement", "--corpus", dir.toString());
		assertEquals(0, text.code(), text.err());
		assertTrue(text.out().startsWith("Agreement of 2 coders (Alice, Bob) over 1 documents"), text.out());
		assertTrue(text.out().matches("(?s).*all tags\\s+1\\.0000\\s+units 4.*"), text.out());
		CliRun csv = CliRun.of("agreement", "--corpus", dir.toString(), "--format", "csv", "--by-document", "--coders", "alice,Bob");
		assertEquals(0, csv.code(), csv.err());
		List<String> lines = csv.out().lines().toList();
		assertEquals("scope,document,measure,category,value,units,coders", lines.get(0));
		assertTrue(lines.contains("corpus,,alpha-u,,1.0000,4,2"), csv.out());
		assertTrue(lines.contains("document,a,alpha-u,,1.0000,4,2"), csv.out());
		assertTrue(csv.problems(List.of()).isEmpty());
	}

	@Test
	void refusesUnknownCodersAndCorporaWithOneLayer() throws Exception {
		twoCoders();
		CliRun unknown = CliRun.of("agreement", "--corpus", dir.toString(), "--coders", "Alice,Zed");
		assertEquals(1, unknown.code());
		assertTrue(unknown.err().contains("no coder \u201cZed\u201d") && unknown.err().contains("Bob (bob)"), unknown.err());
		CliRun one = CliRun.of("agreement", "--corpus", dir.toString(), "--coders", "Alice");
		assertEquals(1, one.code());
		assertTrue(one.err().contains("needs two coders"), one.err());
		assertTrue(unknown.problems(List.of("Zed")).isEmpty() && one.problems(List.of("two coders")).isEmpty());
	}

	@Test
	void everyReadingCommandChoosesItsLayer() throws Exception {
		twoCoders();
		CliRun first = CliRun.of("info", "--corpus", dir.toString());
		assertEquals(0, first.code(), first.err());
		assertTrue(first.out().contains("layer        alice (Alice)"), "by default the first coder's layer: " + first.out());
		assertTrue(first.out().contains("coders       Alice (alice), Bob (bob)"), first.out());
		CliRun bob = CliRun.of("info", "--corpus", dir.toString(), "--layer", "Bob");
		assertTrue(bob.out().contains("layer        bob (Bob)") && bob.out().contains("spans        2"), bob.out());
		CliRun unknown = CliRun.of("export", "--corpus", dir.toString(), "--layer", "Zed", "--format", "csv", "--out", dir.resolve("out").toString());
		assertEquals(1, unknown.code());
		assertTrue(unknown.err().contains("no layer \u201cZed\u201d"), unknown.err());
		assertTrue(unknown.problems(List.of("Zed")).isEmpty());
	}
}
