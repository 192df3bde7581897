/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jgit.lib.ProgressMonitor;

/** JGit's progress reported to an Eclipse monitor (task names only), and its cancel button. */
final class JGitProgress implements ProgressMonitor {

	private final IProgressMonitor monitor;

	JGitProgress(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void start(int totalTasks) {
		// the caller's monitor already has its own total
	}

	@Override
	public void beginTask(String title, int totalWork) {
		monitor.subTask(title);
	}

	@Override
	public void update(int completed) {
		// the caller's monitor moves step by step
	}

	@Override
	public void endTask() {
		// nothing to close
	}

	@Override
	public boolean isCancelled() {
		return monitor.isCanceled();
	}

	@Override
	public void showDuration(boolean enabled) {
		// durations are not shown
	}
}
