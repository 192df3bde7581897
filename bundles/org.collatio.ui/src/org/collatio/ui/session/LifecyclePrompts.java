/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.session;

import org.collatio.core.store.CorpusException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/**
 * What the corpus lifecycle asks and tells the researcher: whether to save unsaved work before the
 * corpus is replaced, and that a save failed. The workbench uses {@link #DIALOGS}; tests set their
 * own answers with {@link CorpusSession#setPrompts(LifecyclePrompts)}.
 */
public interface LifecyclePrompts {

	/** The answer to "the corpus has unsaved changes". */
	enum Unsaved {
		SAVE, DISCARD, CANCEL
	}

	/**
	 * Asks what to do with the unsaved work of {@code corpusName} before {@code action} (e.g.
	 * "opening another corpus").
	 */
	Unsaved askUnsaved(String corpusName, String action);

	/** Tells that a save failed (the message names the file); the work stays in memory, unsaved. */
	void saveFailed(CorpusException error);

	/** Modal dialogs over the active workbench window. */
	LifecyclePrompts DIALOGS = new LifecyclePrompts() {
		@Override
		public Unsaved askUnsaved(String corpusName, String action) {
			MessageDialog dialog = new MessageDialog(shell(), "Unsaved Changes", null,
					"\u201c" + corpusName + "\u201d has unsaved changes. Save them before " + action + "?", MessageDialog.QUESTION, 0, "&Save",
					"&Discard", "Cancel");
			return switch (dialog.open()) {
			case 0 -> Unsaved.SAVE;
			case 1 -> Unsaved.DISCARD;
			default -> Unsaved.CANCEL;
			};
		}

		@Override
		public void saveFailed(CorpusException error) {
			MessageDialog.openError(shell(), "Save Failed",
					"The corpus could not be saved; nothing was lost from memory and the changes stay unsaved.\n\n" + error.getMessage());
		}

		private Shell shell() {
			var window = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getActiveWorkbenchWindow() : null;
			return window != null ? window.getShell() : Display.getDefault().getActiveShell();
		}
	};
}
