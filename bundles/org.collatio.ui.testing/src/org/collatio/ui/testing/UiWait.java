/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.testing;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.collatio.ui.views.Recomputation;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * Waiting on the workbench in UI tests (run on the UI thread): the event loop runs until a condition
 * holds or a timeout passes. Between checks the UI thread sleeps in {@link Display#sleep()}, woken by
 * the next event or a short timer, so what the jobs hand over with {@code asyncExec} runs at once;
 * there is no bare {@code Thread.sleep}. Shared by every UI test bundle (ARCHITECTURE, rule 4).
 */
public final class UiWait {

	/** How long a view's recomputation may take in a test before the wait gives up. */
	public static final Duration RECOMPUTATIONS = Duration.ofSeconds(10);

	private static final int POLL_MILLIS = 10;

	private UiWait() {
	}

	/** Runs every event queued now (repaints, {@code asyncExec} hand-overs). */
	public static void drain() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// let viewers refresh and repaint
		}
	}

	/**
	 * Runs the event loop until {@code condition} holds; fails naming {@code what} when it still does
	 * not after {@code timeout}.
	 */
	public static void until(String what, BooleanSupplier condition, Duration timeout) {
		if (!poll(condition, timeout)) {
			throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what);
		}
	}

	/** Runs the event loop until {@code condition} holds or {@code timeout} passes; whether it holds. */
	public static boolean poll(BooleanSupplier condition, Duration timeout) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			drain();
			if (condition.getAsBoolean()) {
				return true;
			}
			if (System.nanoTime() - deadline >= 0) {
				return false;
			}
			display.timerExec(POLL_MILLIS, () -> {
				// only wakes the UI thread
			});
			display.sleep();
		}
	}

	/**
	 * Runs the event loop until no job of {@link Recomputation#FAMILY} is pending or running (the
	 * views' recomputations and the claim index's jobs), then once more so that the result handed
	 * over with {@code asyncExec} is shown. Gives up quietly after {@link #RECOMPUTATIONS}.
	 */
	public static void recomputations() {
		poll(() -> Job.getJobManager().find(Recomputation.FAMILY).length == 0, RECOMPUTATIONS);
		drain();
	}

	/**
	 * Like {@link #recomputations()} but waits only for the views' own recomputations, not for the
	 * claim index's delayed write (same family, shows nothing, sleeps for seconds after each change).
	 */
	public static void viewRecomputations() {
		poll(() -> Arrays.stream(Job.getJobManager().find(Recomputation.FAMILY)).noneMatch(UiWait::isViewRecomputation), RECOMPUTATIONS);
		drain();
	}

	private static boolean isViewRecomputation(Job job) {
		return job.getClass().getName().startsWith(Recomputation.class.getName() + "$");
	}
}
