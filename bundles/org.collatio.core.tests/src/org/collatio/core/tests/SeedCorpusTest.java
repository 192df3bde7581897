/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.collatio.core.imports.SeedCorpus;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Document;
import org.collatio.model.RegionKind;
import org.collatio.model.TextRegion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed corpus as the workbench opens it: metadata filled in, web leftovers marked, text exact. */
class SeedCorpusTest {

	@TempDir
	static Path dir;
	static Path corpus;

	@BeforeAll
	static void importSeeds() throws Exception {
		corpus = dir.resolve("seed-corpus");
		SeedCorpus.ensure(corpus, Fixtures.seeds());
	}

	private static String covered(CorpusStore store, Document document, TextRegion region) throws Exception {
		return store.getContent(document).getText().substring(region.getBegin(), region.getEnd());
	}

	private static List<String> regions(CorpusStore store, String id, RegionKind kind) throws Exception {
		Document document = store.findDocument(id);
		List<String> texts = new java.util.ArrayList<>();
		for (TextRegion region : document.getBoilerplate()) {
			if (region.getKind() == kind) {
				texts.add(covered(store, document, region));
			}
		}
		return texts;
	}

	@Test
	void theFiveArticlesAreThereWithTitleOutletAndDate() throws Exception {
		try (CorpusStore store = CorpusStore.open(corpus)) {
			assertEquals(5, store.getCorpus().getDocuments().size());
			Document moscowTimes = store.findDocument("002_36c442c41114755f");
			assertEquals("Russia’s Security Guarantees for Armenia Don’t Extend to Karabakh, Putin Says", moscowTimes.getTitle());
			assertEquals("The Moscow Times", moscowTimes.getOutlet());
			assertEquals("2020-10-07", moscowTimes.getPublicationDate());
			assertEquals("MassisPost", store.findDocument("004_c18513d2de862493").getOutlet());
			for (Document document : store.getCorpus().getDocuments()) {
				assertTrue(document.getOutlet() != null && document.getTitle() != null, document.getId());
			}
		}
	}

	@Test
	void theStoredTextIsTheSeedFileByteForByte() throws Exception {
		try (CorpusStore store = CorpusStore.open(corpus)) {
			for (Document document : store.getCorpus().getDocuments()) {
				byte[] original = Files.readAllBytes(Fixtures.seeds().resolve(document.getId() + ".txt"));
				assertEquals(new String(original, java.nio.charset.StandardCharsets.UTF_8), store.getContent(document).getText());
				assertTrue(Files.isSameFile(Path.of(document.getImportedFrom()), Fixtures.seeds().resolve(document.getId() + ".txt")));
			}
		}
	}

	@Test
	void webPageLeftoversAreMarkedNotDeleted() throws Exception {
		try (CorpusStore store = CorpusStore.open(corpus)) {
			assertEquals(List.of("3 Min Read"), regions(store, "001_ea6e1a5ba1303e2b", RegionKind.READING_TIME));
			assertEquals(List.of("Share This Article"), regions(store, "001_ea6e1a5ba1303e2b", RegionKind.SHARE_WIDGET));
			assertEquals(List.of("Leave a comment\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *"),
					regions(store, "001_ea6e1a5ba1303e2b", RegionKind.COMMENT_FORM));

			List<String> form004 = regions(store, "004_c18513d2de862493", RegionKind.COMMENT_FORM);
			assertEquals(List.of("Leave a Reply\n\nYour email address will not be published. Required fields are marked *"), form004);
			List<String> links = regions(store, "004_c18513d2de862493", RegionKind.LINK_LIST);
			assertEquals(1, links.size());
			assertTrue(links.get(0).startsWith("You May Also Like\n\nKarabakh Armenians Expect No Progress"), links.get(0));
			assertTrue(links.get(0).endsWith("Association Agreement with the…"), links.get(0));
			List<String> other004 = regions(store, "004_c18513d2de862493", RegionKind.BOILERPLATE);
			assertEquals(List.of("Sign Up for Our Newsletters\n\nGet notified of the latest updates from MassisPost."), other004);

			assertEquals(List.of("Source : Moscow Times"), regions(store, "002_36c442c41114755f", RegionKind.SOURCE_LINE));
			assertEquals(List.of(), store.findDocument("003_a198eed70dad4c69").getBoilerplate(), "003 has no web leftovers");
		}
	}

	@Test
	void theArticleBodiesAreNotMarked() throws Exception {
		try (CorpusStore store = CorpusStore.open(corpus)) {
			assertEquals(List.of(), store.findDocument("000_22b39a758450422f").getBoilerplate(), "000 is all article");
			Document d004 = store.findDocument("004_c18513d2de862493");
			String text = store.getContent(d004).getText();
			int endOfArticle = text.indexOf("in unclear circumstances on Wednesday.") + "in unclear circumstances on Wednesday.".length();
			for (TextRegion region : d004.getBoilerplate()) {
				assertTrue(region.getBegin() >= endOfArticle, "region " + region.getKind() + " starts inside the article");
			}
		}
	}
}
