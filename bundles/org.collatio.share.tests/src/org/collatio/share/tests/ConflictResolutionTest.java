/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.collatio.core.store.CorpusStore;
import org.collatio.model.CollatioFactory;
import org.collatio.model.Entity;
import org.collatio.model.Proposition;
import org.collatio.model.Verdict;
import org.collatio.share.merge.Conflict;
import org.collatio.share.resolve.ConflictResolution;
import org.collatio.share.resolve.ConflictResolution.Delete;
import org.collatio.share.resolve.ConflictResolution.Keep;
import org.collatio.share.resolve.ConflictResolution.Value;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolving a merge's conflicts in the live model, as undoable commands: mine, theirs, a value of one's own, keep or delete. */
class ConflictResolutionTest {

	@TempDir
	Path dir;

	@Test
	void theChosenValueIsSetAndUndone() throws Exception {
		try (CorpusStore store = CorpusStore.openOrCreate(dir, "c")) {
			Proposition proposition = CollatioFactory.eINSTANCE.createProposition();
			proposition.setId("p1");
			proposition.setStatement("The talks failed (mine)");
			store.getCorpus().getPropositions().add(proposition);
			Entity entity = CollatioFactory.eINSTANCE.createEntity();
			entity.setId("putin");
			entity.setCanonicalName("Vladimir Putin");
			entity.getAliases().add("Putin");
			store.getCorpus().getEntities().add(entity);
			EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(new org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory()), new BasicCommandStack(), store.getResourceSet()); // as the session's

			Conflict statement = new Conflict("corpus.xmi", "Proposition", "p1", "statement", "The talks failed", "The talks failed (mine)",
					"The talks \uD83D\uDE00 collapsed\r\n");
			assertNull(ConflictResolution.command(domain, store, statement, new Keep()), "mine is what the merged model holds");
			Command theirs = ConflictResolution.command(domain, store, statement, new Value(statement.theirs()));
			domain.getCommandStack().execute(theirs);
			assertEquals("The talks \uD83D\uDE00 collapsed\r\n", proposition.getStatement());
			domain.getCommandStack().undo();
			assertEquals("The talks failed (mine)", proposition.getStatement());

			Conflict verdict = new Conflict("corpus.xmi", "Proposition", "p1", "verdict", "UNDECIDED", "CONSISTENT", "CONTESTED");
			domain.getCommandStack().execute(ConflictResolution.command(domain, store, verdict, new Value("CONTESTED")));
			assertEquals(Verdict.CONTESTED, proposition.getVerdict());

			Conflict aliases = new Conflict("corpus.xmi", "Entity", "putin", "aliases", "[Putin]", "[Putin]", "[Putin, V. Putin]");
			domain.getCommandStack().execute(ConflictResolution.command(domain, store, aliases, new Value(aliases.theirs())));
			assertEquals(List.of("Putin", "V. Putin"), entity.getAliases());

			Conflict deleted = new Conflict("corpus.xmi", "Entity", "putin", null, "...", null, "canonicalName=Vladimir Putin");
			assertNull(ConflictResolution.command(domain, store, deleted, new Keep()));
			domain.getCommandStack().execute(ConflictResolution.command(domain, store, deleted, new Delete()));
			assertFalse(store.getCorpus().getEntities().contains(entity));
			domain.getCommandStack().undo();
			assertTrue(store.getCorpus().getEntities().contains(entity));

			Conflict elsewhere = new Conflict("documents/a@bob.xmi", "Claim", "c1", "stance", "ASSERTS", "DENIES", "UNCERTAIN");
			assertNull(ConflictResolution.command(domain, store, elsewhere, new Value("UNCERTAIN")), "another coder's layer is theirs to resolve");
		}
	}
}
