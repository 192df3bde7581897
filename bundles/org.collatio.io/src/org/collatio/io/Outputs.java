/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.collatio.core.store.AtomicFiles;
import org.collatio.core.store.CorpusException;

/**
 * Writing an export so that a failure or a cancellation leaves nothing half-written: a file goes to
 * a temporary file beside it and is renamed over the destination; a folder is written into a hidden
 * staging folder beside it, then renamed into place (or, when the destination folder already has
 * files, each file is renamed into it).
 */
final class Outputs {

	@FunctionalInterface
	interface FileBody {
		void write(OutputStream out) throws IOException, CorpusException;
	}

	/** Writes into a folder; {@code X} is what else it may throw (an importer's FormatException). */
	@FunctionalInterface
	interface FolderBody<X extends Exception> {
		void write(Path folder) throws IOException, CorpusException, X;
	}

	private Outputs() {
	}

	static void file(Path target, FileBody body) throws IOException, CorpusException {
		CorpusException[] failure = { null };
		AtomicFiles.write(target, out -> {
			try {
				body.write(out);
			} catch (CorpusException e) {
				failure[0] = e;
				throw new IOException(e.getMessage(), e);
			}
		});
		if (failure[0] != null) {
			throw failure[0];
		}
	}

	static <X extends Exception> void folder(Path target, FolderBody<X> body) throws IOException, CorpusException, X {
		Path absolute = target.toAbsolutePath().normalize();
		Path parent = absolute.getParent();
		Files.createDirectories(parent);
		if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
			throw new IOException(absolute + " is a file, not a folder");
		}
		Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".");
		try {
			body.write(staging);
			if (!Files.exists(absolute)) {
				move(staging, absolute);
			} else {
				try (Stream<Path> files = Files.walk(staging)) {
					for (Path file : files.filter(Files::isRegularFile).toList()) {
						Path destination = absolute.resolve(staging.relativize(file).toString());
						Files.createDirectories(destination.getParent());
						move(file, destination);
					}
				}
			}
		} finally {
			deleteTree(staging);
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
			for (Path path : all) {
				Files.deleteIfExists(path);
			}
		}
	}
}
