/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.tests;

import java.time.Duration;
import org.collatio.ui.testing.UiWait;

import java.util.function.BooleanSupplier;

import org.collatio.ui.session.CorpusSession;
import org.eclipse.ui.PlatformUI;

/** What the editor tests share: the session, leaving the seed corpus as it was, and waiting for the UI. */
final class Workbench {

	private Workbench() {
	}

	static CorpusSession session() {
		return PlatformUI.getWorkbench().getService(CorpusSession.class);
	}

	/** Undoes every change of a test, saves the corpus as it was and closes the editors. */
	static void restoreSeedCorpus() throws Exception {
		CorpusSession session = session();
		while (session.getEditingDomain().getCommandStack().canUndo()) {
			session.getEditingDomain().getCommandStack().undo();
		}
		session.getEditingDomain().getCommandStack().flush();
		session.save();
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	/** Runs the event loop until the condition holds (5 s at most). */
	static void waitFor(BooleanSupplier condition) throws InterruptedException {
		UiWait.until("the workbench", condition, Duration.ofSeconds(5));
	}

	/** Runs the event loop until no view recomputation is pending or running, then once more to show its result. */
	static void processEvents() {
		UiWait.recomputations();
	}
}
