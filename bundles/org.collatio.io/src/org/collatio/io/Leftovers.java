/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The hidden temporary files and staging folders an export or import writes beside its destination
 * ({@code .NAME.collatio-PID-RANDOM} and {@code .NAME.collatio-PID-RANDOM.tmp}), named after the
 * process that writes them. A run that is killed leaves them behind; the next run to the same
 * destination deletes those whose process is gone, never those of a run still going.
 */
final class Leftovers {

	private static final String TAG = ".collatio-";

	private Leftovers() {
	}

	/** A new, empty staging folder for {@code target} beside it. */
	static Path stagingFolder(Path target) throws IOException {
		return create(target, "", true);
	}

	/** A new, empty temporary file for {@code target} beside it. */
	static Path tempFile(Path target) throws IOException {
		return create(target, ".tmp", false);
	}

	private static Path create(Path target, String suffix, boolean folder) throws IOException {
		String prefix = "." + target.getFileName() + TAG + ProcessHandle.current().pid() + "-";
		for (;;) {
			Path path = target.resolveSibling(prefix + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36) + suffix);
			try {
				return folder ? Files.createDirectory(path) : Files.createFile(path);
			} catch (FileAlreadyExistsException e) {
				// another name
			}
		}
	}

	/** Deletes what killed runs left beside {@code target}: the leftovers of processes that are no longer alive. */
	static void clean(Path target) throws IOException {
		Pattern own = Pattern.compile(Pattern.quote("." + target.getFileName() + TAG) + "(\\d+)-[0-9a-z]+(\\.tmp)?");
		List<Path> siblings;
		try (Stream<Path> list = Files.list(target.getParent())) {
			siblings = list.toList();
		}
		for (Path sibling : siblings) {
			Matcher m = own.matcher(sibling.getFileName().toString());
			if (m.matches() && !alive(m.group(1))) {
				Outputs.deleteTree(sibling);
			}
		}
	}

	private static boolean alive(String pid) {
		try {
			return ProcessHandle.of(Long.parseLong(pid)).isPresent();
		} catch (NumberFormatException e) {
			return true; // not a pid we wrote: leave it
		}
	}
}
