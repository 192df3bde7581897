/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.nio.file.Path;

/** Input to an import is not what the format says it must be; the message names the file and the problem. */
public class FormatException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;

	public FormatException(Path file, String problem, Throwable cause) {
		super(file + ": " + problem, cause);
		this.file = file;
	}

	public FormatException(Path file, String problem) {
		this(file, problem, null);
	}

	public Path getFile() {
		return file;
	}
}
