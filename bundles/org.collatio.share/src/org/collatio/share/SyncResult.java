/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share;

import java.util.List;

import org.collatio.share.merge.Conflict;

/**
 * What a sync did. Paths are relative to the corpus folder, with '/'.
 *
 * @param committed my changed files, committed before the exchange (empty: nothing had changed)
 * @param commitMessage the message of that commit ("Alice: 3 documents annotated, ..."), or null
 * @param broughtIn the files the sync changed in the corpus folder (others' work, or merged files):
 *            when not empty, the caller reopens the corpus
 * @param merged the files changed on both sides and merged by the {@code XmiMerger}
 * @param conflicts what the merger could not resolve (also in {@value SharedCorpus#CONFLICTS_FILE});
 *            the merged files hold my version of each meanwhile
 * @param pushed whether my commits went to the remote
 */
public record SyncResult(List<String> committed, String commitMessage, List<String> broughtIn, List<String> merged, List<Conflict> conflicts,
		boolean pushed) {

	public SyncResult {
		committed = List.copyOf(committed);
		broughtIn = List.copyOf(broughtIn);
		merged = List.copyOf(merged);
		conflicts = List.copyOf(conflicts);
	}

	/** Nothing was committed, brought in or pushed: both sides were the same already. */
	public boolean nothingToDo() {
		return committed.isEmpty() && broughtIn.isEmpty() && !pushed;
	}

	/** Whether files of the corpus changed on disk, so that an open corpus must be reopened. */
	public boolean changedFiles() {
		return !broughtIn.isEmpty();
	}
}
