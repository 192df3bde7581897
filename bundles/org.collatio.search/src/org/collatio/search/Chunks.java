/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Work over {@code 0..n-1} in chunks on every core: the calling thread takes chunks too and is the
 * only one to report progress (a monitor is not thread-safe); every thread checks for cancellation
 * between items, and a cancel or a failure stops the others at their next item.
 */
final class Chunks {

	/** The work of one chunk: items {@code from} (inclusive) to {@code to} (exclusive), with a stop check. */
	interface Body<R> {
		R run(int from, int to, Stop stop);
	}

	/** Says whether to stop: throws {@link OperationCanceledException} when the work was cancelled. */
	interface Stop {
		void check();
	}

	private Chunks() {
	}

	/** The results of the chunks, in order. */
	static <R> List<R> run(int n, int size, SubMonitor progress, IProgressMonitor canceler, Body<R> body) {
		int count = (n + size - 1) / size;
		List<R> results = new ArrayList<>(java.util.Collections.nCopies(count, null));
		AtomicInteger next = new AtomicInteger();
		AtomicInteger done = new AtomicInteger();
		AtomicBoolean stopped = new AtomicBoolean();
		Stop stop = () -> {
			if (stopped.get()) {
				throw new OperationCanceledException();
			}
			if (canceler != null && canceler.isCanceled()) {
				stopped.set(true);
				throw new OperationCanceledException();
			}
		};
		Runnable worker = () -> {
			try {
				for (int c = next.getAndIncrement(); c < count; c = next.getAndIncrement()) {
					int from = c * size;
					int to = Math.min(n, from + size);
					R result = body.run(from, to, stop);
					synchronized (results) {
						results.set(c, result);
					}
					done.addAndGet(to - from);
				}
			} catch (RuntimeException | Error e) {
				stopped.set(true);
				throw e;
			}
		};
		int helpers = Math.max(0, Math.min(count - 1, Runtime.getRuntime().availableProcessors() - 1));
		List<CompletableFuture<Void>> others = new ArrayList<>();
		ForkJoinPool pool = helpers > ForkJoinPool.getCommonPoolParallelism() ? new ForkJoinPool(helpers) : ForkJoinPool.commonPool();
		try {
			for (int h = 0; h < helpers; h++) {
				others.add(CompletableFuture.runAsync(worker, pool));
			}
			int reported = 0;
			try {
				for (int c = next.getAndIncrement(); c < count; c = next.getAndIncrement()) {
					int from = c * size;
					int to = Math.min(n, from + size);
					R result = body.run(from, to, stop);
					synchronized (results) {
						results.set(c, result);
					}
					int total = done.addAndGet(to - from);
					progress.worked(total - reported);
					reported = total;
				}
			} catch (RuntimeException | Error e) {
				stopped.set(true);
				throw e;
			} finally {
				for (CompletableFuture<Void> other : others) {
					try {
						other.join();
					} catch (CompletionException e) {
						if (!stopped.get() || !(e.getCause() instanceof OperationCanceledException)) {
							stopped.set(true);
						}
						if (e.getCause() instanceof RuntimeException runtime && !(runtime instanceof OperationCanceledException)) {
							throw runtime;
						}
					}
				}
			}
			progress.worked(done.get() - reported);
			stop.check();
		} finally {
			if (pool != ForkJoinPool.commonPool()) {
				pool.shutdown();
			}
		}
		synchronized (results) {
			return new ArrayList<>(results);
		}
	}
}
