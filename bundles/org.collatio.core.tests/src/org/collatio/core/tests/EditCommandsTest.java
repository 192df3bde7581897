/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.collatio.core.edit.ClaimCommands;
import org.collatio.core.edit.ClaimCommands.ClaimFields;
import org.collatio.core.edit.Commands;
import org.collatio.core.edit.DocumentMetadataEdit;
import org.collatio.core.edit.DocumentMetadataEdit.Field;
import org.collatio.core.edit.SpanCommands;
import org.collatio.core.store.CorpusContents;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.tags.Tags;
import org.collatio.model.Claim;
import org.collatio.model.ClaimKind;
import org.collatio.model.ClaimRelation;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.EntityKind;
import org.collatio.model.Proposition;
import org.collatio.model.RelationKind;
import org.collatio.model.Stance;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands the views used to build inline, now made in core: assignments, renames, aliases,
 * relation edits and removals, document metadata; each undoable, and null when nothing changes.
 */
class EditCommandsTest {

	@TempDir
	Path dir;

	@Test
	void assignmentsRenamesAliasesAndRelationsAreUndoableCommands() throws Exception {
		try (CorpusStore store = CorpusStore.openOrCreate(dir, "c")) {
			var domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(), store.getResourceSet());
			CommandStack stack = domain.getCommandStack();
			DocumentContent a = store.getContent(CorpusStoreTest.document(store, "a", CorpusStoreTest.TEXT_A));
			DocumentContent b = store.getContent(CorpusStoreTest.document(store, "b", CorpusStoreTest.TEXT_B));
			CorpusStoreTest.document(store, "unannotated", "No annotations here.");
			stack.execute(SpanCommands.tag(domain, a, 0, 10, Tags.byKey(store.getCorpus(), "c").orElseThrow()));
			stack.execute(SpanCommands.tag(domain, b, 0, 20, Tags.byKey(store.getCorpus(), "c").orElseThrow()));
			Entity putin = ClaimCommands.newEntity(EntityKind.PERSON, "Vladimir Putin", List.of());
			stack.execute(ClaimCommands.addEntity(domain, store.getCorpus(), putin));
			Proposition talks = ClaimCommands.newProposition("The talks failed");
			stack.execute(ClaimCommands.addProposition(domain, store.getCorpus(), talks));
			stack.execute(ClaimCommands.makeClaim(domain, a, List.of(a.getSpans().get(0)),
					new ClaimFields(putin, null, null, null, null, Stance.ASSERTS, ClaimKind.DIRECT_QUOTE, null)));
			stack.execute(ClaimCommands.makeClaim(domain, b, List.of(b.getSpans().get(0)),
					new ClaimFields(putin, null, null, null, talks, Stance.DENIES, ClaimKind.REPORTED_SPEECH, null)));
			Claim ca = a.getClaims().get(0);
			Claim cb = b.getClaims().get(0);

			assertEquals(List.of(ca, cb), CorpusContents.claims(store), "every claim, document by document");
			assertEquals(2, CorpusContents.annotated(store).size(), "the unannotated document is not loaded");

			stack.execute(ClaimCommands.assign(domain, List.of(ca, cb), talks));
			assertSame(talks, ca.getProposition());
			assertEquals("Assign Claims to Proposition", stack.getUndoCommand().getLabel());
			assertNull(ClaimCommands.assign(domain, List.of(ca, cb), talks), "nothing to change");
			stack.undo();
			assertNull(ca.getProposition());
			assertSame(talks, cb.getProposition(), "undo restores each claim's own proposition");

			assertNull(ClaimCommands.renameProposition(domain, talks, "  "));
			assertNull(ClaimCommands.renameProposition(domain, talks, " The talks failed "));
			stack.execute(ClaimCommands.renameProposition(domain, talks, " The talks broke down "));
			assertEquals("The talks broke down", talks.getStatement());

			stack.execute(ClaimCommands.renameEntity(domain, putin, " Putin "));
			assertEquals("Putin", putin.getCanonicalName());
			assertNull(ClaimCommands.renameEntity(domain, putin, ""));
			stack.execute(ClaimCommands.setAliases(domain, putin, "V. Putin, , putin, Vladimir Putin, V. Putin"));
			assertEquals(List.of("V. Putin", "Vladimir Putin"), putin.getAliases(), "blanks, repeats and its own name left out");
			assertNull(ClaimCommands.setAliases(domain, putin, "V. Putin,Vladimir Putin"));

			stack.execute(ClaimCommands.relate(domain, store.getCorpus(), ca, cb, RelationKind.CONTRADICTS, null));
			ClaimRelation relation = store.getCorpus().getRelations().get(0);
			stack.execute(ClaimCommands.editRelation(domain, relation, RelationKind.QUALIFIES, "  only in part "));
			assertEquals(RelationKind.QUALIFIES, relation.getKind());
			assertEquals("only in part", relation.getRationale());
			stack.undo();
			assertEquals(RelationKind.CONTRADICTS, relation.getKind());
			assertNull(relation.getRationale());
			stack.execute(ClaimCommands.removeRelations(domain, store.getCorpus(), List.of(relation)));
			assertTrue(store.getCorpus().getRelations().isEmpty());
			stack.undo();
			assertEquals(List.of(relation), store.getCorpus().getRelations());
		}
	}

	@Test
	void commandsOfCoreTakenTogetherAreOneStepOfUndo() throws Exception {
		try (CorpusStore store = CorpusStore.openOrCreate(dir, "c")) {
			var domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(), store.getResourceSet());
			Entity putin = ClaimCommands.newEntity(EntityKind.PERSON, "Vladimir Putin", List.of());
			Entity pashinyan = ClaimCommands.newEntity(EntityKind.PERSON, "Nikol Pashinyan", List.of());
			assertNull(Commands.together("Nothing", List.of()));
			domain.getCommandStack().execute(Commands.together("Add Two Entities", List.of(ClaimCommands.addEntity(domain, store.getCorpus(), putin),
					ClaimCommands.addEntity(domain, store.getCorpus(), pashinyan))));
			assertEquals(List.of(putin, pashinyan), store.getCorpus().getEntities());
			assertEquals("Add Two Entities", domain.getCommandStack().getUndoCommand().getLabel());
			domain.getCommandStack().undo();
			assertTrue(store.getCorpus().getEntities().isEmpty(), "one undo takes both away");
		}
	}

	@Test
	void documentMetadataIsOneCommandAndAnImpossibleDateIsRefused() throws Exception {
		try (CorpusStore store = CorpusStore.openOrCreate(dir, "c")) {
			var domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(), store.getResourceSet());
			Document document = CorpusStoreTest.document(store, "a", CorpusStoreTest.TEXT_A);
			Map<Field, String> values = DocumentMetadataEdit.valuesOf(document);
			values.put(Field.DATE, "2020-02-29");
			values.put(Field.OUTLET, " TASS ");
			domain.getCommandStack().execute(DocumentMetadataEdit.command(domain, document, values));
			assertEquals("2020-02-29", document.getPublicationDate());
			assertEquals("TASS", document.getOutlet());
			assertNull(DocumentMetadataEdit.command(domain, document, DocumentMetadataEdit.valuesOf(document)), "nothing changes");
			values.put(Field.DATE, "2021-02-29");
			assertTrue(DocumentMetadataEdit.problem(Field.DATE, "2021-02-29") != null, "not a leap year");
			assertThrows(IllegalArgumentException.class, () -> DocumentMetadataEdit.command(domain, document, values));
			domain.getCommandStack().undo();
			assertNull(document.getOutlet());
		}
	}
}
