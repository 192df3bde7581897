/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.foreign;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.collatio.io.FormatException;

/**
 * A reader reads only the files inside the folder it was given: a file of the source that is a
 * symbolic link (which could point anywhere) or not a regular file is refused, naming it, never
 * followed and never skipped in silence.
 */
final class InsideFolder {

	private InsideFolder() {
	}

	static void check(Path file) throws FormatException {
		if (Files.isSymbolicLink(file)) {
			throw new FormatException(file, "is a symbolic link; an import reads only the files inside the folder it is given");
		}
		if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			throw new FormatException(file, "is not a regular file");
		}
	}
}
