/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.tests;

import static org.collatio.io.tests.ExchangeCorpora.FAILED_DOC;
import static org.collatio.io.tests.ExchangeCorpora.PROTECT;
import static org.collatio.io.tests.ExchangeCorpora.PROTECT_DOC;
import static org.collatio.io.tests.ExchangeCorpora.PUTIN;
import static org.collatio.io.tests.ExchangeCorpora.TEXT_FAILED;
import static org.collatio.io.tests.ExchangeCorpora.TEXT_PROTECT;
import static org.collatio.io.tests.ExchangeCorpora.THIRD_DOC;
import static org.collatio.io.tests.ExchangeCorpora.describe;
import static org.collatio.io.tests.ExchangeCorpora.layer;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.collatio.core.derived.LayerRelations;
import org.collatio.core.edit.ClaimCommands;
import org.collatio.core.edit.ClaimCommands.ClaimFields;
import org.collatio.core.edit.SpanCommands;
import org.collatio.core.edit.TagCommands;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.CorpusStore.LayerChoice;
import org.collatio.core.tags.Tags;
import org.collatio.io.CodingExport;
import org.collatio.io.CodingImport;
import org.collatio.io.CodingReport;
import org.collatio.io.Progress;
import org.collatio.io.tests.ExchangeCorpora.Coding;
import org.collatio.model.Claim;
import org.collatio.model.ClaimKind;
import org.collatio.model.Entity;
import org.collatio.model.EntityKind;
import org.collatio.model.Proposition;
import org.collatio.model.RelationKind;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Stance;
import org.collatio.model.Tag;
import org.collatio.model.Verdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coding without a server: Alice codes in her corpus folder, Bob in his (made from the same
 * articles), Bob exports his coding and Alice imports it. Bob's layer in her folder is then his
 * layer in his, field by field; her own is untouched; his new shared objects are added and a shared
 * object both changed differently is reported as a clash, hers kept.
 */
class CodingExchangeTest {

	private static final CodingReport.Clash PUTIN_CLASH = new CodingReport.Clash("entity", PUTIN, "description", "\"President of Russia\"",
			"\"Russian president\"");

	@TempDir
	Path dir;
	private Path alices;
	private Path bobs;
	private Path bobsCoding;

	@BeforeEach
	void aliceAndBobCodeTheSameArticlesInFoldersOfTheirOwn() throws Exception {
		Path articles = ExchangeCorpora.articles(dir.resolve("articles"), ExchangeCorpora.sameArticles());
		alices = ExchangeCorpora.corpus(dir.resolve("alice"), articles);
		bobs = ExchangeCorpora.corpus(dir.resolve("bob"), articles);
		try (CorpusStore store = CorpusStore.open(alices, LayerChoice.coder("Alice"))) {
			Coding alice = new Coding(store);
			SpanAnnotation said = alice.tag(PROTECT_DOC, "Putin said the peacekeepers protect civilians.", "c");
			alice.claim(PROTECT_DOC, said, new ClaimFields(alice.entity(PUTIN), null, null, null, alice.proposition(PROTECT), Stance.ASSERTS,
					ClaimKind.DIRECT_QUOTE, null));
			alice.tag(FAILED_DOC, "Grigoryan", "s");
			alice.describe(PUTIN, "President of Russia");
			store.save();
		}
		try (CorpusStore store = CorpusStore.open(bobs, LayerChoice.coder("Bob"))) {
			bobCodes(new Coding(store));
			store.save();
		}
		bobsCoding = dir.resolve("exchange" + CodingExport.EXTENSION);
		try (CorpusStore store = CorpusStore.openReadOnly(bobs)) {
			CodingExport.export(store, CodingExport.coder(store, "Bob"), bobsCoding, Progress.NONE);
		}
	}

