/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile.ui.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long the UI thread goes without processing events: a thread posts a no-op to the
 * display every {@value #PERIOD_MILLIS} ms and records how long it waited to run. A wait of 800 ms is
 * a frozen window for 800 ms, whatever froze it. Samples are filed under the step being measured.
 */
final class UiStallWatchdog implements AutoCloseable {

	private static final int PERIOD_MILLIS = 5;

	private final Display display;
	private final Thread thread;
	private final Map<String, List<Double>> samples = new LinkedHashMap<>();
	private volatile String step = "idle";
	/** Where the UI thread was while it stalled, sampled every 10 ms of a stall: stack (collatio frames) to count, per step. */
	private final Map<String, Map<String, Integer>> stalls = new LinkedHashMap<>();
	private final Thread uiThread;
	private volatile boolean running = true;

	UiStallWatchdog(Display display) {
		this.display = display;
		this.uiThread = display.getThread();
		thread = new Thread(this::watch, "collatio-ui-stall-watchdog");
		thread.setDaemon(true);
		thread.start();
	}

	/** Files the following samples under {@code name}. */
	void step(String name) {
		step = name;
	}

	private void watch() {
		while (running && !display.isDisposed()) {
			String current = step;
			long posted = System.nanoTime();
			CountDownLatch ran = new CountDownLatch(1);
			try {
				display.asyncExec(ran::countDown);
				boolean done = false;
				// a stall is sampled every 10 ms once it has lasted 30 ms
				done = ran.await(30, TimeUnit.MILLISECONDS);
				for (int waited = 30; !done && waited < 300_000; waited += 10) {
					sample(current);
					done = ran.await(10, TimeUnit.MILLISECONDS);
				}
				if (!done) {
					continue;
				}
				double waited = (System.nanoTime() - posted) / 1e6;
				synchronized (samples) {
					samples.computeIfAbsent(current, k -> new ArrayList<>()).add(waited);
				}
				Thread.sleep(PERIOD_MILLIS);
			} catch (InterruptedException e) {
				return;
			} catch (org.eclipse.swt.SWTException e) {
				return; // display disposed
			}
		}
	}

	private void sample(String current) {
		StackTraceElement[] stack = uiThread.getStackTrace();
		StringBuilder where = new StringBuilder();
		int frames = 0;
		for (StackTraceElement frame : stack) {
			String name = frame.getClassName();
			if (frames == 0 || name.startsWith("org.collatio") && !name.contains("tests")) {
				where.append(frames == 0 ? "" : " < ").append(name.substring(name.lastIndexOf('.') + 1)).append('.').append(frame.getMethodName());
				if (++frames == 6) {
					break;
				}
			}
		}
		synchronized (samples) {
			stalls.computeIfAbsent(current, k -> new LinkedHashMap<>()).merge(where.toString(), 1, Integer::sum);
		}
	}

	/** Where the UI thread was during stalls, per step: the most frequent stacks (10 ms each). */
	List<String> stallSamples() {
		List<String> lines = new ArrayList<>();
		synchronized (samples) {
			stalls.forEach((name, counts) -> counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(4)
					.forEach(e -> lines.add(String.format(Locale.ROOT, "%-44s %5d ms  %s", name, e.getValue() * 10, e.getKey()))));
		}
		return lines;
	}

	/** One line per step: longest stall, p95, number of samples. */
	List<String> report() {
		List<String> lines = new ArrayList<>();
		synchronized (samples) {
			samples.forEach((name, values) -> {
				double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
				lines.add(String.format(Locale.ROOT, "%-44s longest %7.1f ms   p95 %6.1f ms   (%d samples)", name, sorted[sorted.length - 1],
						sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)], sorted.length));
			});
		}
		return lines;
	}

	/** The longest stall of a step, in ms (0 when it has no sample). */
	double longest(String name) {
		synchronized (samples) {
			return samples.getOrDefault(name, List.of()).stream().mapToDouble(Double::doubleValue).max().orElse(0);
		}
	}

	@Override
	public void close() throws InterruptedException {
		running = false;
		thread.join(2000);
	}
}
