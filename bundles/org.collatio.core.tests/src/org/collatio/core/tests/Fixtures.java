/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository's seed articles are (the build passes the repository root). */
final class Fixtures {

	private Fixtures() {
	}

	static Path repository() {
		String root = System.getProperty("collatio.repository");
		Path path = root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent().getParent();
		if (!Files.isDirectory(path.resolve("seeds"))) {
			throw new IllegalStateException("cannot find the repository's seeds/ folder from " + path);
		}
		return path;
	}

	static Path seeds() {
		return repository().resolve("seeds");
	}
}
