/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A zip archive read within {@link ArchiveLimits}: entries are listed once (a name that appears
 * twice is refused), and each is copied counting the bytes actually inflated, stopping before a
 * limit would be passed, so a small archive can neither fill the disk nor the memory. A file that
 * is not a zip, is cut short or is damaged is a {@link FormatException} naming it.
 */
public final class BoundedZip implements AutoCloseable {

	private final Path zip;
	private final ZipFile archive;
	private final ArchiveLimits limits;
	private final long archiveBytes;
	private long total;

	public BoundedZip(Path zip, ArchiveLimits limits) throws IOException, FormatException {
		this.zip = zip;
		this.limits = limits;
		this.archiveBytes = Math.max(1, Files.size(zip));
		try {
			this.archive = new ZipFile(zip.toFile());
		} catch (ZipException | EOFException e) {
			throw new FormatException(zip, "not a readable zip archive (" + e.getMessage() + ")", e);
		}
	}

	/** Every entry, in archive order; refused when a name appears twice or there are too many. */
	public List<ZipEntry> entries() throws FormatException {
		List<ZipEntry> entries = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (ZipEntry entry : archive.stream().toList()) {
			if (!names.add(entry.getName())) {
				throw new FormatException(zip, "entry \"" + entry.getName() + "\" appears twice; an archive holds each file once");
			}
			if (entries.size() == limits.entries()) {
				throw new FormatException(zip, "has more than " + limits.entries() + " entries, the limit for a corpus archive");
			}
			entries.add(entry);
		}
		return entries;
	}

	/** Copies an entry to a new file, refusing it (before writing past the limit) when it inflates beyond {@code limit} bytes. */
	public void copy(ZipEntry entry, long limit, Path destination) throws IOException, FormatException {
		try (OutputStream out = Files.newOutputStream(destination, StandardOpenOption.CREATE_NEW)) {
			transfer(entry, limit, out);
		}
	}

	/** An entry's bytes, within the same limits as {@link #copy}: for entries read into memory (a manifest, an XMI file to parse). */
	public byte[] read(ZipEntry entry, long limit) throws IOException, FormatException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(Math.max(entry.getSize(), 0), 1 << 20));
		transfer(entry, limit, bytes);
		return bytes.toByteArray();
	}

	private void transfer(ZipEntry entry, long limit, OutputStream out) throws IOException, FormatException {
		long compressed = entry.getCompressedSize() < 0 ? archiveBytes : Math.min(entry.getCompressedSize(), archiveBytes);
		long written = 0;
		byte[] buffer = new byte[1 << 16];
		try (InputStream in = open(entry)) {
			for (int n = read(in, buffer, entry); n >= 0; n = read(in, buffer, entry)) {
				written += n;
				total += n;
				if (written > limit) {
					throw refuse(entry, "unpacks to more than " + Limits.describe(limit) + ", the limit for such an entry");
				}
				if (total > limits.totalBytes()) {
					throw refuse(entry, "takes the archive past " + Limits.describe(limits.totalBytes()) + " unpacked, the limit for a corpus");
				}
				if (written > limits.ratioFloorBytes() && written > compressed * limits.ratio()
						|| total > limits.ratioFloorBytes() && total > archiveBytes * limits.ratio()) {
					throw refuse(entry, "unpacks to more than " + limits.ratio() + " times its compressed size: refused as a zip bomb");
				}
				out.write(buffer, 0, n);
			}
		}
	}

	private InputStream open(ZipEntry entry) throws IOException, FormatException {
		try {
			return archive.getInputStream(entry);
		} catch (ZipException | EOFException e) {
			throw damaged(entry, e);
		}
	}

	private int read(InputStream in, byte[] buffer, ZipEntry entry) throws FormatException {
		try {
			return in.read(buffer);
		} catch (IOException e) {
			throw damaged(entry, e);
		}
	}

	private FormatException damaged(ZipEntry entry, IOException e) {
		return new FormatException(zip, "entry \"" + entry.getName() + "\" cannot be read: the archive is damaged or cut short (" + e.getMessage() + ")", e);
	}

	private FormatException refuse(ZipEntry entry, String problem) {
		return new FormatException(zip, "entry \"" + entry.getName() + "\" " + problem);
	}

	@Override
	public void close() throws IOException {
		archive.close();
	}
}
