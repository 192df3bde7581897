/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.collatio.core.edit.SpanCommands;
import org.collatio.core.imports.SeedCorpus;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.tags.Tags;
import org.collatio.model.Claim;
import org.collatio.model.CollatioFactory;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.EntityKind;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Stance;
import org.collatio.search.CorpusIndex;
import org.collatio.search.QuerySyntaxException;
import org.collatio.search.SearchHit;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searching the seed corpus: text with exact offsets, metadata, tags, claims with aliases; errors; rebuilds. */
class CorpusIndexTest {

	@TempDir
	Path dir;
	private CorpusStore store;
	private CorpusIndex index;

	@BeforeEach
	void seedCorpus() throws Exception {
		String root = System.getProperty("collatio.repository");
		SeedCorpus.ensure(dir.resolve("seeds"), Path.of(root != null ? root : "../..").resolve("seeds"));
		store = CorpusStore.open(dir.resolve("seeds"));
		index = CorpusIndex.open(store);
	}

	@AfterEach
	void close() throws Exception {
		index.close();
		store.close();
	}

	private List<String> ids(String query) throws Exception {
		return index.search(query, 10).stream().map(SearchHit::documentId).sorted().toList();
	}

	@Test
	void aNewIndexIsBuiltWithAMessage() {
		assertNotNull(index.getRebuildReason());
		assertTrue(index.getRebuildReason().contains("missing"), index.getRebuildReason());
	}

	@Test
	void textHitsCarryExactOffsetsAndContext() throws Exception {
		List<SearchHit> hits = index.search("\"doing everything to protect\"", 10);
		assertEquals(1, hits.size());
		SearchHit hit = hits.get(0);
		assertEquals("004_c18513d2de862493", hit.documentId());
		String text = store.getContent(store.findDocument(hit.documentId())).getText();
		SearchHit.Passage passage = hit.passages().get(0);
		assertEquals("doing everything to protect", text.substring(passage.begin(), passage.end()), "a phrase is one match; offsets point into the stored text");
		assertTrue(passage.before().endsWith("The Russian peacekeepers are "), passage.before());
		assertEquals("MassisPost", hit.outlet());
	}

	@Test
	void nameVariantsBooleansProximityAndMetadataFields() throws Exception {
		assertEquals(List.of("003_a198eed70dad4c69"), ids("Pashinian"));
		assertEquals(List.of("000_22b39a758450422f", "001_ea6e1a5ba1303e2b", "004_c18513d2de862493"), ids("Pashinyan"));
		assertEquals(List.of("000_22b39a758450422f", "001_ea6e1a5ba1303e2b", "003_a198eed70dad4c69", "004_c18513d2de862493"),
				ids("Pashinyan OR Pashinian"));
		assertEquals(List.of("000_22b39a758450422f", "002_36c442c41114755f"), ids("outlet:\"Moscow Times\""));
		assertEquals(List.of("000_22b39a758450422f", "002_36c442c41114755f", "003_a198eed70dad4c69"), ids("date:[2020 TO 2020]"));
		assertEquals(List.of("001_ea6e1a5ba1303e2b", "004_c18513d2de862493"), ids("date:[2021 TO 2023]"));
		assertEquals(List.of("004_c18513d2de862493"), ids("\"peacekeepers protect\"~6 AND NOT Interfax"));
	}

