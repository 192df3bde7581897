/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.collatio.core.imports.ImportReport;
import org.collatio.ui.session.CorpusSession;
import org.collatio.ui.views.CorpusNavigator;
import org.collatio.ui.wizards.ImportArticlesWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Import Articles: the wizard imports with progress, reports rejections, and the navigator shows the new documents. */
class ImportWizardTest {

	@TempDir
	Path dir;

	@Test
	void importedArticlesAppearInTheNavigatorAndRejectionsAreReported() throws Exception {
		CorpusSession session = PlatformUI.getWorkbench().getService(CorpusSession.class);
		Path previous = session.getStore().getLayout().directory();
		Path folder = Files.createDirectories(dir.resolve("articles"));
		Files.writeString(folder.resolve("talks.txt"), "Talks resume in Moscow\n\nThe foreign ministers met on Monday.\n");
		Files.write(folder.resolve("photo.txt"), new byte[] { (byte) 0xFF, (byte) 0xD8, 0, 0x10 });
		try {
			session.open(dir.resolve("corpus"));
			AtomicReference<ImportReport> shown = new AtomicReference<>();
			ImportArticlesWizard wizard = new ImportArticlesWizard(session, List.of(folder), shown::set);
			WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
			dialog.setBlockOnOpen(false);
			dialog.open();
			assertTrue(wizard.canFinish(), "a folder is chosen: Finish is enabled");
			assertTrue(wizard.performFinish());
			dialog.close();

			ImportReport report = shown.get();
			assertNotNull(report, "the summary is shown");
			assertEquals(1, report.importedCount());
			assertTrue(ImportArticlesWizard.describe(report).contains("photo.txt"));
			CorpusNavigator navigator = (CorpusNavigator) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
					.findView(CorpusNavigator.ID);
			while (Display.getCurrent().readAndDispatch()) {
				// refresh
			}
			assertEquals(1, navigator.getViewer().getTable().getItemCount());
			assertEquals("Talks resume in Moscow", navigator.getViewer().getTable().getItem(0).getText(0));

			// the import is one command of the Edit menu: undo takes the article out, redo brings it back
			org.eclipse.emf.common.command.CommandStack stack = session.getEditingDomain().getCommandStack();
			assertEquals("Import 1 Article", stack.getUndoCommand().getLabel());
			String id = session.getStore().getCorpus().getDocuments().get(0).getId();
			stack.undo();
			while (Display.getCurrent().readAndDispatch()) {
				// refresh
			}
			assertEquals(0, navigator.getViewer().getTable().getItemCount(), "undone: the navigator is empty again");
			assertEquals(null, session.getStore().findDocument(id));
			assertTrue(Files.exists(session.getStore().getLayout().textFile(id)), "its text stays on disk: a text is never rewritten or lost");
			stack.redo();
			while (Display.getCurrent().readAndDispatch()) {
				// refresh
			}
			assertEquals(1, navigator.getViewer().getTable().getItemCount());
			assertNotNull(session.getStore().findDocument(id));
			session.save();
			assertTrue(Files.readString(session.getStore().getLayout().corpusFile()).contains("Talks resume in Moscow"), "saved like any change");
		} finally {
			session.open(previous);
		}
	}
}
