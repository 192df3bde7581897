/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.internal;

import java.util.ArrayDeque;
import java.util.Deque;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * Writes prepared saves ({@link CorpusStore.PendingSave}) in jobs, one at a time and in the order
 * they were made (one scheduling rule), and hands each outcome back to the UI thread, in order.
 * {@link #finish()} waits for the writes under way and hands their outcomes over at once: before a
 * synchronous save, and before the corpus is closed and its lock released.
 */
final class BackgroundSaves {

	/** Told on the UI thread when a write ended, with its failure or null. */
	@FunctionalInterface
	interface Done {
		void done(CorpusStore store, CorpusStore.PendingSave pending, CorpusException failure);
	}

	/** The family of the write jobs. */
	static final Object FAMILY = BackgroundSaves.class;

	private static final ISchedulingRule ONE_AT_A_TIME = new org.collatio.ui.views.MutexRule();

	private record Outcome(CorpusStore store, CorpusStore.PendingSave pending, CorpusException failure) {
	}

	private final Done done;
	private final Deque<Outcome> outcomes = new ArrayDeque<>();

	BackgroundSaves(Done done) {
		this.done = done;
	}

	/** Writes a prepared save in a job (UI thread). */
	void write(CorpusStore store, CorpusStore.PendingSave pending) {
		Display display = Display.getCurrent();
		Job job = new Job("Saving the corpus") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				CorpusException failure = null;
				try {
					store.writePending(pending);
				} catch (CorpusException e) {
					failure = e;
				}
				synchronized (outcomes) {
					outcomes.add(new Outcome(store, pending, failure));
				}
				if (display != null && !display.isDisposed()) {
					display.asyncExec(BackgroundSaves.this::handOver);
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setSystem(true);
		job.setRule(ONE_AT_A_TIME);
		job.schedule();
	}

	/** Waits for the writes under way and hands their outcomes over (UI thread). */
	void finish() {
		try {
			Job.getJobManager().join(FAMILY, null);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		handOver();
	}

	private void handOver() {
		while (true) {
			Outcome outcome;
			synchronized (outcomes) {
				outcome = outcomes.poll();
			}
			if (outcome == null) {
				return;
			}
			done.done(outcome.store(), outcome.pending(), outcome.failure());
		}
	}
}
