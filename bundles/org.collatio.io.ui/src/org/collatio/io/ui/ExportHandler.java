/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.ui;

import java.util.List;

import org.collatio.model.Document;
import org.collatio.ui.session.CorpusSession;
import org.collatio.ui.views.CorpusNavigator;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** File &gt; Export Corpus: the export wizard, offering the documents selected in the Corpus view as a scope. */
public final class ExportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		CorpusSession session = window.getService(CorpusSession.class);
		if (session.getStore() == null) {
			MessageDialog.openInformation(shell, "Export Corpus", "Open a corpus first.");
			return null;
		}
		new WizardDialog(shell, new ExportWizard(session, selectedDocuments(window), null)).open();
		return null;
	}

	private static List<String> selectedDocuments(IWorkbenchWindow window) {
		IViewPart navigator = window.getActivePage() == null ? null : window.getActivePage().findView(CorpusNavigator.ID);
		if (navigator != null && navigator.getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection selection) {
			return selection.stream().filter(Document.class::isInstance).map(d -> ((Document) d).getId()).toList();
		}
		return List.of();
	}
}
