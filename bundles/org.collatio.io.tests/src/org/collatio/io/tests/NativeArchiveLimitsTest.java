/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.collatio.core.store.CorpusStore;
import org.collatio.io.ArchiveLimits;
import org.collatio.io.ExportScope;
import org.collatio.io.FormatException;
import org.collatio.io.NativeArchive;
import org.collatio.io.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus archive is unpacked within limits counted in bytes actually inflated, whatever sizes it
 * declares: an entry too large, a zip bomb, too much in all, a name given twice or a cut-short file
 * is refused with the archive and the entry named, and nothing is left behind.
 */
class NativeArchiveLimitsTest {

	@TempDir
	Path dir;
	private Path exported;

	@BeforeEach
	void export() throws Exception {
		try (CorpusStore store = TestCorpus.create(dir.resolve("corpus"))) {
			exported = dir.resolve("c.zip");
			NativeArchive.export(store, ExportScope.WHOLE_CORPUS, exported, Progress.NONE);
		}
	}

	/** The exported archive with {@code name}'s content replaced (or added when absent). */
	private Path withEntry(String zipName, String name, byte[] content) throws Exception {
		Path zip = dir.resolve(zipName);
		try (ZipFile in = new ZipFile(exported.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			for (ZipEntry entry : in.stream().toList()) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(entry.getName().equals(name) ? content : in.getInputStream(entry).readAllBytes());
				out.closeEntry();
			}
			if (in.getEntry(name) == null) {
				out.putNextEntry(new ZipEntry(name));
				out.write(content);
				out.closeEntry();
			}
		}
		return zip;
	}

	private FormatException refused(Path zip, ArchiveLimits limits, String problem) {
		FormatException e = assertThrows(FormatException.class, () -> {
			if (limits == null) {
				NativeArchive.importInto(zip, dir.resolve("new"), Progress.NONE); // the defaults, as the command line imports
			} else {
				NativeArchive.importInto(zip, dir.resolve("new"), Progress.NONE, limits);
			}
		});
		assertTrue(e.getMessage().startsWith(zip.toString()) && e.getMessage().contains(problem), e.getMessage());
		assertFalse(Files.exists(dir.resolve("new")), "a refused archive leaves nothing behind");
		try (var left = Files.list(dir)) {
			assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith(".")).toList(), "no staging folder is left");
		} catch (java.io.IOException io) {
			throw new AssertionError(io);
		}
		return e;
	}

	@Test
	void aTextEntryLargerThanAnArticleIsRefusedEvenWhenItsDeclaredSizeLies() throws Exception {
		byte[] text = new byte[21 * 1024 * 1024];
		Random random = new Random(1);
		for (int i = 0; i < text.length; i++) {
			text[i] = (byte) ('a' + random.nextInt(26)); // compresses less than 2:1, so the ratio guard does not step in first
		}
		Path zip = withEntry("big.zip", "documents/c.txt", text);
		declare(zip, "documents/c.txt", 24, 100); // the uncompressed size
		try (ZipFile check = new ZipFile(zip.toFile())) {
			assertEquals(100, check.getEntry("documents/c.txt").getSize(), "the archive lies about the entry's size");
		}
		refused(zip, null, "entry \"documents/c.txt\" unpacks to more than 20 MiB");
	}

	@Test
	void aZipBombIsRefusedByItsCompressionRatio() throws Exception {
		Path zip = withEntry("bomb.zip", "documents/c.txt", new byte[10 * 1024 * 1024]); // 10 MiB of zeros: about 10 KiB compressed
		assertTrue(Files.size(zip) < 100_000);
		refused(zip, null, "entry \"documents/c.txt\" unpacks to more than 100 times its compressed size");
	}

	@Test
	void theTotalAndTheXmiLimitsAreCountedToo() throws Exception {
		ArchiveLimits defaults = ArchiveLimits.defaults();
		refused(exported, new ArchiveLimits(defaults.textBytes(), defaults.xmiBytes(), 1000, defaults.entries(), defaults.ratio(), defaults.ratioFloorBytes()),
				"past 1,000 bytes unpacked");
		refused(exported, new ArchiveLimits(defaults.textBytes(), 100, defaults.totalBytes(), defaults.entries(), defaults.ratio(), defaults.ratioFloorBytes()),
				"entry \"corpus.xmi\" unpacks to more than 100 bytes");
		refused(exported, new ArchiveLimits(defaults.textBytes(), defaults.xmiBytes(), defaults.totalBytes(), 3, defaults.ratio(), defaults.ratioFloorBytes()),
				"more than 3 entries");
		assertEquals(3, NativeArchive.importInto(exported, dir.resolve("new"), Progress.NONE).get("documents"), "the defaults take a real corpus");
	}

	@Test
	void anEntryThatAppearsTwiceIsNamed() throws Exception {
		Path zip = withEntry("twice.zip", "documents/a.tx_", "second copy".getBytes(StandardCharsets.UTF_8));
		byte[] bytes = Files.readAllBytes(zip);
		String latin = new String(bytes, StandardCharsets.ISO_8859_1).replace("documents/a.tx_", "documents/a.txt");
		Files.write(zip, latin.getBytes(StandardCharsets.ISO_8859_1));
		refused(zip, null, "entry \"documents/a.txt\" appears twice");
	}

	@Test
	void aTruncatedArchiveIsNamedWithItsProblem() throws Exception {
		byte[] bytes = Files.readAllBytes(exported);
		Path zip = Files.write(dir.resolve("cut.zip"), Arrays.copyOf(bytes, bytes.length / 2));
		refused(zip, null, "not a readable zip archive");
		Path damaged = Files.copy(exported, dir.resolve("damaged.zip"));
		try (ZipFile zipFile = new ZipFile(exported.toFile())) {
			declare(damaged, "corpus.xmi", 20, (int) zipFile.getEntry("corpus.xmi").getCompressedSize() / 2); // its data cut short
		}
		refused(damaged, null, "entry \"corpus.xmi\" cannot be read: the archive is damaged or cut short");
	}

	/** Rewrites a 4-byte field (20 compressed size, 24 uncompressed size) of {@code name}'s central directory header. */
	private static void declare(Path zip, String name, int field, int size) throws Exception {
		byte[] bytes = Files.readAllBytes(zip);
		byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i + 46 < bytes.length; i++) {
			if (bytes[i] == 0x50 && bytes[i + 1] == 0x4b && bytes[i + 2] == 1 && bytes[i + 3] == 2
					&& Arrays.equals(Arrays.copyOfRange(bytes, i + 46, i + 46 + wanted.length), wanted)) {
				bytes[i + field] = (byte) size;
				bytes[i + field + 1] = (byte) (size >> 8);
				bytes[i + field + 2] = (byte) (size >> 16);
				bytes[i + field + 3] = (byte) (size >> 24);
			}
		}
		Files.write(zip, bytes);
	}
}
