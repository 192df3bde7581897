/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.collatio.core.store.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Write-then-rename: a save that fails half-way leaves the previous file whole. */
class AtomicFilesTest {

	@TempDir
	Path dir;

	@Test
	void aCrashMidSaveLeavesThePreviousContentAndNoTemporaryFile() throws IOException {
		Path file = dir.resolve("corpus.xmi");
		AtomicFiles.write(file, out -> out.write("version 1".getBytes(StandardCharsets.UTF_8)));
		assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
			out.write("version 2, half writ".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		}));
		assertEquals("version 1", Files.readString(file));
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(1, files.count(), "the temporary file is removed");
		}
	}

	@Test
	void aSuccessfulSaveReplacesTheFile() throws IOException {
		Path file = dir.resolve("a.xmi");
		AtomicFiles.write(file, out -> out.write("one".getBytes(StandardCharsets.UTF_8)));
		AtomicFiles.write(file, out -> out.write("two".getBytes(StandardCharsets.UTF_8)));
		assertEquals("two", Files.readString(file));
	}
}
