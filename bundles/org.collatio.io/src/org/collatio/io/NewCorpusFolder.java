/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.collatio.core.store.CorpusException;

/**
 * Where an import creates its corpus: a folder that does not exist yet or is empty. An import never
 * merges into a corpus that has content; it builds the corpus in a staging folder beside the
 * destination and moves it into place only when everything was read and verified, so a bad input
 * leaves nothing behind.
 */
public final class NewCorpusFolder {

	private NewCorpusFolder() {
	}

	public static <X extends Exception> void create(Path corpusDirectory, Outputs.FolderBody<X> body) throws IOException, CorpusException, X {
		requireEmpty(corpusDirectory);
		Outputs.folder(corpusDirectory, body);
	}

	public static void requireEmpty(Path corpusDirectory) throws IOException {
		if (Files.isRegularFile(corpusDirectory)) {
			throw new IllegalArgumentException(corpusDirectory + " is a file; an import needs a new or empty folder for the corpus");
		}
		if (Files.isDirectory(corpusDirectory)) {
			try (Stream<Path> entries = Files.list(corpusDirectory)) {
				if (entries.findAny().isPresent()) {
					throw new IllegalArgumentException(corpusDirectory
							+ " is not empty; an import creates a new corpus and never merges into an existing one: choose a new folder");
				}
			}
		}
	}
}
