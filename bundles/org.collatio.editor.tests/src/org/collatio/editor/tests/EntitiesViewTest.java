/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.collatio.core.edit.ClaimCommands;
import org.collatio.core.tags.Tags;
import org.collatio.editor.AnnotationEditor;
import org.collatio.editor.DocumentEditorInput;
import org.collatio.editor.claims.ClaimForm;
import org.collatio.editor.views.EntitiesView;
import org.collatio.editor.views.MergeEntitiesHandler;
import org.collatio.model.ClaimKind;
import org.collatio.model.Entity;
import org.collatio.model.EntityKind;
import org.collatio.model.Stance;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Entities view: entities with aliases; merging Pashinian into Pashinyan moves the claims. */
class EntitiesViewTest {

	@AfterEach
	void restore() throws Exception {
		Workbench.restoreSeedCorpus();
	}

	private static final String CONVINCED = "Importantly, we became fully convinced";

	/** Adds the entity Nikol Pashinyan, opens 003 and makes a claim of a span there spoken by {@code speaker}. */
	private static AnnotationEditor claimIn003(Entity pashinyan, String speaker) throws Exception {
		CorpusSession session = Workbench.session();
		var domain = session.getEditingDomain();
		var corpus = session.getStore().getCorpus();
		domain.getCommandStack().execute(ClaimCommands.addEntity(domain, corpus, pashinyan));
		AnnotationEditor editor = (AnnotationEditor) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.openEditor(new DocumentEditorInput(session.getStore().findDocument("003_a198eed70dad4c69")), AnnotationEditor.ID);
		int begin = editor.getContent().getText().indexOf(CONVINCED);
		editor.getViewer().setSelectedRange(begin, CONVINCED.length());
		editor.applyTag(Tags.byKey(corpus, "c").orElseThrow());
		domain.getCommandStack().execute(new ClaimForm(speaker, "", "", "", "", Stance.ASSERTS, ClaimKind.DIRECT_QUOTE, "")
				.command(domain, corpus, editor.getContent(), List.of(editor.getContent().getSpans().get(0))));
		return editor;
	}

	@Test
	void mergingTwoSpellingsMovesTheClaimsAndUndoSeparatesThemAgain() throws Exception {
		CorpusSession session = Workbench.session();
		var domain = session.getEditingDomain();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Entity pashinyan = ClaimCommands.newEntity(EntityKind.PERSON, "Nikol Pashinyan", List.of());
		AnnotationEditor editor = claimIn003(pashinyan, "Pashinian");
		Entity pashinian = editor.getContent().getClaims().get(0).getSpeaker();
		assertEquals("Pashinian", pashinian.getCanonicalName(), "a new entity: no alias links the spellings yet");

		EntitiesView view = (EntitiesView) page.showView(EntitiesView.ID);
		Workbench.processEvents();
		assertEquals(2, view.getViewer().getTable().getItemCount());
		view.getViewer().setSelection(new StructuredSelection(List.of(pashinyan, pashinian)));
		view.mergeSelection();
		Workbench.processEvents();
		assertEquals(1, view.getViewer().getTable().getItemCount());
		assertEquals("Nikol Pashinyan", view.getViewer().getTable().getItem(0).getText(0));
		assertEquals("Pashinian", view.getViewer().getTable().getItem(0).getText(2), "the other spelling is an alias now");
		assertSame(pashinyan, editor.getContent().getClaims().get(0).getSpeaker());

		domain.getCommandStack().undo();
		Workbench.processEvents();
		assertEquals(2, view.getViewer().getTable().getItemCount());
		assertSame(pashinian, editor.getContent().getClaims().get(0).getSpeaker());
	}

	@Test
	void mergeEntitiesIsACommandWithAKeyInTheEntitiesView() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Entity pashinyan = ClaimCommands.newEntity(EntityKind.PERSON, "Nikol Pashinyan", List.of());
		AnnotationEditor editor = claimIn003(pashinyan, "Pashinian");
		Entity pashinian = editor.getContent().getClaims().get(0).getSpeaker();

