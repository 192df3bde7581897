/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.handlers;

import org.collatio.ui.session.CorpusSession;
import org.collatio.ui.wizards.ImportArticlesWizard;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** File &gt; Import Articles: the import wizard on the open corpus. */
public final class ImportArticlesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		CorpusSession session = HandlerUtil.getActiveWorkbenchWindow(event).getService(CorpusSession.class);
		if (session.getStore() == null) {
			MessageDialog.openInformation(shell, "Import Articles", "Open or create a corpus first (File > Open Corpus).");
			return null;
		}
		new WizardDialog(shell, new ImportArticlesWizard(session)).open();
		return null;
	}
}
