/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search.ui;

import org.collatio.core.store.CorpusException;
import org.collatio.search.CorpusIndex;

/**
 * The search index of the corpus open in the workbench, opened (and built if needed) on first use,
 * closed when another corpus is opened; it follows every save of the corpus.
 */
public interface SearchService {

	/** The index of the open corpus; null when no corpus is open. */
	CorpusIndex index() throws CorpusException;
}