	@Test
	void tagsAndClaimsAreSearchableAfterASaveAndSpeakerMatchesEveryAlias() throws Exception {
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(),
				store.getResourceSet());
		DocumentContent content = store.getContent(store.findDocument("003_a198eed70dad4c69"));
		String sentence = "we became fully convinced of the significance of friendly, allied relations";
		int begin = content.getText().indexOf(sentence);
		domain.getCommandStack().execute(SpanCommands.tag(domain, content, begin, begin + sentence.length(),
				Tags.byKey(store.getCorpus(), "c").orElseThrow()));
		SpanAnnotation span = content.getSpans().get(0);
		Entity putin = CollatioFactory.eINSTANCE.createEntity();
		putin.setId("putin");
		putin.setKind(EntityKind.PERSON);
		putin.setCanonicalName("Vladimir Putin");
		putin.getAliases().add("Vladimir Vladimirovich Putin");
		store.getCorpus().getEntities().add(putin);
		Claim claim = CollatioFactory.eINSTANCE.createClaim();
		claim.setId(EcoreUtil.generateUUID());
		claim.getSpans().add(span);
		claim.setSpeaker(putin);
		claim.setStance(Stance.ASSERTS);
		content.getClaims().add(claim);
		assertEquals(List.of(), ids("tag:claim"), "not indexed before the save");
		store.save();
		index.awaitIndexed(); // the index commits on its own thread

		assertEquals(List.of("003_a198eed70dad4c69"), ids("tag:claim"));
		assertEquals(List.of("003_a198eed70dad4c69"), ids("speaker:Vladimirovich"), "an alias of the speaker");
		assertEquals(List.of("003_a198eed70dad4c69"), ids("stance:asserts"));
		assertEquals(List.of(), ids("stance:denies"));
		SearchHit.Passage passage = index.search("tag:claim", 10).get(0).passages().get(0);
		assertEquals(begin, passage.begin(), "a tag hit points at its span");
		assertEquals(sentence, passage.match());
	}

	@Test
	void aDocumentTakenOutOfTheCorpusLeavesTheIndexAtTheNextSaveAndComesBackWithIt() throws Exception {
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(),
				store.getResourceSet());
		org.collatio.model.Document pashinian = store.findDocument("003_a198eed70dad4c69");
		assertEquals(List.of("003_a198eed70dad4c69"), ids("Pashinian"));
		// what an undone import does to the documents it added
		domain.getCommandStack().execute(org.eclipse.emf.edit.command.RemoveCommand.create(domain, store.getCorpus(),
				org.collatio.model.CollatioPackage.Literals.CORPUS__DOCUMENTS, pashinian));
		store.save();
		index.awaitIndexed();
		assertEquals(List.of(), ids("Pashinian"), "no hit in a document the corpus no longer holds");
		domain.getCommandStack().undo();
		store.save();
		index.awaitIndexed();
		assertEquals(List.of("003_a198eed70dad4c69"), ids("Pashinian"), "back with the document");
	}

	@Test
	void invalidQueriesSayWhatAndWhere() {
		QuerySyntaxException unclosed = assertThrows(QuerySyntaxException.class, () -> index.search("\"peacekeepers protect", 10));
		assertTrue(unclosed.getMessage().contains("quotation mark"), unclosed.getMessage());
		QuerySyntaxException dangling = assertThrows(QuerySyntaxException.class, () -> index.search("Putin AND", 10));
		assertTrue(dangling.getMessage().contains("end of query"), dangling.getMessage());
		QuerySyntaxException field = assertThrows(QuerySyntaxException.class, () -> index.search("speeker:Putin", 10));
		assertTrue(field.getMessage().contains("Unknown field \"speeker\""), field.getMessage());
		QuerySyntaxException paren = assertThrows(QuerySyntaxException.class, () -> index.search("(Putin OR Peskov", 10));
		assertTrue(paren.getColumn() > 0, paren.getMessage());
	}

	@Test
	void aCorruptIndexIsRebuiltWithAMessage() throws Exception {
		index.close();
		Path folder = store.getLayout().indexFolder();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
				Files.write(file, new byte[] { 1, 2, 3, 4 });
			}
		}
		index = CorpusIndex.open(store);
		assertTrue(index.getRebuildReason().contains("unreadable") || index.getRebuildReason().contains("could not be read"),
				index.getRebuildReason());
		assertEquals(List.of("003_a198eed70dad4c69"), ids("Pashinian"));
		index.close();
		index = CorpusIndex.open(store);
		assertNull(index.getRebuildReason(), "a current index is used as it is");
	}
}
