/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.tests;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.collatio.share.merge.Conflict;
import org.collatio.share.merge.MergeOutcome;
import org.collatio.share.merge.XmiMerger;

/**
 * Stand-in mergers, for tests where a real three-way merge of XMI is not what is tested (the real
 * one, ModelMerge, is tested on its own, and through syncs in MergeThroughTheStandardMergerTest).
 */
final class StandInMergers {

	private StandInMergers() {
	}

	/** Fails the test when called: the sync at hand must not need a merge of XMI. */
	static final XmiMerger NEVER = (path, base, mine, theirs) -> {
		throw new AssertionError("the merger was called for " + path + ", but no file should have changed on both sides");
	};

	/** Keeps my version and reports one conflict per file: the plumbing of conflicts, not a merge. */
	static final class KeepMine implements XmiMerger {

		final AtomicInteger calls = new AtomicInteger();
		private final Runnable duringMerge;

		KeepMine(Runnable duringMerge) {
			this.duringMerge = duringMerge;
		}

		KeepMine() {
			this(() -> {
			});
		}

		@Override
		public MergeOutcome merge(String path, byte[] base, byte[] mine, byte[] theirs) {
			if (calls.getAndIncrement() == 0) {
				duringMerge.run();
			}
			return new MergeOutcome(mine, List.of(new Conflict(path, "Entity", "e-test", "canonicalName", "base", "mine", "theirs")));
		}
	}
}
