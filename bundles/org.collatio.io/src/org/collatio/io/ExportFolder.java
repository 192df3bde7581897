/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.collatio.core.imports.ImportOptions;
import org.collatio.core.store.TextFiles;

/**
 * The folder an import reads from, and the only place it reads: a file named inside it is resolved
 * to its real path (following links), and refused when that lies outside the folder's real path
 * (a link in {@code sources/} to {@code /etc/passwd}), when it is not a regular file, or when it is
 * larger than an article may be ({@link ImportOptions#DEFAULT_MAX_BYTES}, as an article import).
 */
public final class ExportFolder {

	private final Path folder;
	private final Path realFolder;
	private final long maxBytes;

	public ExportFolder(Path folder) throws IOException {
		this(folder, ImportOptions.DEFAULT_MAX_BYTES);
	}

	ExportFolder(Path folder, long maxBytes) throws IOException {
		this.folder = folder.toAbsolutePath().normalize();
		this.realFolder = this.folder.toRealPath();
		this.maxBytes = maxBytes;
	}

	/**
	 * The real path of {@code relative} inside the folder; {@code what} names it in messages
	 * ("the text of document a"), {@code refer} is the file whose content named it.
	 */
	public Path resolve(String relative, String what, Path refer) throws IOException, FormatException {
		Path file = folder.resolve(relative).normalize();
		if (!file.startsWith(folder)) {
			throw new FormatException(refer, what + ": " + relative + " lies outside the export folder " + folder);
		}
		Path real;
		try {
			real = file.toRealPath();
		} catch (NoSuchFileException e) {
			throw new FormatException(file, "missing: " + what, e);
		}
		if (!real.startsWith(realFolder)) {
			throw new FormatException(file, what + ": a link to " + real + ", outside the export folder " + folder + "; not read");
		}
		if (!Files.isRegularFile(real)) {
			throw new FormatException(file, what + ": not a regular file");
		}
		return real;
	}

	/** The strict UTF-8 text of a file {@link #resolve resolved} inside the folder, at most the size limit. */
	public String readText(String relative, String what, Path refer) throws IOException, FormatException {
		Path real = resolve(relative, what, refer);
		Path file = folder.resolve(relative).normalize();
		byte[] bytes;
		try (InputStream in = Files.newInputStream(real)) {
			bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
		}
		if (bytes.length > maxBytes) {
			throw new FormatException(file, what + ": larger than " + Limits.describe(maxBytes) + ", the limit for an article's text");
		}
		try {
			return TextFiles.decodeUtf8(bytes);
		} catch (CharacterCodingException e) {
			throw new FormatException(file, "not valid UTF-8", e);
		}
	}
}
