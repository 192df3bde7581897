/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.session;

import java.nio.file.Path;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;

/**
 * The corpus open in the workbench: one per workbench, reached as a workbench service
 * ({@code PlatformUI.getWorkbench().getService(CorpusSession.class)}). Views and handlers bind to it
 * and are told when another corpus is opened or the open one changes.
 */
public interface CorpusSession {

	/** Told on the UI thread when the open corpus is replaced or its document list changes. */
	@FunctionalInterface
	interface Listener {
		void corpusChanged(CorpusStore store);
	}

	/** The open corpus, or null when none is open. */
	CorpusStore getStore();

	/** Opens (creating if needed) the corpus in a folder, closing the one open before. */
	void open(Path directory) throws CorpusException;

	/** Tells the listeners that the open corpus's documents changed (e.g. after an import). */
	void fireChanged();

	/** Closes the open corpus, releasing its lock. */
	void close();

	void addListener(Listener listener);

	void removeListener(Listener listener);
}
