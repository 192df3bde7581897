/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.foreign;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;

import org.collatio.io.ArchiveLimits;
import org.collatio.io.BoundedZip;
import org.collatio.io.FormatException;

/**
 * A .qdpx archive read through {@link BoundedZip} (within {@link ArchiveLimits}): its
 * {@code project.qde} and the plain texts its sources name as {@code internal://NAME}, which
 * REFI-QDA keeps as {@code sources/NAME}. Texts named {@code relative://} or {@code absolute://}
 * lie outside the archive and are never read (the readers report them as left out).
 */
final class QdpxArchive implements AutoCloseable {

	static final String PROJECT = "project.qde";
	static final String INTERNAL = "internal://";

	private final Path file;
	private final ArchiveLimits limits;
	private final BoundedZip zip;
	private final Map<String, ZipEntry> entries = new HashMap<>();

	QdpxArchive(Path file, ArchiveLimits limits) throws IOException, FormatException {
		this.file = file;
		this.limits = limits;
		this.zip = new BoundedZip(file, limits);
		try {
			for (ZipEntry entry : zip.entries()) {
				entries.put(entry.getName(), entry);
			}
		} catch (FormatException e) {
			zip.close();
			throw e;
		}
	}

	Path file() {
		return file;
	}

	/** The bytes of project.qde; refused when there is none. */
	byte[] project() throws IOException, FormatException {
		ZipEntry entry = entries.get(PROJECT);
		if (entry == null) {
			throw new FormatException(file, "has no " + PROJECT + ": not a REFI-QDA project (.qdpx)");
		}
		return zip.read(entry, limits.xmiBytes());
	}

	/** Whether {@code path} (a plainTextPath) names a file inside the archive. */
	static boolean isInternal(String path) {
		return path != null && path.startsWith(INTERNAL);
	}

	/**
	 * The text of {@code internal://NAME} (entry {@code sources/NAME}), strict UTF-8 without a
	 * leading byte order mark; {@code what} names its owner in messages ("source \"Interview 1\"").
	 */
	String text(String path, String what) throws IOException, FormatException {
		String name = "sources/" + path.substring(INTERNAL.length());
		ZipEntry entry = entries.get(name);
		if (entry == null) {
			throw new FormatException(file, what + ": its text " + path + " is not in the archive (no entry " + name + ")");
		}
		return PlainText.decode(zip.read(entry, limits.textBytes()), file, "entry " + name + " (the text of " + what + ")");
	}

	@Override
	public void close() throws IOException {
		zip.close();
	}
}
