/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BooleanSupplier;

import org.collatio.ui.session.CorpusSession;
import org.collatio.ui.views.Recomputation;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
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
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 5000;
		do {
			processEvents();
			if (condition.getAsBoolean()) {
				return;
			}
			Thread.sleep(20);
		} while (System.currentTimeMillis() < deadline);
		assertTrue(condition.getAsBoolean(), "timed out waiting for the workbench");
	}

	/** Runs the event loop until no view recomputation is pending or running, then once more to show its result. */
	static void processEvents() {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 10_000;
		do {
			while (display.readAndDispatch()) {
				// let viewers refresh and repaint
			}
			if (Job.getJobManager().find(Recomputation.FAMILY).length == 0) {
				break;
			}
			try {
				Thread.sleep(5);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		} while (System.currentTimeMillis() < deadline);
		while (display.readAndDispatch()) {
			// the result handed over with asyncExec
		}
	}
}