	/** Every kind of thing a coder makes: spans over a non-BMP character and across CRLF, notes, a mention, claims, relations, shared objects. */
	private static void bobCodes(Coding bob) throws Exception {
		var corpus = bob.store.getCorpus();
		Entity interfax = ClaimCommands.newEntity(EntityKind.OUTLET, "Interfax", List.of("Interfax news agency"));
		bob.run(ClaimCommands.addEntity(bob.domain, corpus, interfax));
		Proposition failed = ClaimCommands.newProposition("The peacekeepers failed to protect the population");
		bob.run(ClaimCommands.addProposition(bob.domain, corpus, failed));
		bob.run(ClaimCommands.setVerdict(bob.domain, failed, Verdict.CONTESTED, "two accounts"));
		bob.run(TagCommands.create(bob.domain, Tags.byKey(corpus, "l").orElseThrow().getParent(), "Euphemism", "#123ABC", null));

		SpanAnnotation letter = bob.tag(PROTECT_DOC, 0, 2, "l"); // the character outside the BMP
		bob.run(SpanCommands.setNote(bob.domain, letter, "a letter outside the BMP"));
		int begin = TEXT_PROTECT.indexOf("Putin said");
		SpanAnnotation across = bob.tag(PROTECT_DOC, begin, TEXT_PROTECT.indexOf(" on Wednesday"), "c"); // across the CRLF
		bob.run(SpanCommands.setNote(bob.domain, across, "crosses\r\na line"));
		SpanAnnotation putinSpan = bob.tag(PROTECT_DOC, begin, begin + "Putin".length(), "s");
		bob.mention(PROTECT_DOC, putinSpan, bob.entity(PUTIN));
		Claim protects = bob.claim(PROTECT_DOC, across, new ClaimFields(bob.entity(PUTIN), interfax, "on Wednesday", "2020-11-11",
				bob.proposition(PROTECT), Stance.ASSERTS, ClaimKind.REPORTED_SPEECH, "Putin: the peacekeepers protect civilians"));

		SpanAnnotation emoji = bob.tag(FAILED_DOC, TEXT_FAILED.indexOf("\uD83D"), TEXT_FAILED.indexOf("population.") + "population.".length(), "c");
		Claim denies = bob.claim(FAILED_DOC, emoji, new ClaimFields(null, null, null, null, bob.proposition(PROTECT), Stance.DENIES, ClaimKind.REPORTED_SPEECH,
				null));
		Claim failure = bob.claim(FAILED_DOC, bob.tag(FAILED_DOC, "failed to protect", "r"), new ClaimFields(null, null, null, null, failed,
				Stance.ASSERTS, ClaimKind.DIRECT_QUOTE, "they failed"));
		bob.run(ClaimCommands.relate(bob.domain, corpus, denies, protects, RelationKind.CONTRADICTS, "protect vs failed to protect"));
		bob.run(ClaimCommands.dismiss(bob.domain, corpus, failure, protects));
		bob.describe(PUTIN, "Russian president");
	}

	private CodingReport importInto(Path corpus) throws Exception {
		try (CorpusStore store = CorpusStore.open(corpus)) {
			return CodingImport.importInto(store, bobsCoding, Progress.NONE);
		}
	}

	private static List<String> layerOf(Path corpus, LayerChoice choice) throws Exception {
		try (CorpusStore store = CorpusStore.openReadOnly(corpus, choice)) {
			return layer(store);
		}
	}

