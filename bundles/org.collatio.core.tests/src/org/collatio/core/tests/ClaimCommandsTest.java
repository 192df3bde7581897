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

import org.collatio.core.edit.ClaimCommands;
import org.collatio.core.edit.ClaimCommands.ClaimFields;
import org.collatio.core.edit.SpanCommands;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.tags.Tags;
import org.collatio.model.Claim;
import org.collatio.model.ClaimKind;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.EntityKind;
import org.collatio.model.Proposition;
import org.collatio.model.RelationKind;
import org.collatio.model.Stance;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claims, entities with aliases, propositions and relations across documents, as undoable commands. */
class ClaimCommandsTest {

	@TempDir
	Path dir;

	@Test
	void claimsInTwoDocumentsContradictAndEntityMergeMovesEveryReference() throws Exception {
		try (CorpusStore store = CorpusStore.openOrCreate(dir, "c")) {
			var domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(),
					store.getResourceSet());
			var stack = domain.getCommandStack();
			DocumentContent a = store.getContent(CorpusStoreTest.document(store, "a", CorpusStoreTest.TEXT_A));
			DocumentContent b = store.getContent(CorpusStoreTest.document(store, "b", CorpusStoreTest.TEXT_B));
			stack.execute(SpanCommands.tag(domain, a, 0, 10, Tags.byKey(store.getCorpus(), "c").orElseThrow()));
			stack.execute(SpanCommands.tag(domain, b, 0, 20, Tags.byKey(store.getCorpus(), "c").orElseThrow()));

			Entity pashinyan = ClaimCommands.newEntity(EntityKind.PERSON, "Nikol Pashinyan", List.of());
			Entity pashinian = ClaimCommands.newEntity(EntityKind.PERSON, "Pashinian", List.of());
			stack.execute(ClaimCommands.addEntity(domain, store.getCorpus(), pashinyan));
			stack.execute(ClaimCommands.addEntity(domain, store.getCorpus(), pashinian));
			Proposition protect = ClaimCommands.newProposition("Russian peacekeepers protect Karabakh's civilians");
			stack.execute(ClaimCommands.addProposition(domain, store.getCorpus(), protect));

			stack.execute(ClaimCommands.makeClaim(domain, a, List.of(a.getSpans().get(0)),
					new ClaimFields(pashinyan, null, "on Tuesday", "2023-01", protect, Stance.ASSERTS, ClaimKind.REPORTED_SPEECH, null)));
			stack.execute(ClaimCommands.makeClaim(domain, b, List.of(b.getSpans().get(0)),
					new ClaimFields(pashinian, null, null, null, protect, Stance.DENIES, ClaimKind.DIRECT_QUOTE, "they failed")));
			Claim ca = a.getClaims().get(0);
			Claim cb = b.getClaims().get(0);
			stack.execute(ClaimCommands.relate(domain, store.getCorpus(), ca, cb, RelationKind.CONTRADICTS, "protect vs failed"));
			assertThrows(IllegalArgumentException.class, () -> ClaimCommands.relate(domain, store.getCorpus(), ca, ca, RelationKind.AGREES, ""));

			assertSame(pashinian, ClaimCommands.findEntity(store.getCorpus(), "PASHINIÁN").orElseThrow(), "case and accents aside");
			stack.execute(ClaimCommands.merge(domain, store, pashinyan, pashinian));
			assertSame(pashinyan, cb.getSpeaker(), "the claim in document b now names the kept entity");
			assertTrue(pashinyan.getAliases().contains("Pashinian"));
			assertFalse(store.getCorpus().getEntities().contains(pashinian));
			assertSame(pashinyan, ClaimCommands.findEntity(store.getCorpus(), "Pashinian").orElseThrow(), "found by its new alias");

			stack.undo();
			assertSame(pashinian, cb.getSpeaker(), "undo restores every reference");
			stack.redo();
			store.save();
		}
		try (CorpusStore store = CorpusStore.open(dir)) {
			var relation = store.getCorpus().getRelations().get(0);
			assertEquals(Stance.DENIES, relation.getTarget().getStance());
			assertEquals("Nikol Pashinyan", relation.getTarget().getSpeaker().getCanonicalName());
			assertEquals("Russian peacekeepers protect Karabakh's civilians", relation.getSource().getProposition().getStatement());
			assertEquals("on Tuesday", relation.getSource().getWhenStated());
		}
	}
}
