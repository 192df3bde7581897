/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.collatio.core.edit.ClaimCommands;
import org.collatio.core.edit.TypedClaims;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Claim;
import org.collatio.model.ClaimKind;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.EntityKind;
import org.collatio.model.Stance;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The claim as typed in the claim form, made in core: a speaker known by an alias is found, not
 * created again; a new outlet and a new statement are created; a statement typed in another case is
 * the same proposition; all of it one command that one undo takes back.
 */
class TypedClaimsTest {

	@TempDir
	Path dir;

	@Test
	void namesAreLookedUpOrCreatedInTheOneCommandThatMakesTheClaim() throws Exception {
		try (CorpusStore store = CorpusStore.openOrCreate(dir, "c")) {
			var domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(), store.getResourceSet());
			CommandStack stack = domain.getCommandStack();
			DocumentContent a = store.getContent(CorpusStoreTest.document(store, "a", CorpusStoreTest.TEXT_A));
			Entity putin = ClaimCommands.newEntity(EntityKind.PERSON, "Vladimir Putin", List.of("Putin"));
			stack.execute(ClaimCommands.addEntity(domain, store.getCorpus(), putin));
			int entities = store.getCorpus().getEntities().size();

			int end = CorpusStoreTest.TEXT_A.indexOf('\r');
			stack.execute(TypedClaims.makeOnRange(domain, store.getCorpus(), a, 0, end, new TypedClaims.Typed("putin", "Interfax", "on Monday", "2020-11-09",
					"Peacekeepers protect civilians", Stance.ASSERTS, ClaimKind.DIRECT_QUOTE, null)));

			Claim claim = a.getClaims().get(0);
			assertSame(putin, claim.getSpeaker(), "found by an alias, case aside");
			assertEquals("Interfax", claim.getVia().getCanonicalName());
			assertEquals(EntityKind.OUTLET, claim.getVia().getKind());
			assertEquals(entities + 1, store.getCorpus().getEntities().size(), "only the outlet is new");
			assertEquals(CorpusStoreTest.TEXT_A.substring(0, end), a.getText().substring(claim.getSpans().get(0).getBegin(), claim.getSpans().get(0).getEnd()));

			stack.execute(TypedClaims.make(domain, store.getCorpus(), a, List.of(claim.getSpans().get(0)), new TypedClaims.Typed(null, null, null, null,
					"PEACEKEEPERS PROTECT CIVILIANS", Stance.DENIES, ClaimKind.REPORTED_SPEECH, null)));
			assertEquals(1, store.getCorpus().getPropositions().size(), "the same statement in another case is the same proposition");
			assertSame(a.getClaims().get(0).getProposition(), a.getClaims().get(1).getProposition());

			stack.undo();
			stack.undo();
			assertTrue(a.getClaims().isEmpty() && a.getSpans().isEmpty(), "one undo per claim takes everything back");
			assertEquals(entities, store.getCorpus().getEntities().size());
			assertTrue(store.getCorpus().getPropositions().isEmpty());
		}
	}
}
