/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.collatio.ui.views.CorpusReadingRule;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jobs that read a whole corpus on opening take turns: the claim index first, then the search index. */
class CorpusReadingRuleTest {

	@TempDir
	Path dir;

	@Test
	void rulesOfOneFolderConflictHoweverItIsWrittenAndOthersDoNot() {
		Path corpus = dir.resolve("corpus");
		CorpusReadingRule rule = CorpusReadingRule.of(corpus);
		assertTrue(rule.isConflicting(CorpusReadingRule.of(dir.resolve("other/../corpus"))));
		assertFalse(rule.isConflicting(CorpusReadingRule.of(dir.resolve("other"))));
		assertTrue(MultiRule.combine(new org.collatio.ui.views.MutexRule(), rule).isConflicting(CorpusReadingRule.of(corpus)),
				"combined with the search index's own rule it still waits for the claim index");
	}

	@Test
	void aSecondReaderOfTheSameCorpusStartsWhenTheFirstHasEnded() throws Exception {
		List<String> events = new CopyOnWriteArrayList<>();
		CountDownLatch firstStarted = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Job first = job("claim index", events, () -> {
			firstStarted.countDown();
			await(release);
		});
		first.setRule(CorpusReadingRule.of(dir));
		Job second = job("search index", events, () -> {
		});
		second.setRule(MultiRule.combine(new org.collatio.ui.views.MutexRule(), CorpusReadingRule.of(dir)));
		first.schedule();
		assertTrue(firstStarted.await(10, TimeUnit.SECONDS));
		second.schedule();
		assertFalse(second.join(300, null), "the second waits while the first reads");
		release.countDown();
		assertTrue(second.join(10_000, null));
		assertEquals(List.of("claim index started", "claim index ended", "search index started", "search index ended"), events);
	}

	private static Job job(String name, List<String> events, Runnable body) {
		return new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				events.add(name + " started");
				body.run();
				events.add(name + " ended");
				return Status.OK_STATUS;
			}
		};
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
