/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.collatio.editor.AnnotationEditor;
import org.collatio.search.SearchHit;
import org.collatio.search.ui.SearchView;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The search view on the seed corpus: KWIC results grouped by document, errors, opening a match. */
class SearchViewTest {

	private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

	@AfterEach
	void close() {
		page.closeAllEditors(false);
	}

	@Test
	void resultsAreGroupedByDocumentAndOpeningAMatchSelectsItInTheText() throws Exception {
		SearchView view = (SearchView) page.showView(SearchView.ID);
		view.search("Pashinian");
		TreeItem[] documents = view.getResults().getTree().getItems();
		assertEquals(1, documents.length, view.getStatus());
		assertTrue(documents[0].getText().startsWith("Putin Looks To Strengthen Russian-Armenian Ties \u2014 Azatutyun"), documents[0].getText());
		assertTrue(documents[0].getText().endsWith("(3)"), documents[0].getText());
		TreeItem first = documents[0].getItems()[0];
		assertTrue(first.getText().contains("Pashinian"), first.getText());

		SearchHit.Passage passage = (SearchHit.Passage) first.getData();
		view.getResults().setSelection(new StructuredSelection(passage));
		Event enter = new Event();
		enter.item = first;
		view.getResults().getTree().notifyListeners(SWT.DefaultSelection, enter);
		while (Display.getCurrent().readAndDispatch()) {
			// open the editor
		}
		AnnotationEditor editor = (AnnotationEditor) page.getActiveEditor();
		var selected = editor.getViewer().getSelectedRange();
		assertEquals(passage.begin(), selected.x);
		assertEquals("Pashinian", editor.getContent().getText().substring(selected.x, selected.x + selected.y));
	}

	@Test
	void anInvalidQuerySaysWhereAndShowsNoResults() throws Exception {
		SearchView view = (SearchView) page.showView(SearchView.ID);
		view.search("Putin AND (Peskov");
		assertEquals(0, view.getResults().getTree().getItemCount());
		assertTrue(view.getStatus().contains("column"), view.getStatus());
		view.search("outlet:\"Moscow Times\" Peskov");
		assertEquals(2, view.getResults().getTree().getItemCount(), view.getStatus());
	}

	@Test
	void findingAnEntityInTheTextsSearchesEveryNameAndAliasAsAPhrase() throws Exception {
		var entity = org.collatio.core.edit.ClaimCommands.newEntity(org.collatio.model.EntityKind.PERSON, "Nikol Pashinyan", List.of("Pashinian"));
		String query = org.collatio.search.ui.FindEntityHandler.query(List.of(entity));
		assertEquals("\"Nikol Pashinyan\" OR \"Pashinian\"", query);
		SearchView view = (SearchView) page.showView(SearchView.ID);
		view.search(query);
		List<String> documents = new java.util.ArrayList<>();
		for (var item : view.getResults().getTree().getItems()) {
			documents.add(((org.collatio.search.SearchHit) item.getData()).documentId().substring(0, 3));
		}
		assertEquals(List.of("000", "001", "003", "004"), documents.stream().sorted().toList(), "both spellings, in four articles");
	}
}
