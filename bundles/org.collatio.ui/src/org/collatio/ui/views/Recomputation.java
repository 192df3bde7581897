/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.views;

import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.progress.UIJob;

/**
 * A view's derived data (accounts, candidates, occurrences), recomputed off the UI thread. The
 * threading discipline of the workbench (see ARCHITECTURE.md):
 * <ol>
 * <li>{@link #schedule()} (UI thread) marks the view as updating and (re)starts a short countdown,
 * so a burst of commands costs one recomputation;</li>
 * <li>when it ends, the {@code snapshot} is taken <em>on the UI thread</em>: plain values copied out
 * of the live model (model objects kept only as handles, compared by identity, never read);</li>
 * <li>the {@code computation} runs in a {@link Job} with a progress monitor, on the snapshot alone;
 * a newer snapshot cancels it;</li>
 * <li>its result goes back with {@code asyncExec} to {@code show} (UI thread), unless the owner
 * widget is disposed or a newer computation was started.</li>
 * </ol>
 * While a recomputation is pending the view keeps its last result; {@code updating} is told when to
 * show and clear a quiet "updating" mark. Every job belongs to {@link #FAMILY} (tests wait for it).
 *
 * @param <S> the snapshot: immutable, no live model state read after it is taken
 * @param <R> the result shown by the view
 */
public final class Recomputation<S, R> {

	/** The family of every recomputation job. */
	public static final Object FAMILY = Recomputation.class;
	/** How long a burst of changes is waited out before the snapshot is taken. */
	public static final int DELAY_MILLIS = 120;

	/**
	 * Thrown by a snapshot when what it copies from is not there yet (the claim index is still being
	 * read): the view keeps its last result and its "updating" mark, and is scheduled again when the
	 * data is ready.
	 */
	public static final class NotReady extends Exception {

		private static final long serialVersionUID = 1L;

		public NotReady() {
			super("not ready yet", null, false, false);
		}
	}

	/** Copies what the computation needs out of the model; runs on the UI thread. */
	@FunctionalInterface
	public interface Snapshot<S> {
		S take() throws Exception;
	}

	/** Computes the result from a snapshot alone; runs in a job, checks the monitor for cancellation. */
	@FunctionalInterface
	public interface Computation<S, R> {
		R compute(S snapshot, IProgressMonitor monitor) throws Exception;
	}

	private final String name;
	private final Control owner;
	private final Display display;
	private final Snapshot<S> snapshot;
	private final Computation<S, R> computation;
	private final Consumer<R> show;
	private final Consumer<Boolean> updating;
	private final UIJob snapshotJob;
	private Job running;
	private int generation;
	/** The result shown last: a new result equal to it is not shown again (the widgets keep their rows). */
	private volatile R shown;

	/**
	 * @param name        what the progress area calls the job
	 * @param owner       the widget the result is shown in: nothing is shown once it is disposed
	 * @param snapshot    UI thread: copies what the computation needs
	 * @param computation job: the result from the snapshot
	 * @param show        UI thread: shows the result
	 * @param updating    UI thread: true when a recomputation is pending, false when its result is shown (or it failed)
	 */
	public Recomputation(String name, Control owner, Snapshot<S> snapshot, Computation<S, R> computation, Consumer<R> show,
			Consumer<Boolean> updating) {
		this.name = name;
		this.owner = owner;
		this.display = owner.getDisplay();
		this.snapshot = snapshot;
		this.computation = computation;
		this.show = show;
		this.updating = updating;
		this.snapshotJob = new UIJob(owner.getDisplay(), name) {
			@Override
			public IStatus runInUIThread(IProgressMonitor monitor) {
				start();
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		snapshotJob.setSystem(true);
	}

	/** Asks for a recomputation soon (UI thread); a burst of calls makes one. */
	public void schedule() {
		if (owner.isDisposed()) {
			return;
		}
		updating.accept(true);
		snapshotJob.cancel();
		snapshotJob.schedule(DELAY_MILLIS);
	}

	/** Takes the snapshot now and starts the computation (UI thread), cancelling one under way. */
	public void runNow() {
		snapshotJob.cancel();
		start();
	}

	/** Stops everything (the view is closing). */
	public void cancel() {
		snapshotJob.cancel();
		generation++;
		if (running != null) {
			running.cancel();
		}
	}

	private void start() {
		if (owner.isDisposed()) {
			return;
		}
		int current = ++generation;
		if (running != null) {
			running.cancel();
		}
		S taken;
		try {
			taken = snapshot.take();
		} catch (NotReady e) {
			return; // scheduled again when the data is ready; the mark stays
		} catch (Exception e) {
			ILog.of(getClass()).warn(name + ": " + e.getMessage(), e);
			updating.accept(false);
			return;
		}
		Job job = new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				R result;
				try {
					result = computation.compute(taken, monitor);
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} catch (Exception | LinkageError e) {
					ILog.of(Recomputation.class).warn(name + ": " + e.getMessage(), e);
					deliver(current, null, false);
					return Status.OK_STATUS;
				}
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				// most commands change nothing a view shows (a tag, for the accounts): compared here, off the UI thread
				deliver(current, result, !java.util.Objects.equals(result, shown));
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		running = job;
		job.schedule();
	}

	private void deliver(int computed, R result, boolean ok) {
		if (display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			if (owner.isDisposed() || computed != generation) {
				return; // closed, or a newer recomputation will show its own result
			}
			if (ok) {
				shown = result;
				show.accept(result);
			}
			updating.accept(false);
		});
	}
}
