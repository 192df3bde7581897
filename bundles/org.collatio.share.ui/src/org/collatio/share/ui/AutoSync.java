/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.ui;

import org.collatio.share.SharedCorpus;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

/**
 * Synchronises a shared corpus on a timer when the researcher asked for it (Window &gt; Preferences &gt;
 * Team; off by default). A timer that comes due while a dialog is open, a save is held, or the
 * corpus is not shared waits for the next round; a failure is told once, as a manual sync tells it.
 */
public final class AutoSync implements IStartup {

	static final String NODE = "org.collatio.share.ui";
	static final String MINUTES = "autoSyncMinutes";

	private static final Runnable ROUND = AutoSync::round;

	@Override
	public void earlyStartup() {
		Display.getDefault().asyncExec(AutoSync::reschedule);
	}

	/** The interval in minutes, 0 when off. */
	public static int minutes() {
		return Math.max(0, preferences().getInt(MINUTES, 0));
	}

	public static void setMinutes(int minutes) {
		preferences().putInt(MINUTES, Math.max(0, minutes));
		reschedule();
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}

	/** Restarts the timer from the preference (UI thread). */
	static void reschedule() {
		Display display = Display.getDefault();
		display.timerExec(-1, ROUND);
		if (minutes() > 0) {
			display.timerExec(minutes() * 60_000, ROUND);
		}
	}

	/** A round of the timer, now (for tests): synchronises unless busy, then waits for the next round. */
	public static void roundNow() {
		Display.getDefault().timerExec(-1, ROUND);
		round();
	}

	/**
	 * Whether the researcher is in a dialog (a wizard, a question, a progress dialog): the round waits.
	 * Whether the window is active does not matter: a researcher in another application still wants
	 * the corpus kept in step.
	 */
	private static boolean isModalDialogOpen(Shell window) {
		for (Shell open : Display.getDefault().getShells()) {
			if (open != window && !open.isDisposed() && open.isVisible()
					&& (open.getStyle() & (SWT.APPLICATION_MODAL | SWT.PRIMARY_MODAL | SWT.SYSTEM_MODAL)) != 0) {
				return true;
			}
		}
		return false;
	}

	private static void round() {
		try {
			if (!PlatformUI.isWorkbenchRunning() || PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null) {
				return;
			}
			Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			CorpusSession session = PlatformUI.getWorkbench().getService(CorpusSession.class);
			boolean busy = isModalDialogOpen(shell) || session.isSaveSuspended();
			if (!busy && session.getStore() != null && SharedCorpus.isShared(session.getStore().getLayout().directory())) {
				SynchronizeHandler.synchronize(shell, session);
			}
		} finally {
			reschedule();
		}
	}
}
