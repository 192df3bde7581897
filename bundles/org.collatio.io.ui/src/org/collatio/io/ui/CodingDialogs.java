/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.ui;

import java.nio.file.Path;

import org.collatio.io.CodingExport;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * What File &gt; Export My Coding and File &gt; Import Coding ask and tell the researcher. The
 * workbench uses {@link #DIALOGS}; tests answer for themselves (which file, and what was shown).
 */
public interface CodingDialogs {

	/** The file to write a coding to, {@code defaultName} proposed; null when the researcher cancels. */
	Path chooseExportFile(Shell shell, String defaultName);

	/** The coding file to import; null when the researcher cancels. */
	Path chooseCodingFile(Shell shell);

	/** Tells what was done. */
	void inform(Shell shell, String title, String message);

	/** Tells why nothing (or not everything) was done. */
	void fail(Shell shell, String title, String message);

	/** Shows what an import brought in (a text that may be long: clashes, notes). */
	void showReport(Shell shell, String title, String report);

	/** File dialogs and message dialogs. */
	CodingDialogs DIALOGS = new CodingDialogs() {

		private static final String[] FILTER = { "*" + CodingExport.EXTENSION, "*" };
		private static final String[] FILTER_NAMES = { "Collatio coding (*" + CodingExport.EXTENSION + ")", "All files" };

		@Override
		public Path chooseExportFile(Shell shell, String defaultName) {
			FileDialog dialog = new FileDialog(shell, SWT.SAVE);
			dialog.setText("Export My Coding");
			dialog.setFilterExtensions(FILTER);
			dialog.setFilterNames(FILTER_NAMES);
			dialog.setFileName(defaultName);
			dialog.setOverwrite(true);
			String chosen = dialog.open();
			return chosen == null ? null : Path.of(chosen);
		}

		@Override
		public Path chooseCodingFile(Shell shell) {
			FileDialog dialog = new FileDialog(shell, SWT.OPEN);
			dialog.setText("Import a Colleague's Coding");
			dialog.setFilterExtensions(FILTER);
			dialog.setFilterNames(FILTER_NAMES);
			String chosen = dialog.open();
			return chosen == null ? null : Path.of(chosen);
		}

		@Override
		public void inform(Shell shell, String title, String message) {
			MessageDialog.openInformation(shell, title, message);
		}

		@Override
		public void fail(Shell shell, String title, String message) {
			MessageDialog.openError(shell, title, message);
		}

		@Override
		public void showReport(Shell shell, String title, String report) {
			new ReportDialog(shell, title, report).open();
		}
	};
}
