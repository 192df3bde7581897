/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.collatio.core.edit.ClaimCommands;
import org.collatio.core.edit.SuggestedClaimCommands;
import org.collatio.core.edit.SuggestedClaimCommands.Suggested;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Claim;
import org.collatio.model.ClaimKind;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.EntityKind;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accepting a suggested claim: span, new entities and claim in one undoable command. */
class SuggestedClaimCommandsTest {

	@TempDir
	Path dir;

	@Test
	void acceptMakesSpanEntitiesAndClaimAndOneUndoRemovesThemAll() throws Exception {
		try (CorpusStore store = CorpusStore.openOrCreate(dir, "c")) {
			var domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(), store.getResourceSet());
			var stack = domain.getCommandStack();
			DocumentContent a = store.getContent(CorpusStoreTest.document(store, "a", CorpusStoreTest.TEXT_A));
			Entity putin = ClaimCommands.newEntity(EntityKind.PERSON, "Vladimir Putin", List.of("Putin"));
			stack.execute(ClaimCommands.addEntity(domain, store.getCorpus(), putin));
			int begin = CorpusStoreTest.TEXT_A.indexOf("peacekeepers");
			int end = CorpusStoreTest.TEXT_A.indexOf(" civilians") + " civilians".length();
			int entities = store.getCorpus().getEntities().size();

			stack.execute(SuggestedClaimCommands.accept(domain, store.getCorpus(), a,
					new Suggested(begin, end, "putin", "Tass news agency", "on Wednesday", ClaimKind.REPORTED_SPEECH)));

			assertEquals(1, a.getClaims().size());
			Claim claim = a.getClaims().get(0);
			assertSame(putin, claim.getSpeaker(), "matched by alias, case aside");
			assertEquals("Tass news agency", claim.getVia().getCanonicalName());
			assertEquals(EntityKind.OUTLET, claim.getVia().getKind());
			assertEquals("on Wednesday", claim.getWhenStated());
			assertEquals(ClaimKind.REPORTED_SPEECH, claim.getKind());
			assertEquals(begin, claim.getSpans().get(0).getBegin());
			assertEquals(end, claim.getSpans().get(0).getEnd());
			assertTrue(claim.getSpans().get(0).getTags().stream().anyMatch(t -> SuggestedClaimCommands.CLAIM_TAG_CODE.equals(t.getCode())));
			assertEquals(entities + 1, store.getCorpus().getEntities().size());

			stack.undo();
			assertTrue(a.getClaims().isEmpty());
			assertTrue(a.getSpans().isEmpty());
			assertEquals(entities, store.getCorpus().getEntities().size());
		}
	}

	/**
	 * One person named with and without what the article puts before the name is one entity, in one
	 * Accept All and across accepts; two people of one family name are two, and a name that two
	 * entities end with is left to the researcher (a new entity).
	 */
	@Test
	void aNameWithOrWithoutItsDescriptionIsOneEntityButAFamilyNameIsNot() throws Exception {
		try (CorpusStore store = CorpusStore.openOrCreate(dir, "c")) {
			var domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(), store.getResourceSet());
			DocumentContent a = store.getContent(CorpusStoreTest.document(store, "a", CorpusStoreTest.TEXT_A));
			domain.getCommandStack().execute(SuggestedClaimCommands.acceptAll(domain, store.getCorpus(), a,
					List.of(new Suggested(0, 5, "Russian President Vladimir Putin", null, null, ClaimKind.REPORTED_SPEECH),
							new Suggested(6, 10, "Vladimir Putin", null, null, ClaimKind.REPORTED_SPEECH),
							new Suggested(11, 15, "Tony Blair", null, null, ClaimKind.REPORTED_SPEECH))));
			domain.getCommandStack().execute(SuggestedClaimCommands.accept(domain, store.getCorpus(), a,
					new Suggested(16, 20, "Cherie Blair", null, null, ClaimKind.REPORTED_SPEECH)));
			domain.getCommandStack().execute(SuggestedClaimCommands.accept(domain, store.getCorpus(), a,
					new Suggested(27, 34, "President Vladimir Putin", null, null, ClaimKind.REPORTED_SPEECH)));
			List<Claim> claims = a.getClaims();
			assertEquals(5, claims.size());
			assertSame(claims.get(0).getSpeaker(), claims.get(1).getSpeaker(), "the name without its description");
			assertSame(claims.get(0).getSpeaker(), claims.get(4).getSpeaker(), "another description before the same name");
			assertEquals("Russian President Vladimir Putin", claims.get(0).getSpeaker().getCanonicalName());
			assertTrue(claims.get(2).getSpeaker() != claims.get(3).getSpeaker(), "two Blairs");
			assertEquals(3, store.getCorpus().getEntities().size(), store.getCorpus().getEntities().stream().map(Entity::getCanonicalName).toList().toString());
		}
	}

	@Test
	void aRangeOutsideTheTextIsRefused() throws Exception {
		try (CorpusStore store = CorpusStore.openOrCreate(dir, "c")) {
			var domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(), store.getResourceSet());
			DocumentContent a = store.getContent(CorpusStoreTest.document(store, "a", CorpusStoreTest.TEXT_A));
			assertThrows(IllegalArgumentException.class, () -> SuggestedClaimCommands.accept(domain, store.getCorpus(), a,
					new Suggested(5, CorpusStoreTest.TEXT_A.length() + 1, "X", null, null, ClaimKind.DIRECT_QUOTE)));
		}
	}
}
