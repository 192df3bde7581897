/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.collatio.core.edit.SpanCommands;
import org.collatio.core.edit.TagCommands;
import org.collatio.core.edit.TagCommands.DeletePolicy;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.tags.Tags;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;
import org.collatio.model.TagSet;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Managing the tag set with undoable commands, including deleting tags that spans use. */
class TagCommandsTest {

	@TempDir
	Path dir;
	private CorpusStore store;
	private AdapterFactoryEditingDomain domain;
	private DocumentContent a;
	private DocumentContent b;

	@BeforeEach
	void corpusWithTwoDocuments() throws Exception {
		store = CorpusStore.openOrCreate(dir, "c");
		a = store.getContent(CorpusStoreTest.document(store, "a", CorpusStoreTest.TEXT_A));
		b = store.getContent(CorpusStoreTest.document(store, "b", CorpusStoreTest.TEXT_B));
		domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(), store.getResourceSet());
	}

	@AfterEach
	void close() {
		store.close();
	}

	private Tag tag(String code) {
		return Tags.all(store.getCorpus()).stream().filter(t -> code.equals(t.getCode())).findFirst().orElseThrow();
	}

	private void run(org.eclipse.emf.common.command.Command command) {
		domain.getCommandStack().execute(command);
	}

	@Test
	void aNewChildTagGetsItsParentsCodeAndCanBeRenamedRecolouredAndKeyed() {
		Tag facts = tag("fact");
		run(TagCommands.create(domain, facts, "Casualty figure", "#123456", null));
		Tag created = facts.getChildren().get(facts.getChildren().size() - 1);
		assertEquals("fact.casualty-figure", created.getCode());
		run(TagCommands.rename(domain, created, "Casualties"));
		run(TagCommands.recolour(domain, created, "#abcdef"));
		run(TagCommands.setKey(domain, created, "k", Tags.all(store.getCorpus())));
		assertEquals("Casualties", created.getName());
		assertEquals("#abcdef", created.getColor());
		assertSame(created, Tags.byKey(store.getCorpus(), "K").orElseThrow());
		assertThrows(IllegalArgumentException.class, () -> TagCommands.setKey(domain, created, "c", Tags.all(store.getCorpus())),
				"c is the Claim tag's key");
		domain.getCommandStack().undo();
		domain.getCommandStack().undo();
		assertEquals("#123456", created.getColor());
	}

	@Test
	void aTagMovesUnderAnotherAndUndoPutsItBack() {
		Tag number = tag("fact.number");
		Tag statement = tag("statement");
		Tag facts = number.getParent();
		run(TagCommands.move(domain, number, statement));
		assertSame(statement, number.getParent());
		assertFalse(facts.getChildren().contains(number));
		assertThrows(IllegalArgumentException.class, () -> TagCommands.move(domain, statement, number), "no cycles");
		domain.getCommandStack().undo();
		assertSame(facts, number.getParent());
		TagSet set = (TagSet) statement.eContainer();
		run(TagCommands.move(domain, number, set));
		assertTrue(set.getTags().contains(number), "to the top level");
	}

	@Test
	void deletingATagInUseRemovesItFromItsSpansAcrossDocumentsOrDeletesThem() throws Exception {
		Tag quote = tag("statement.quote");
		Tag speaker = tag("actor.speaker");
		run(SpanCommands.tag(domain, a, 0, 5, quote));
		run(SpanCommands.tag(domain, a, 0, 5, speaker)); // span with two tags
		run(SpanCommands.tag(domain, b, 0, 9, quote)); // span with only the quote tag, in another document
		List<SpanAnnotation> usages = TagCommands.usages(store, quote);
		assertEquals(2, usages.size());

		run(TagCommands.delete(domain, quote, usages, DeletePolicy.REMOVE_FROM_SPANS));
		assertTrue(Tags.all(store.getCorpus()).stream().noneMatch(t -> t == quote));
		assertEquals(List.of(speaker), a.getSpans().get(0).getTags(), "the other tag stays");
		assertEquals(0, b.getSpans().size(), "a span left without tags goes");

		domain.getCommandStack().undo();
		assertEquals(List.of(quote, speaker), a.getSpans().get(0).getTags());
		assertEquals(List.of(quote), b.getSpans().get(0).getTags());

		run(TagCommands.delete(domain, quote, TagCommands.usages(store, quote), DeletePolicy.DELETE_SPANS));
		assertEquals(0, a.getSpans().size());
		assertEquals(0, b.getSpans().size());
	}

	@Test
	void deletingAGroupDeletesItsChildrenAndTheirUses() throws Exception {
		Tag actors = tag("actor");
		run(SpanCommands.tag(domain, a, 0, 5, tag("actor.agency")));
		List<SpanAnnotation> usages = TagCommands.usages(store, actors);
		assertEquals(1, usages.size(), "a child tag's span counts as a use of the group");
		run(TagCommands.delete(domain, actors, usages, DeletePolicy.REMOVE_FROM_SPANS));
		assertTrue(Tags.all(store.getCorpus()).stream().noneMatch(t -> t.getCode().startsWith("actor")));
		assertEquals(0, a.getSpans().size());
	}
}
