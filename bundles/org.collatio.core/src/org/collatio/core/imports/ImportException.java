/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.imports;

import java.nio.file.Path;

/** One input file could not be imported; the message names the file and the problem. */
public class ImportException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final String problem;

	public ImportException(Path file, String problem) {
		super(file + ": " + problem);
		this.file = file;
		this.problem = problem;
	}

	public Path getFile() {
		return file;
	}

	/** The problem, without the file name. */
	public String getProblem() {
		return problem;
	}
}
