/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.tests;

import org.collatio.ui.testing.UiWait;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Map;

import org.collatio.model.Document;
import org.collatio.ui.session.CorpusSession;
import org.collatio.core.edit.DocumentMetadataEdit;
import org.collatio.core.edit.DocumentMetadataEdit.Field;
import org.collatio.ui.views.CorpusNavigator;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Document metadata edited in the workbench: one command, undone and redone by Edit > Undo/Redo, saved. */
class DocumentPropertiesTest {

	private static final String ID = "002_36c442c41114755f";

	private CorpusSession session;
	private CorpusNavigator navigator;
	private Document document;

	@BeforeEach
	void selectTheMoscowTimesArticle() throws Exception {
		session = PlatformUI.getWorkbench().getService(CorpusSession.class);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		navigator = (CorpusNavigator) page.showView(CorpusNavigator.ID);
		page.activate(navigator);
		document = session.getStore().findDocument(ID);
		navigator.getViewer().setSelection(new StructuredSelection(document), true);
		processEvents();
		assertFalse(navigator.isDirty(), "each test starts from a saved corpus");
	}

	@AfterEach
	void undoEverythingAndStartTheNextTestClean() throws Exception {
		while (session.getEditingDomain().getCommandStack().canUndo()) {
			session.getEditingDomain().getCommandStack().undo();
		}
		session.getEditingDomain().getCommandStack().flush();
		session.save();
	}

	@Test
	void anOutletChangeShowsInTheNavigatorAndIsUndoneAndRedoneByTheWorkbenchCommands() throws Exception {
		Map<Field, String> values = DocumentMetadataEdit.valuesOf(document);
		values.put(Field.OUTLET, "Moscow Times (English edition)");
		values.put(Field.AUTHOR, "Staff");
		session.getEditingDomain().getCommandStack().execute(DocumentMetadataEdit.command(session.getEditingDomain(), document, values));
		processEvents();
		assertEquals("Moscow Times (English edition)", rowOf(document).getText(1));
		assertTrue(navigator.isDirty(), "the navigator shows unsaved changes");

		IHandlerService handlers = navigator.getSite().getService(IHandlerService.class);
		handlers.executeCommand("org.eclipse.ui.edit.undo", null);
		processEvents();
		assertEquals("The Moscow Times", rowOf(document).getText(1), "one undo reverts the whole edit");
		assertEquals(null, document.getAuthor());
		assertFalse(navigator.isDirty());

		handlers.executeCommand("org.eclipse.ui.edit.redo", null);
		processEvents();
		assertEquals("Moscow Times (English edition)", rowOf(document).getText(1));
		assertEquals("Staff", document.getAuthor());
	}

	@Test
	void savingWritesTheCorpusFileAndClearsTheDirtyState() throws Exception {
		Map<Field, String> values = DocumentMetadataEdit.valuesOf(document);
		values.put(Field.DATE, "2020-10-08");
		session.getEditingDomain().getCommandStack().execute(DocumentMetadataEdit.command(session.getEditingDomain(), document, values));
		navigator.doSave(null);
		assertFalse(navigator.isDirty());
		String saved = Files.readString(session.getStore().getLayout().corpusFile());
		assertTrue(saved.contains("publicationDate=\"2020-10-08\""), "corpus.xmi holds the new date");
		values.put(Field.DATE, "2020-10-07");
		session.getEditingDomain().getCommandStack().execute(DocumentMetadataEdit.command(session.getEditingDomain(), document, values));
		session.save();
	}

	@Test
	void aMalformedDateIsRefusedAndNothingChanges() {
		Map<Field, String> values = DocumentMetadataEdit.valuesOf(document);
		assertEquals(null, DocumentMetadataEdit.command(session.getEditingDomain(), document, values), "no change, no command");
		values.put(Field.DATE, "7 Oct 2020");
		assertNotNull(DocumentMetadataEdit.problem(Field.DATE, "7 Oct 2020"));
		assertThrows(IllegalArgumentException.class, () -> DocumentMetadataEdit.command(session.getEditingDomain(), document, values));
		assertEquals("2020-10-07", document.getPublicationDate());
	}

	private TableItem rowOf(Document d) {
		for (TableItem item : navigator.getViewer().getTable().getItems()) {
			if (item.getData() == d) {
				return item;
			}
		}
		throw new AssertionError("no row for " + d.getId());
	}

	private static void processEvents() {
		UiWait.drain(); // let the viewers refresh
	}
}
