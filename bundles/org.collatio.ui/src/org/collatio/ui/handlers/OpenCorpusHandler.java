/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.handlers;

import java.nio.file.Path;

import org.collatio.core.store.CorpusException;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Open Corpus: picks a folder and opens the corpus in it (an empty folder becomes a new
 * corpus). Unsaved work of the open corpus is saved, discarded or kept (cancel) as the researcher
 * answers, and its editors are closed: see {@link CorpusSession#switchTo(Path)}.
 */
public final class OpenCorpusHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText("Open Corpus");
		dialog.setMessage("Choose a corpus folder, or an empty folder for a new corpus.");
		String folder = dialog.open();
		if (folder == null) {
			return null;
		}
		CorpusSession session = HandlerUtil.getActiveWorkbenchWindow(event).getService(CorpusSession.class);
		try {
			session.switchTo(Path.of(folder));
		} catch (CorpusException e) {
			MessageDialog.openError(shell, "Open Corpus", e.getMessage());
		}
		return null;
	}
}
