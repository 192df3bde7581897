/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.tests;

import org.collatio.ui.testing.UiWait;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.collatio.ui.session.CorpusSession;
import org.collatio.ui.views.CorpusNavigator;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** The product's application starts a workbench titled Collatio showing the five seed articles. */
class WorkbenchOnSeedCorpusTest {

	private static void processEvents() {
		UiWait.drain(); // let the workbench finish laying out
	}

	@Test
	void theWindowIsTitledCollatioAndNamesTheOpenCorpusAndTheLayer() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "a workbench window is open");
		processEvents();
		assertEquals("Collatio \u2014 Seed corpus \u2014 My layer (Tester)", window.getShell().getText(), "the coder named on the command line works on their own layer");
		assertEquals("org.collatio.ui.perspective", window.getActivePage().getPerspective().getId());
	}

	@Test
	void theCorpusNavigatorListsTheFiveSeedArticlesWithTheirOutlets() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IViewPart view = page.findView(CorpusNavigator.ID);
		assertNotNull(view, "the corpus navigator is part of the perspective");
		processEvents();
		Table table = ((CorpusNavigator) view).getViewer().getTable();
		assertEquals(5, table.getItemCount());
		List<String> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			rows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2));
		}
		assertTrue(rows.contains("Russia’s Security Guarantees for Armenia Don’t Extend to Karabakh, Putin Says | The Moscow Times | 2020-10-07"),
				rows.toString());
		assertTrue(rows.contains("Putin Defends Russian Peacekeepers in Karabakh | MassisPost | 2023-09-21"), rows.toString());
		CorpusSession session = PlatformUI.getWorkbench().getService(CorpusSession.class);
		assertEquals(5, session.getStore().getCorpus().getDocuments().size());
	}
}
