/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share;

import java.time.Instant;
import java.util.List;

/**
 * One version of a shared corpus: a commit.
 *
 * @param commitId the commit's full id (hexadecimal), for {@link SharedCorpus#readAt}
 * @param author the coder who made it
 * @param time when it was made
 * @param message what it says ("Alice: 3 documents annotated, corpus.xmi (entities)")
 * @param paths the files it changed (against its first parent; for a merge, what the merge brought
 *            in), with '/', limited to the path or document asked for when there was one
 */
public record LogEntry(String commitId, String author, Instant time, String message, List<String> paths) {

	public LogEntry {
		paths = List.copyOf(paths);
	}
}
