/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.store;

import java.nio.file.Path;

/**
 * A corpus, or one file of it, could not be read or written. The message always names the file
 * and, for parse errors, the line and column the parser stopped at.
 */
public class CorpusException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;

	public CorpusException(Path file, String problem, Throwable cause) {
		super(file + ": " + problem, cause);
		this.file = file;
	}

	public CorpusException(Path file, String problem) {
		this(file, problem, null);
	}

	/** The file the problem is about. */
	public Path getFile() {
		return file;
	}
}
