/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search.ui;

import java.util.concurrent.CompletableFuture;

import org.collatio.search.CorpusIndex;

/**
 * The search index of the corpus open in the workbench. Opened (and built if needed) in a Job on
 * first use, never on the UI thread; closed (in a Job) when another corpus is opened. It follows
 * every save of the corpus: the saving thread builds the changed documents, the index commits them
 * on its own thread.
 */
public interface SearchService {

	/** The jobs that open, close and query the index belong to this family (tests wait for it). */
	Object FAMILY = SearchService.class;

	/**
	 * The index of the open corpus: done when it is open, or being opened in a Job (started now if
	 * needed). Call on the UI thread; returns at once. Null when no corpus is open. Wait for it in a
	 * Job, never on the UI thread.
	 */
	CompletableFuture<CorpusIndex> index();

	/** Closes the index of the open corpus in a Job (the next {@link #index()} opens it again). UI thread. */
	void close();
}
