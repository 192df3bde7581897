/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.collatio.core.store.CorpusException;

/**
 * Writing an export so that a failure or a cancellation leaves nothing half-written: a file goes to
 * a temporary file beside it, forced to disk and renamed over the destination; a folder is written
 * into a hidden staging folder beside it, then renamed into place (or, when the destination folder
 * already has files, each file is renamed into it). Both are named after the writing process
 * ({@link Leftovers}), so that what a killed run left behind is deleted by the next run.
 */
public final class Outputs {

	@FunctionalInterface
	interface FileBody {
		void write(OutputStream out) throws IOException, CorpusException;
	}

	/** Writes into a folder; {@code X} is what else it may throw (an importer's FormatException). */
	@FunctionalInterface
	public interface FolderBody<X extends Exception> {
		void write(Path folder) throws IOException, CorpusException, X;
	}

	private Outputs() {
	}

	static void file(Path target, FileBody body) throws IOException, CorpusException {
		Path absolute = target.toAbsolutePath().normalize();
		Files.createDirectories(absolute.getParent());
		Leftovers.clean(absolute);
		Path temp = Leftovers.tempFile(absolute);
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				OutputStream out = Channels.newOutputStream(channel);
				body.write(out);
				out.flush();
				channel.force(true);
			}
			move(temp, absolute);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	static <X extends Exception> void folder(Path target, FolderBody<X> body) throws IOException, CorpusException, X {
		Path absolute = target.toAbsolutePath().normalize();
		Path parent = absolute.getParent();
		Files.createDirectories(parent);
		if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
			throw new IOException(absolute + " is a file, not a folder");
		}
		Leftovers.clean(absolute);
		Path staging = Leftovers.stagingFolder(absolute);
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
