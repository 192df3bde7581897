/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusLockedException;
import org.collatio.core.store.CorpusStore;

/**
 * How the commands open a corpus and what they say about it: a command that only reads takes a
 * shared lock (or none in a folder nobody can write to); one that writes takes the exclusive lock,
 * and says what it cleaned up after a process that was killed. Damaged documents are named.
 */
final class Stores {

	private Stores() {
	}

	/** For reading only: nothing is written to the corpus folder. */
	static CorpusStore read(Path corpus, PrintWriter err) throws CorpusException {
		CorpusStore store = CorpusStore.openReadOnly(corpus);
		if (store.getReadOnlyNote() != null) {
			err.println("collatio: " + store.getReadOnlyNote());
		}
		return store;
	}

	/** For writing (the search index is written too); a corpus in a folder nobody can write to is read only. */
	static CorpusStore write(Path corpus, boolean fallBackToReading, PrintWriter err) throws CorpusException {
		CorpusStore store;
		try {
			store = CorpusStore.open(corpus);
		} catch (CorpusLockedException e) {
			throw e;
		} catch (CorpusException e) {
			if (!fallBackToReading || Files.isWritable(corpus)) {
				throw e;
			}
			return read(corpus, err);
		}
		store.getRecoveries().forEach(line -> err.println("collatio: " + corpus + ": " + line + "."));
		return store;
	}

	/** Names each document that could not be read; returns the exit code the command ends with. */
	static int reportDamaged(CorpusStore store, PrintWriter err, int code) {
		store.getDamaged().values().forEach(e -> err.println("collatio: left out, damaged: " + e.getMessage()));
		return store.getDamaged().isEmpty() ? code : Math.max(code, ExitCodes.INPUT_REJECTED);
	}
}
