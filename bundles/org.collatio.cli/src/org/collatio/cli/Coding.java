/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.CorpusStore.LayerChoice;

/**
 * Who shares or syncs: the corpus is opened for writing (its lock held around the exchange, as the
 * contract of a sync asks) by the coder named, who is registered if new, or by its first coder.
 */
final class Coding {

	private Coding() {
	}

	static CorpusStore open(Path corpus, String coder, PrintWriter err) throws CorpusException {
		CorpusStore store = CorpusStore.open(corpus, coder == null ? LayerChoice.FIRST_CODER : LayerChoice.coder(coder));
		store.getRecoveries().forEach(line -> err.println("collatio: " + corpus + ": " + line + "."));
		return store;
	}

	/** The coder's name for the commits: the store's coder, else the user's login name. */
	static String name(CorpusStore store) {
		if (store.getCoder() != null && store.getCoder().getName() != null) {
			return store.getCoder().getName();
		}
		return System.getProperty("user.name", "someone");
	}
}