	@Test
	void bobsCodingImportedIntoAlicesFolderIsBobsLayerThereFieldByFieldAndHersIsUntouched() throws Exception {
		Map<String, byte[]> before = ExchangeCorpora.files(alices);
		CodingReport report = importInto(alices);

		assertEquals("Bob", report.coderName());
		assertEquals("bob", report.coderId());
		assertTrue(report.coderAdded());
		assertEquals(List.of(2, 5, 3, 1, 2, 0), List.of(report.documents(), report.spans(), report.claims(), report.mentions(), report.relations(),
				report.removedDocuments()), "documents, spans, claims, mentions, relations, removed");
		assertEquals("1 coder, 1 tag, 1 entity and 1 proposition", report.describeAdded());
		assertEquals(List.of(PUTIN_CLASH), report.clashes());
		assertEquals(List.of(), report.notes());

		List<String> inBobs = layerOf(bobs, LayerChoice.coder("Bob"));
		assertEquals(2 + 5 + 3 + 1 + 2, inBobs.size(), String.join("\n", inBobs)); // documents, spans, claims, mention, relations
		assertTrue(inBobs.stream().anyMatch(line -> line.contains(" 0-2 ") && line.contains("a letter outside the BMP")), String.join("\n", inBobs));
		assertTrue(inBobs.stream().anyMatch(line -> line.contains("crosses\r\na line")));
		assertEquals(inBobs, layerOf(alices, LayerChoice.coder("Alice").onLayer("bob")), "Bob's layer in Alice's folder is his layer in his");
		assertTrue(Files.isRegularFile(alices.resolve("documents/" + PROTECT_DOC + "@bob.xmi")));
		assertFalse(Files.exists(alices.resolve("documents/" + THIRD_DOC + "@bob.xmi")), "a document Bob did not code has no file of his");

		Map<String, byte[]> after = ExchangeCorpora.files(alices);
		for (String file : List.of("documents/" + PROTECT_DOC + ".xmi", "documents/" + FAILED_DOC + ".xmi")) {
			assertArrayEquals(before.get(file), after.get(file), "Alice's own layer is untouched: " + file);
		}
		try (CorpusStore alice = CorpusStore.openReadOnly(alices); CorpusStore bob = CorpusStore.openReadOnly(bobs)) {
			assertEquals("Alice", alice.getCoder().getName(), "Alice is still the corpus's first coder");
			assertEquals(List.of("Alice", "Bob"), alice.getCorpus().getAnnotators().stream().map(a -> a.getName()).toList());
			assertEquals("President of Russia", new Coding(alice).entity(PUTIN).getDescription(), "a clash keeps this corpus's version");
			for (var added : List.of(find(bob.getCorpus().getEntities(), "Interfax"), find(bob.getCorpus().getPropositions(), "failed"))) {
				String id = org.eclipse.emf.ecore.util.EcoreUtil.getID(added);
				var ours = alice.getCorpus().eResource().getEObject(id);
				assertNotNull(ours, "Bob's new object is in Alice's corpus under his id: " + describe(added));
				assertEquals(describe(added), describe(ours));
			}
			Tag euphemism = Tags.all(alice.getCorpus()).stream().filter(t -> "Euphemism".equals(t.getName())).findFirst().orElseThrow();
			assertEquals("tag-framing", euphemism.getParent().getId(), "a new tag goes under the same parent");
			assertEquals(List.of(), LayerRelations.of(alice), "Bob's relations are his layer's, not Alice's");
		}
	}

	private static org.eclipse.emf.ecore.EObject find(List<? extends org.eclipse.emf.ecore.EObject> objects, String text) {
		return objects.stream().filter(o -> describe(o).contains(text)).findFirst().orElseThrow();
	}

	@Test
	void importingTheSameCodingAgainReplacesTheLayerWithItselfAndAddsNothing() throws Exception {
		importInto(alices);
		List<String> once = ExchangeCorpora.fingerprint(alices);
		CodingReport again = importInto(alices);
		assertEquals("nothing", again.describeAdded());
		assertFalse(again.coderAdded());
		assertEquals(List.of(PUTIN_CLASH), again.clashes(), "a clash that still stands is reported again, nothing new");
		assertEquals(once, ExchangeCorpora.fingerprint(alices), "byte for byte the same folder");

		// a document the coding no longer has leaves the layer; a settled clash is not reported
		Files.copy(alices.resolve("documents/" + PROTECT_DOC + "@bob.xmi"), alices.resolve("documents/" + THIRD_DOC + "@bob.xmi"));
		try (CorpusStore store = CorpusStore.open(alices, LayerChoice.coder("Alice"))) {
			new Coding(store).describe(PUTIN, "Russian president");
			store.save();
		}
		CodingReport settled = importInto(alices);
		assertEquals(List.of(), settled.clashes());
		assertEquals(1, settled.removedDocuments());
		assertFalse(Files.exists(alices.resolve("documents/" + THIRD_DOC + "@bob.xmi")));
		assertEquals(layerOf(bobs, LayerChoice.coder("Bob")), layerOf(alices, LayerChoice.coder("Alice").onLayer("bob")));
	}

