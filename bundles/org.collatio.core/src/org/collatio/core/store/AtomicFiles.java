/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Write-then-rename: content goes to a temporary file beside the target, is forced to disk, and
 * replaces the target in one atomic rename. A crash at any point leaves either the old or the new
 * file, never a torn one.
 */
public final class AtomicFiles {

	/** Writes the content of a file. */
	@FunctionalInterface
	public interface Writer {
		void write(OutputStream out) throws IOException;
	}

	private AtomicFiles() {
	}

	public static void write(Path target, Writer writer) throws IOException {
		write(target, writer, true);
	}

	/**
	 * Writes like {@link #write(Path, Writer)}, atomically, forced to disk only when {@code force}:
	 * a corpus built in a staging folder writes its files unforced, and the forced save of its
	 * corpus file at the end carries them to disk (see {@link #writeNew(Path, byte[])}).
	 */
	public static void write(Path target, Writer writer, boolean force) throws IOException {
		Path directory = target.toAbsolutePath().getParent();
		Files.createDirectories(directory);
		Path temp = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				OutputStream out = Channels.newOutputStream(channel);
				writer.write(out);
				out.flush();
				if (force) {
					channel.force(true);
				}
			}
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	/**
	 * Writes a file once: refuses to replace an existing one (the stored text of an article). Not
	 * forced to disk one by one, which would make a bulk import of thousands of files wait on the
	 * disk thousands of times: the text files are written before the corpus file that names them,
	 * whose forced save (with the file system's ordered data mode) carries them to disk too; after a
	 * crash before that save, unreferenced text files are merely left over.
	 */
	public static void writeNew(Path target, byte[] content) throws IOException {
		if (Files.exists(target)) {
			throw new IOException(target + " already exists; stored article text is never rewritten");
		}
		write(target, out -> out.write(content), false);
	}
}
