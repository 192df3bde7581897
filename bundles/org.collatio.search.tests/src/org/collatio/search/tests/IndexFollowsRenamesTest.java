/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.collatio.core.edit.ClaimCommands;
import org.collatio.core.edit.SpanCommands;
import org.collatio.core.edit.TagCommands;
import org.collatio.core.imports.SeedCorpus;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.tags.Tags;
import org.collatio.model.ClaimKind;
import org.collatio.model.CollatioPackage;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.EntityKind;
import org.collatio.model.Proposition;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Stance;
import org.collatio.model.Tag;
import org.collatio.search.CorpusIndex;
import org.collatio.search.SearchHit;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index follows renames that write only corpus.xmi (tags, entity names and aliases,
 * propositions), and commits on its own thread: after a save, once the worker is awaited, queries
 * see the change.
 */
class IndexFollowsRenamesTest {

	private static final String DOCUMENT = "003_a198eed70dad4c69";
	private static final String SENTENCE = "we became fully convinced of the significance of friendly, allied relations";

	@TempDir
	Path dir;
	private CorpusStore store;
	private CorpusIndex index;
	private AdapterFactoryEditingDomain domain;
	private DocumentContent content;
	private int begin;

	@BeforeEach
	void seedCorpus() throws Exception {
		String root = System.getProperty("collatio.repository");
		SeedCorpus.ensure(dir.resolve("seeds"), Path.of(root != null ? root : "../..").resolve("seeds"));
		store = CorpusStore.open(dir.resolve("seeds"));
		index = CorpusIndex.open(store);
		domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(), store.getResourceSet());
		content = store.getContent(store.findDocument(DOCUMENT));
		begin = content.getText().indexOf(SENTENCE);
	}

	@AfterEach
	void close() throws Exception {
		index.close();
		store.close();
	}

	private List<String> ids(String query) throws Exception {
		return index.search(query, 10).stream().map(SearchHit::documentId).sorted().toList();
	}

	private void execute(org.eclipse.emf.common.command.Command command) {
		assertTrue(command.canExecute(), command.getLabel());
		domain.getCommandStack().execute(command);
	}

	/** Saves; asserts the save wrote corpus.xmi only; waits for the index. */
	private void saveCorpusFileOnly() throws Exception {
		List<Path> written = store.save();
		assertEquals(List.of(store.getLayout().corpusFile()), written, "a rename writes corpus.xmi only");
		index.awaitIndexed();
	}

	private SpanAnnotation tagSentence(Tag tag) {
		execute(SpanCommands.tag(domain, content, begin, begin + SENTENCE.length(), tag));
		return content.getSpans().get(0);
	}

	@Test
	void aSaveIsCommittedOnTheWorkerAndSearchableOnceAwaited() throws Exception {
		tagSentence(Tags.byKey(store.getCorpus(), "c").orElseThrow());
		store.save();
		index.awaitIndexed();
		assertEquals(List.of(DOCUMENT), ids("tag:claim"));
		assertNull(index.getLastFailure());
		index.close();
		index = CorpusIndex.open(store);
		assertNull(index.getRebuildReason(), "the worker committed: a current index is used as it is");
		assertEquals(List.of(DOCUMENT), ids("tag:claim"));
	}

	@Test
	void renamingATagTwiceFindsTheDocumentByItsNewNameOnly() throws Exception {
		Tag claim = Tags.byKey(store.getCorpus(), "c").orElseThrow();
		tagSentence(claim);
		store.save();
		execute(TagCommands.rename(domain, claim, "Allegation"));
		saveCorpusFileOnly();
		assertEquals(List.of(DOCUMENT), ids("tag:allegation"));
		execute(TagCommands.rename(domain, claim, "Charge"));
		saveCorpusFileOnly();
		assertEquals(List.of(DOCUMENT), ids("tag:charge"));
		assertEquals(List.of(), ids("tag:allegation"), "the old name no longer finds it");
		SearchHit.Passage passage = index.search("tag:charge", 10).get(0).passages().get(0);
		assertEquals(begin, passage.begin(), "the hit still points at its span (re-indexed from the saved file)");
		assertEquals(SENTENCE, passage.match());
	}

	@Test
	void renamingAnEntityAliasOrItsNameFindsTheSpeakerByTheNewNamesOnly() throws Exception {
		SpanAnnotation span = tagSentence(Tags.byKey(store.getCorpus(), "c").orElseThrow());
		Entity putin = ClaimCommands.newEntity(EntityKind.PERSON, "Vladimir Putin", List.of("Vladimirovich"));
		execute(ClaimCommands.addEntity(domain, store.getCorpus(), putin));
		execute(ClaimCommands.makeClaim(domain, content, List.of(span),
				new ClaimCommands.ClaimFields(putin, null, null, null, null, Stance.ASSERTS, ClaimKind.DIRECT_QUOTE, null)));
		store.save();
		index.awaitIndexed();
		assertEquals(List.of(DOCUMENT), ids("speaker:Vladimirovich"));

		// as the Entities view edits aliases: one SetCommand on the alias list
		execute(SetCommand.create(domain, putin, CollatioPackage.Literals.ENTITY__ALIASES, List.of("Volodya")));
		saveCorpusFileOnly();
		assertEquals(List.of(DOCUMENT), ids("speaker:Volodya"));
		assertEquals(List.of(), ids("speaker:Vladimirovich"), "the old alias no longer finds it");

		execute(SetCommand.create(domain, putin, CollatioPackage.Literals.ENTITY__CANONICAL_NAME, "V. V. Putin"));
		saveCorpusFileOnly();
		assertEquals(List.of(DOCUMENT), ids("speaker:\"V. V. Putin\""));
		assertEquals(List.of(), ids("speaker:Vladimir"), "the old canonical name no longer finds it");
	}

	@Test
	void rewordingAPropositionFindsTheClaimByTheNewStatementOnly() throws Exception {
		SpanAnnotation span = tagSentence(Tags.byKey(store.getCorpus(), "c").orElseThrow());
		Proposition proposition = ClaimCommands.newProposition("Russia and Armenia are allies");
		execute(ClaimCommands.addProposition(domain, store.getCorpus(), proposition));
		execute(ClaimCommands.makeClaim(domain, content, List.of(span),
				new ClaimCommands.ClaimFields(null, null, null, null, proposition, Stance.ASSERTS, ClaimKind.DIRECT_QUOTE, null)));
		store.save();
		index.awaitIndexed();
		assertEquals(List.of(DOCUMENT), ids("proposition:allies"));

		// as the Reconciliation view rewords a proposition
		execute(SetCommand.create(domain, proposition, CollatioPackage.Literals.PROPOSITION__STATEMENT, "Moscow guarantees Yerevan's security"));
		saveCorpusFileOnly();
		assertEquals(List.of(DOCUMENT), ids("proposition:guarantees"));
		assertEquals(List.of(), ids("proposition:allies"), "the old statement no longer finds it");
		assertEquals(SENTENCE, index.search("proposition:guarantees", 10).get(0).passages().get(0).match());
	}

	@Test
	void aSaveBeforeTheLoadIsIndexedAfterIt() throws Exception {
		index.close();
		index = CorpusIndex.create(store);
		Tag claim = Tags.byKey(store.getCorpus(), "c").orElseThrow();
		tagSentence(claim);
		store.save();
		execute(TagCommands.rename(domain, claim, "Allegation"));
		store.save();
		index.load(null);
		index.awaitIndexed();
		assertEquals(List.of(DOCUMENT), ids("tag:allegation"));
	}
}
