/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.collatio.core.edit.ClaimCommands;
import org.collatio.core.edit.ClaimCommands.ClaimFields;
import org.collatio.core.edit.PropertyEdits;
import org.collatio.core.edit.PropertyEdits.Input;
import org.collatio.core.edit.SpanCommands;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.tags.Tags;
import org.collatio.model.Claim;
import org.collatio.model.ClaimKind;
import org.collatio.model.CollatioPackage;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.EntityKind;
import org.collatio.model.Proposition;
import org.collatio.model.Stance;
import org.collatio.model.Tag;
import org.collatio.model.Verdict;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One property changed at a time, as the Properties view does it: what is editable, the checks of
 * the dialogs (dates, colours, keys, names) with a message naming the property, and undoable
 * commands of core that leave the model untouched when the value is refused.
 */
class PropertyEditsTest {

	private static final CollatioPackage P = CollatioPackage.eINSTANCE;

	@TempDir
	Path dir;

	@Test
	void idsOffsetsTextsAndStampsAreNotEditableAndSayWhy() throws Exception {
		try (CorpusStore store = CorpusStore.openOrCreate(dir, "c")) {
			var domain = domain(store);
			Document document = CorpusStoreTest.document(store, "a", CorpusStoreTest.TEXT_A);
			for (var feature : List.of(P.getDocument_Id(), P.getDocument_Length(), P.getDocument_ContentHash(), P.getSpanAnnotation_Begin(),
					P.getSpanAnnotation_End(), P.getDocumentContent_Text(), P.getClaim_Created(), P.getClaim_Annotator(), P.getSpanAnnotation_Tags(),
					P.getTag_Code())) {
				assertFalse(PropertyEdits.isEditable(feature), feature.getName());
			}
			assertEquals("Id is not changed here.", PropertyEdits.problem(document, P.getDocument_Id(), "x"));
			assertThrows(IllegalArgumentException.class, () -> PropertyEdits.command(domain, document, P.getDocument_Id(), "x"));
			assertEquals("a", document.getId());
			assertEquals(Input.TEXT, PropertyEdits.input(P.getDocument_PublicationDate()));
			assertEquals(Input.CHOICE, PropertyEdits.input(P.getClaim_Stance()));
		}
	}

