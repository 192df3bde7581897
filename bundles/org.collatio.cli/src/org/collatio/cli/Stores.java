/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.collatio.core.store.Coders;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusLayout;
import org.collatio.core.store.Layers;
import org.collatio.core.store.CorpusStore.LayerChoice;
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
		return read(corpus, null, err);
	}

	/**
	 * For reading a layer ({@code layer}: a coder's name or id, or curated; null: the curated layer
	 * once it exists, else the first coder's).
	 */
	static CorpusStore read(Path corpus, String layer, PrintWriter err) throws CorpusException {
		CorpusStore store = CorpusStore.openReadOnly(corpus, choice(corpus, layer));
		if (store.getReadOnlyNote() != null) {
			err.println("collatio: " + store.getReadOnlyNote());
		}
		return store;
	}

	/** The layer a command works on (see {@link #read(Path, String, PrintWriter)}); unknown names are refused. */
	private static LayerChoice choice(Path corpus, String layer) throws CorpusException {
		if (layer == null) {
			String byDefault = Layers.defaultLayer(new CorpusLayout(corpus));
			return byDefault == null ? LayerChoice.FIRST_CODER : new LayerChoice(null, byDefault);
		}
		try (CorpusStore peek = CorpusStore.openReadOnly(corpus)) {
			String named = Coders.layerNamed(peek.getCorpus(), layer);
			if (named == null) {
				throw new UnknownLayer(peek.getLayout().directory(),
						"has no layer \u201c" + layer.strip() + "\u201d; its coders: " + Coders.list(peek.getCorpus()) + ", and curated");
			}
			return new LayerChoice(null, named);
		}
	}

	/** For writing (the search index is written too); a corpus in a folder nobody can write to is read only. */
	static CorpusStore write(Path corpus, boolean fallBackToReading, PrintWriter err) throws CorpusException {
		return write(corpus, null, fallBackToReading, err);
	}

	/** {@link #write(Path, boolean, PrintWriter)} on a layer (as {@link #read(Path, String, PrintWriter)}). */
	static CorpusStore write(Path corpus, String layer, boolean fallBackToReading, PrintWriter err) throws CorpusException {
		CorpusStore store;
		try {
			store = CorpusStore.open(corpus, Files.isRegularFile(new CorpusLayout(corpus).corpusFile()) ? choice(corpus, layer) : LayerChoice.FIRST_CODER);
		} catch (CorpusLockedException e) {
			throw e;
		} catch (CorpusException e) {
			if (!fallBackToReading || Files.isWritable(corpus)) {
				throw e;
			}
			return read(corpus, layer, err);
		}
		store.getRecoveries().forEach(line -> err.println("collatio: " + corpus + ": " + line + "."));
		return store;
	}

	/** A {@code --layer} that names no layer of the corpus: input rejected (exit 1), not a failure to read. */
	static final class UnknownLayer extends CorpusException {

		private static final long serialVersionUID = 1L;

		UnknownLayer(Path corpus, String problem) {
			super(corpus, problem);
		}
	}

	/** Names each document that could not be read; returns the exit code the command ends with. */
	static int reportDamaged(CorpusStore store, PrintWriter err, int code) {
		store.getDamaged().values().forEach(e -> err.println("collatio: left out, damaged: " + e.getMessage()));
		return store.getDamaged().isEmpty() ? code : Math.max(code, ExitCodes.INPUT_REJECTED);
	}
}
