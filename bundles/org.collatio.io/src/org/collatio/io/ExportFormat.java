/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.io.IOException;
import java.nio.file.Path;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;

/**
 * One export format: its id (as the command line spells it), a label for people, whether it writes
 * one file or a folder (and the file's usual extension), whether it can hold a subset of the
 * documents, whether it can hold every coder's layer ({@code holdsLayers}; otherwise it writes the
 * layer the store works on, and {@code layersNote} says why), and, for the formats that can be read
 * back, its importer.
 */
public record ExportFormat(String id, String label, Output output, String extension, boolean subsetAllowed, boolean holdsLayers,
		String layersNote, Exporter exporter, Importer importer) {

	/** What an export writes at its destination. */
	public enum Output {
		FILE, FOLDER
	}

	/** Writes the documents in scope of an open corpus to {@code destination}. */
	@FunctionalInterface
	public interface Exporter {
		ExportSummary export(CorpusStore store, ExportScope scope, Path destination, Progress progress) throws IOException, CorpusException;
	}

	/** Reads an export into a new (or empty) corpus folder. */
	@FunctionalInterface
	public interface Importer {
		ExportSummary importInto(Path source, Path corpusDirectory, Progress progress) throws IOException, FormatException, CorpusException;
	}

	public boolean isImportable() {
		return importer != null;
	}

	/** The destination for a corpus named {@code baseName} inside {@code folder}, with this format's extension. */
	public Path defaultDestination(Path folder, String baseName) {
		return folder.resolve(extension == null ? baseName + "-" + id : baseName + "." + extension);
	}

	/**
	 * Exports after checking the scope against what the format can hold.
	 *
	 * @throws IllegalArgumentException when the format cannot hold the scope (a subset, or every
	 *                                  layer), saying why
	 */
	public ExportSummary export(CorpusStore store, ExportScope scope, Path destination, Progress progress) throws IOException, CorpusException {
		if (!subsetAllowed && !scope.isWholeCorpus()) {
			throw new IllegalArgumentException(label + " holds the whole corpus only; choose the whole corpus as the scope");
		}
		if (!holdsLayers && scope.everyLayer()) {
			throw new IllegalArgumentException(id + " cannot export every coder's layer: " + layersNote);
		}
		return exporter.export(store, scope, destination, progress);
	}
}