	@Test
	void aDateIsCheckedAsTheDialogsCheckItAndAGoodOneIsAnUndoableCommand() throws Exception {
		try (CorpusStore store = CorpusStore.openOrCreate(dir, "c")) {
			var domain = domain(store);
			CommandStack stack = domain.getCommandStack();
			Document document = CorpusStoreTest.document(store, "a", CorpusStoreTest.TEXT_A);
			String before = document.getPublicationDate();

			String problem = PropertyEdits.problem(document, P.getDocument_PublicationDate(), "2020-13");
			assertTrue(problem.startsWith("Publication Date: \"2020-13\" is not a real date"), problem);
			assertTrue(PropertyEdits.problem(document, P.getDocument_PublicationDate(), "2021-02-29") != null, "not a leap year");
			assertTrue(PropertyEdits.problem(document, P.getDocument_PublicationDate(), "May 2020").contains("YYYY, YYYY-MM or YYYY-MM-DD"));
			IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
					() -> PropertyEdits.command(domain, document, P.getDocument_PublicationDate(), "2020-02-30"));
			assertTrue(refused.getMessage().startsWith("Publication Date:"), refused.getMessage());
			assertEquals(before, document.getPublicationDate(), "a refused value changes nothing");

			stack.execute(PropertyEdits.command(domain, document, P.getDocument_PublicationDate(), " 2020-02-29 "));
			assertEquals("2020-02-29", document.getPublicationDate());
			assertEquals("Edit Document Properties", stack.getUndoCommand().getLabel(), "the command of the properties dialog");
			assertNull(PropertyEdits.command(domain, document, P.getDocument_PublicationDate(), "2020-02-29"), "nothing changes");
			stack.execute(PropertyEdits.command(domain, document, P.getDocument_PublicationDate(), "  "));
			assertNull(document.getPublicationDate(), "blank: unknown");
			stack.undo();
			stack.undo();
			assertEquals(before, document.getPublicationDate());

			assertEquals("Title cannot be empty.", PropertyEdits.problem(document, P.getDocument_Title(), " "));
		}
	}

	@Test
	void aClaimsStanceSpeakerAndDateChangeOneAtATimeAndStampTheClaim() throws Exception {
		try (CorpusStore store = CorpusStore.openOrCreate(dir, "c")) {
			var domain = domain(store);
			CommandStack stack = domain.getCommandStack();
			DocumentContent a = store.getContent(CorpusStoreTest.document(store, "a", CorpusStoreTest.TEXT_A));
			stack.execute(SpanCommands.tag(domain, a, 0, 10, Tags.byKey(store.getCorpus(), "c").orElseThrow()));
			Entity putin = ClaimCommands.newEntity(EntityKind.PERSON, "Vladimir Putin", List.of());
			Entity grigoryan = ClaimCommands.newEntity(EntityKind.PERSON, "Armen Grigoryan", List.of());
			stack.execute(ClaimCommands.addEntity(domain, store.getCorpus(), putin));
			stack.execute(ClaimCommands.addEntity(domain, store.getCorpus(), grigoryan));
			stack.execute(ClaimCommands.makeClaim(domain, a, List.of(a.getSpans().get(0)),
					new ClaimFields(putin, null, null, "2020-11-10", null, Stance.ASSERTS, ClaimKind.DIRECT_QUOTE, null)));
			Claim claim = a.getClaims().get(0);
			Date modified = new Date(0);
			claim.setModified(modified);

			assertEquals(Arrays.asList(Stance.ASSERTS, Stance.DENIES, Stance.UNCERTAIN), PropertyEdits.choices(claim, P.getClaim_Stance()));
			assertEquals(Arrays.asList(null, grigoryan, putin), PropertyEdits.choices(claim, P.getClaim_Speaker()), "none, then by name");
			assertNotEquals(null, PropertyEdits.problem(claim, P.getClaim_Stance(), null), "a stance is always given");
			Entity stranger = ClaimCommands.newEntity(EntityKind.PERSON, "Not In The Corpus", List.of());
			assertEquals("Speaker must be one of the choices offered.", PropertyEdits.problem(claim, P.getClaim_Speaker(), stranger));

			stack.execute(PropertyEdits.command(domain, claim, P.getClaim_Stance(), Stance.DENIES));
			assertEquals(Stance.DENIES, claim.getStance());
			assertNotEquals(modified, claim.getModified(), "an edited claim is stamped");
			assertEquals("Set Stance", stack.getUndoCommand().getLabel());
			stack.execute(PropertyEdits.command(domain, claim, P.getClaim_Speaker(), grigoryan));
			assertSame(grigoryan, claim.getSpeaker());

			String problem = PropertyEdits.problem(claim, P.getClaim_WhenDate(), "2020-13");
			assertTrue(problem.startsWith("When Date: \"2020-13\""), problem);
			stack.execute(PropertyEdits.command(domain, claim, P.getClaim_WhenDate(), "2020-11"));
			assertEquals("2020-11", claim.getWhenDate());

			stack.undo();
			stack.undo();
			stack.undo();
			assertEquals(Stance.ASSERTS, claim.getStance());
			assertSame(putin, claim.getSpeaker());
			assertEquals("2020-11-10", claim.getWhenDate());
			assertEquals(modified, claim.getModified());
		}
	}

	@Test
	void tagsEntitiesAndPropositionsGoThroughTheirOwnCommands() throws Exception {
		try (CorpusStore store = CorpusStore.openOrCreate(dir, "c")) {
			var domain = domain(store);
			CommandStack stack = domain.getCommandStack();
			Tag claimTag = Tags.byKey(store.getCorpus(), "c").orElseThrow();
			Tag other = Tags.all(store.getCorpus()).stream().filter(t -> t != claimTag && t.getKey() != null).findFirst().orElseThrow();

			String colour = PropertyEdits.problem(claimTag, P.getTag_Color(), "red");
			assertEquals("Color: \"red\" is not a colour; write #RRGGBB, such as #1F77B4.", colour);
			stack.execute(PropertyEdits.command(domain, claimTag, P.getTag_Color(), "#1f77b4"));
			assertEquals("#1f77b4", claimTag.getColor());
			assertEquals("Change Tag Colour", stack.getUndoCommand().getLabel());
			String key = PropertyEdits.problem(claimTag, P.getTag_Key(), other.getKey());
			assertEquals("Key: the key " + other.getKey() + " belongs to \"" + other.getName() + "\" already.", key);
			assertTrue(PropertyEdits.problem(claimTag, P.getTag_Key(), "ab") != null, "one letter or digit");

			Entity pashinyan = ClaimCommands.newEntity(EntityKind.PERSON, "Nikol Pashinyan", List.of());
			stack.execute(ClaimCommands.addEntity(domain, store.getCorpus(), pashinyan));
			stack.execute(PropertyEdits.command(domain, pashinyan, P.getEntity_Aliases(), "Pashinian, , N. Pashinyan, Pashinian"));
			assertEquals(List.of("Pashinian", "N. Pashinyan"), pashinyan.getAliases());
			assertEquals("Pashinian, N. Pashinyan", PropertyEdits.text(pashinyan, P.getEntity_Aliases()));
			assertEquals("Canonical Name cannot be empty.", PropertyEdits.problem(pashinyan, P.getEntity_CanonicalName(), ""));
			stack.execute(PropertyEdits.command(domain, pashinyan, P.getEntity_Kind(), EntityKind.ORGANIZATION));
			assertEquals(EntityKind.ORGANIZATION, pashinyan.getKind());

			Proposition talks = ClaimCommands.newProposition("The talks failed");
			stack.execute(ClaimCommands.addProposition(domain, store.getCorpus(), talks));
			talks.setVerdictNote("two sources disagree");
			stack.execute(PropertyEdits.command(domain, talks, P.getProposition_Verdict(), Verdict.CONTESTED));
			assertEquals(Verdict.CONTESTED, talks.getVerdict());
			assertEquals("two sources disagree", talks.getVerdictNote(), "the note stays");
			assertSame(store.getCoder(), talks.getVerdictBy(), "who gave the verdict is recorded");
			assertEquals("Record Verdict", stack.getUndoCommand().getLabel());

			Command rename = PropertyEdits.command(domain, talks, P.getProposition_Statement(), "The talks broke down");
			stack.execute(rename);
			assertEquals("The talks broke down", talks.getStatement());
			while (stack.canUndo()) {
				stack.undo();
			}
			assertEquals(List.of(), pashinyan.getAliases());
			assertEquals("The talks failed", talks.getStatement());
			assertNotEquals("#1f77b4", claimTag.getColor());
		}
	}

	private static AdapterFactoryEditingDomain domain(CorpusStore store) {
		return new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(), store.getResourceSet());
	}
}