		EntitiesView view = (EntitiesView) page.showView(EntitiesView.ID);
		page.activate(view);
		Workbench.processEvents();
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		assertEquals(KeySequence.getInstance("M1+M2+M").format(), bindings.getBestActiveBindingFormattedFor(MergeEntitiesHandler.COMMAND_ID));
		view.getViewer().setSelection(new StructuredSelection(List.of(pashinyan, pashinian)));
		view.getSite().getService(IHandlerService.class).executeCommand(MergeEntitiesHandler.COMMAND_ID, null);
		Workbench.processEvents();
		assertEquals(1, view.getViewer().getTable().getItemCount());
		assertSame(pashinyan, editor.getContent().getClaims().get(0).getSpeaker());
		assertEquals(List.of("Pashinian"), pashinyan.getAliases());
	}

	@Test
	void aliasesAndNamesAreEditedInPlaceAsUndoableCommandsAndClaimsAreCounted() throws Exception {
		CorpusSession session = Workbench.session();
		var domain = session.getEditingDomain();
		var corpus = session.getStore().getCorpus();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Entity pashinyan = ClaimCommands.newEntity(EntityKind.PERSON, "Nikol Pashinyan", List.of());
		claimIn003(pashinyan, "Nikol Pashinyan");

		EntitiesView view = (EntitiesView) page.showView(EntitiesView.ID);
		Workbench.processEvents();
		assertEquals("1", view.getViewer().getTable().getItem(0).getText(3), "one claim by Pashinyan");
		view.getViewer().setSelection(new StructuredSelection(pashinyan));
		var occurrences = view.getOccurrenceViewer().getTable();
		assertEquals(1, occurrences.getItemCount(), "where Pashinyan occurs: his claim in 003");
		assertEquals("Azatutyun (RFE/RL Armenian Service), 2020-12-31", occurrences.getItem(0).getText(0));
		assertEquals("speaker", occurrences.getItem(0).getText(1));
		assertEquals("\u201c" + CONVINCED + "\u201d", occurrences.getItem(0).getText(2));
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		view.openOccurrence(view.getOccurrenceViewer().getElementAt(0));
		AnnotationEditor opened = (AnnotationEditor) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
		var selected = opened.getViewer().getSelectedRange();
		assertEquals(CONVINCED, opened.getContent().getText().substring(selected.x, selected.x + selected.y), "opened at the span");

		edit(view, pashinyan, 2, " Pashinian, Pashinyan Nikol, Pashinian, ,nikol pashinyan");
		assertEquals(List.of("Pashinian", "Pashinyan Nikol"), pashinyan.getAliases(), "blank, repeated and the name itself dropped");
		assertSame(pashinyan, ClaimCommands.findEntity(corpus, "PASHINIAN").orElseThrow(), "the new alias finds the entity");
		assertEquals("Pashinian, Pashinyan Nikol", view.getViewer().getTable().getItem(0).getText(2));

		edit(view, pashinyan, 0, "  ");
		assertEquals("Nikol Pashinyan", pashinyan.getCanonicalName(), "an empty name is refused");
		edit(view, pashinyan, 0, "Nikol V. Pashinyan");
		assertEquals("Nikol V. Pashinyan", pashinyan.getCanonicalName());

		domain.getCommandStack().undo();
		domain.getCommandStack().undo();
		assertEquals("Nikol Pashinyan", pashinyan.getCanonicalName());
		assertEquals(List.of(), pashinyan.getAliases());
	}

	/** Types into a cell of the table as a user would: open the cell editor, type, Enter. */
	private static void edit(EntitiesView view, Entity entity, int column, String text) {
		view.getViewer().editElement(entity, column);
		Workbench.processEvents();
		org.eclipse.swt.widgets.Text field = findText(view.getViewer().getTable());
		field.setText(text);
		field.notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
		Workbench.processEvents();
	}

	private static org.eclipse.swt.widgets.Text findText(org.eclipse.swt.widgets.Composite parent) {
		for (var child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Text text && text.isVisible()) {
				return text;
			}
		}
		throw new AssertionError("no cell editor open");
	}
}
