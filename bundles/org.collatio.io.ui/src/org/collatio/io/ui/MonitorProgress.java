/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.ui;

import org.collatio.io.Progress;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/** An export's {@link Progress} shown on a workbench progress monitor (the wizard's bar; Cancel stops it). */
final class MonitorProgress implements Progress {

	private final IProgressMonitor monitor;
	private SubMonitor work;

	MonitorProgress(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void begin(String task, int totalWork) {
		work = SubMonitor.convert(monitor, "Exporting: " + task, totalWork);
	}

	@Override
	public void worked(String what) {
		if (work != null) {
			work.subTask(what);
			work.worked(1);
		}
	}

	@Override
	public boolean isCanceled() {
		return monitor.isCanceled();
	}
}