	@Test
	void aColleagueWhoseIdIsAnotherCodersHereGetsANewIdAndHisLayerFollowsIt() throws Exception {
		try (CorpusStore store = CorpusStore.open(alices, LayerChoice.coder("B\u00f3b"))) {
			assertEquals("bob", store.getCoder().getId(), "another coder, whose id is the one Bob has in his corpus");
		}
		CodingReport report = importInto(alices);
		assertEquals("bob-2", report.coderId());
		assertTrue(report.coderAdded());
		assertEquals(1, report.notes().size());
		assertTrue(report.notes().get(0).contains("Bob is bob-2") && report.notes().get(0).contains("B\u00f3b"), report.notes().get(0));
		Path layerFile = alices.resolve("documents/" + PROTECT_DOC + "@bob-2.xmi");
		assertTrue(Files.readString(layerFile, StandardCharsets.UTF_8).contains("corpus.xmi#bob-2\""), "what Bob made names him by his id here");
		assertFalse(Files.readString(layerFile, StandardCharsets.UTF_8).contains("corpus.xmi#bob\""));
		assertFalse(Files.exists(alices.resolve("documents/" + PROTECT_DOC + "@bob.xmi")));
		assertEquals(layerOf(bobs, LayerChoice.coder("Bob")), layerOf(alices, LayerChoice.coder("Alice").onLayer("bob-2")));
		try (CorpusStore store = CorpusStore.openReadOnly(alices)) {
			Proposition failed = (Proposition) find(store.getCorpus().getPropositions(), "failed");
			assertEquals("bob-2", failed.getVerdictBy().getId(), "the verdict Bob gave is his here too");
		}
	}

	@Test
	void aColleaguesLayerCanBePassedOnFromTheFolderItWasImportedInto() throws Exception {
		importInto(alices);
		Path passedOn = dir.resolve("passed-on" + CodingExport.EXTENSION);
		try (CorpusStore store = CorpusStore.openReadOnly(alices)) {
			CodingExport.export(store, CodingExport.coder(store, "bob"), passedOn, Progress.NONE); // his files here are ID@bob.xmi
		}
		Path carols = ExchangeCorpora.corpus(dir.resolve("carol"), dir.resolve("articles"));
		try (CorpusStore store = CorpusStore.open(carols, LayerChoice.coder("Carol"))) {
			CodingReport report = CodingImport.importInto(store, passedOn, Progress.NONE);
			assertEquals(List.of(new CodingReport.Clash("entity", PUTIN, "description", "(none)", "\"President of Russia\"")), report.clashes(),
					"the shared objects come from the corpus the file was written from: Alice's");
			assertEquals(2, report.relations());
		}
		assertEquals(layerOf(bobs, LayerChoice.coder("Bob")), layerOf(carols, LayerChoice.coder("Carol").onLayer("bob")));
	}

	@Test
	void theCodingFileHoldsTheLayerUnderNeutralNamesWithAManifestAndTheExportWritesNothingElse() throws Exception {
		try (ZipFile zip = new ZipFile(bobsCoding.toFile())) {
			assertEquals(List.of("manifest.json", "corpus.xmi", "layer/" + FAILED_DOC + ".xmi", "layer/" + PROTECT_DOC + ".xmi"),
					zip.stream().map(ZipEntry::getName).toList());
			String manifest = new String(zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(manifest.contains("\"format\" : \"collatio-coding\"") && manifest.contains("\"name\" : \"Bob\"")
					&& manifest.contains("\"length\" : " + TEXT_PROTECT.length()) && manifest.contains("\"textHash\" : \"sha256:"), manifest);
			String shared = new String(zip.getInputStream(zip.getEntry("corpus.xmi")).readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(shared.contains("href=\"layer/" + PROTECT_DOC + ".xmi#claim-"), "relations point at the neutral names: " + shared);
			assertFalse(shared.contains("documents/") || shared.contains("<documents"), "no document, no layer file of the corpus it came from");
			byte[] stored = Files.readAllBytes(bobs.resolve("documents/" + PROTECT_DOC + ".xmi"));
			assertArrayEquals(stored, zip.getInputStream(zip.getEntry("layer/" + PROTECT_DOC + ".xmi")).readAllBytes(), "layer files as stored");
		}
		try (var files = Files.list(dir)) {
			assertEquals(List.of("alice", "articles", "bob", "exchange.collatio-coding"), files.map(p -> p.getFileName().toString()).sorted().toList());
		}
		try (CorpusStore store = CorpusStore.open(bobs, LayerChoice.coder("Bob"))) {
			new Coding(store).tag(PROTECT_DOC, "civilians", "l");
			Path out = dir.resolve("unsaved" + CodingExport.EXTENSION);
			CorpusException unsaved = assertThrows(CorpusException.class, () -> CodingExport.export(store, store.getCoder(), out, Progress.NONE));
			assertTrue(unsaved.getMessage().contains("unsaved changes"), unsaved.getMessage());
			assertFalse(Files.exists(out));
		}
	}
}
