/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.ui;

import org.collatio.io.Progress;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * An export's or import's {@link Progress} shown on a workbench progress monitor (a wizard's or
 * progress dialog's bar; Cancel stops it where the work runs off the UI thread).
 */
final class MonitorProgress implements Progress {

	private final IProgressMonitor monitor;
	private final String prefix;
	private SubMonitor work;

	/** Tasks named "Exporting: TASK". */
	MonitorProgress(IProgressMonitor monitor) {
		this(monitor, "Exporting: ");
	}

	/** Tasks named {@code prefix} + the task. */
	MonitorProgress(IProgressMonitor monitor, String prefix) {
		this.monitor = monitor;
		this.prefix = prefix;
	}

	@Override
	public void begin(String task, int totalWork) {
		work = SubMonitor.convert(monitor, prefix + task, totalWork);
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
