/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.collatio.reconcile.ui.ReconciliationView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Export Reconciliation Report: every proposition's accounts, relations, timeline and verdict, as HTML or Markdown. */
public final class ExportReportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText("Export Reconciliation Report");
		dialog.setFilterExtensions(new String[] { "*.html", "*.md" });
		dialog.setFilterNames(new String[] { "HTML page, readable in any browser (*.html)", "Markdown (*.md)" });
		dialog.setFileName("reconciliation.html");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		try {
			ReconciliationView view = HandlerUtil.getActivePart(event) instanceof ReconciliationView v ? v
					: (ReconciliationView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(ReconciliationView.ID);
			view.exportReport(Path.of(chosen));
		} catch (IOException | PartInitException e) {
			MessageDialog.openError(shell, "Export Reconciliation Report", "Cannot write " + chosen + ": " + e.getMessage());
		}
		return null;
	}
}
