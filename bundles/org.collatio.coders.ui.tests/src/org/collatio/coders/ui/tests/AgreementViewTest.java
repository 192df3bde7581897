/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.ui.tests;

import org.collatio.ui.testing.UiWait;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.collatio.coders.ui.AgreementView;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Agreement view on a corpus coded by two coders: the figures in the widget, drilled down to a document. */
class AgreementViewTest {

	@TempDir
	Path dir;

	private CorpusSession session;
	private Path previous;
	private IWorkbenchPage page;

	@BeforeEach
	void openTwoCoderCorpus() throws Exception {
		session = PlatformUI.getWorkbench().getService(CorpusSession.class);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		previous = session.getStore().getLayout().directory();
		TwoCoderCorpus.make(dir);
		session.open(dir);
	}

	@AfterEach
	void reopenSeedCorpus() throws Exception {
		page.hideView(page.findView(AgreementView.ID));
		session.open(previous);
	}

	static void processEvents() throws InterruptedException {
		UiWait.recomputations();
	}

	private static List<String> row(Table table, int index) {
		TableItem item = table.getItem(index);
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < table.getColumnCount(); i++) {
			cells.add(item.getText(i));
		}
		return cells;
	}

	private static int find(Table table, String first) {
		for (int i = 0; i < table.getItemCount(); i++) {
			if (table.getItem(i).getText(0).equals(first) || table.getItem(i).getText(1).equals(first)) {
				return i;
			}
		}
		return -1;
	}

	@Test
	void showsTheCodersFiguresForTheCorpusAndEachDocument() throws Exception {
		assertEquals("Tester", session.getCoderName());
		AgreementView view = (AgreementView) page.showView(AgreementView.ID);
		processEvents();
		Table scopes = view.getScopes().getTable();
		assertEquals(3, scopes.getItemCount(), "the whole corpus and two documents");
		assertEquals("Whole corpus (2 documents)", scopes.getItem(0).getText(0));
		Table figures = view.getFigures().getTable();
		int all = find(figures, "all tags");
		assertTrue(all >= 0);
		List<String> corpusFigure = row(figures, all);
		assertEquals("Spans (alpha-u)", corpusFigure.get(0));
		double alphaU = Double.parseDouble(corpusFigure.get(2));
		assertTrue(alphaU > 0 && alphaU < 1, "Bob left out one of Alice's spans in each document: " + corpusFigure);
		assertEquals("6", corpusFigure.get(4), "2 + 1 spans in each of 2 documents");

		// drill down to one document: its own figures
		view.getScopes().setSelection(new org.eclipse.jface.viewers.StructuredSelection(view.getScopes().getElementAt(1)));
		processEvents();
		assertEquals("3", row(figures, find(figures, "all tags")).get(4));
		assertEquals("Article a", scopes.getItem(1).getText(0));

		// the coders compared: both checked; leaving one out leaves nothing to compare
		var choices = view.getCoderChoices();
		assertEquals(List.of("Alice", "Bob"), choices.stream().map(b -> b.getText()).toList());
		assertTrue(choices.stream().allMatch(b -> b.getSelection()));
		choices.get(1).setSelection(false);
		choices.get(1).notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		processEvents();
		assertEquals(0, scopes.getItemCount());
		assertTrue(view.getStatus().startsWith("Agreement needs two coders' layers"), view.getStatus());
	}
}
