/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.io.ExportFormats;
import org.collatio.io.ExportScope;
import org.collatio.io.FormatException;
import org.collatio.io.NativeArchive;
import org.collatio.io.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus itself, zipped, and read back: without loss, and never from a hostile or broken archive. */
class NativeArchiveTest {

	@TempDir
	Path dir;
	private CorpusStore store;

	@BeforeEach
	void corpus() throws Exception {
		store = TestCorpus.create(dir.resolve("corpus"));
	}

	@Test
	void zipHoldsTheCorpusFilesButNotTheIndexNorTheLock() throws Exception {
		Files.createDirectories(dir.resolve("corpus/index"));
		NativeArchive.export(store, ExportScope.WHOLE_CORPUS, dir.resolve("c.zip"), Progress.NONE);
		try (ZipFile zip = new ZipFile(dir.resolve("c.zip").toFile())) {
			List<String> names = zip.stream().map(ZipEntry::getName).sorted().toList();
			assertEquals(List.of("corpus.xmi", "documents/a.txt", "documents/a.xmi", "documents/b.txt", "documents/b.xmi", "documents/c.txt"),
					names);
		}
	}

	@Test
	void exportThenImportGivesBackTheSameCorpus() throws Exception {
		NativeArchive.export(store, ExportScope.WHOLE_CORPUS, dir.resolve("c.zip"), Progress.NONE);
		List<String> before = CorpusSnapshot.of(store);
		Files.createDirectories(dir.resolve("empty"));
		var summary = NativeArchive.importInto(dir.resolve("c.zip"), dir.resolve("empty"), Progress.NONE);
		assertEquals(3, summary.get("documents"));
		assertEquals(3, summary.get("relations"));
		try (CorpusStore imported = CorpusStore.open(dir.resolve("empty"))) {
			assertEquals(before, CorpusSnapshot.of(imported));
		}
	}

	@Test
	void unsavedChangesAreNotExportedSilently() throws Exception {
		store.getCorpus().setDescription("changed, not saved");
		CorpusException e = assertThrows(CorpusException.class,
				() -> NativeArchive.export(store, ExportScope.WHOLE_CORPUS, dir.resolve("c.zip"), Progress.NONE));
		assertTrue(e.getMessage().contains("unsaved changes"), e.getMessage());
		assertFalse(Files.exists(dir.resolve("c.zip")));
	}

	@Test
	void theNativeFormatHoldsTheWholeCorpusOnly() {
		var format = ExportFormats.byId("native").orElseThrow();
		assertThrows(IllegalArgumentException.class, () -> format.export(store, ExportScope.of(List.of("a")), dir.resolve("c.zip"), Progress.NONE));
	}

	@Test
	void anEntryReachingOutsideTheCorpusIsRefused() throws Exception {
		Path zip = zip("evil.zip", "corpus.xmi", "<x/>", "../outside.txt", "gotcha");
		FormatException e = assertThrows(FormatException.class, () -> NativeArchive.importInto(zip, dir.resolve("new"), Progress.NONE));
		assertTrue(e.getMessage().startsWith(zip.toString()) && e.getMessage().contains("\"../outside.txt\""), e.getMessage());
		assertFalse(Files.exists(dir.resolve("outside.txt")));
		assertFalse(Files.exists(dir.resolve("new")));
	}

	@Test
	void aCorruptArchiveIsNamedWithItsProblem() throws Exception {
		Path zip = dir.resolve("corrupt.zip");
		Files.writeString(zip, "this is not a zip archive");
		FormatException e = assertThrows(FormatException.class, () -> NativeArchive.importInto(zip, dir.resolve("new"), Progress.NONE));
		assertTrue(e.getMessage().startsWith(zip + ": not a readable zip archive"), e.getMessage());
	}

	@Test
	void aDamagedCorpusInsideIsRefusedNamingTheFileInside() throws Exception {
		NativeArchive.export(store, ExportScope.WHOLE_CORPUS, dir.resolve("c.zip"), Progress.NONE);
		Path damaged = dir.resolve("damaged.zip");
		try (ZipFile in = new ZipFile(dir.resolve("c.zip").toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(damaged))) {
			for (ZipEntry entry : in.stream().toList()) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				byte[] bytes = in.getInputStream(entry).readAllBytes();
				out.write(entry.getName().equals("documents/a.xmi") ? new String(bytes).substring(0, 200).getBytes() : bytes);
				out.closeEntry();
			}
		}
		FormatException e = assertThrows(FormatException.class, () -> NativeArchive.importInto(damaged, dir.resolve("new"), Progress.NONE));
		assertTrue(e.getMessage().startsWith(damaged + ": damaged: documents/a.xmi"), e.getMessage());
		assertFalse(Files.exists(dir.resolve("new")));
	}

	@Test
	void aFolderWithFilesIsNotImportedInto() throws Exception {
		NativeArchive.export(store, ExportScope.WHOLE_CORPUS, dir.resolve("c.zip"), Progress.NONE);
		Files.createDirectories(dir.resolve("full"));
		Files.writeString(dir.resolve("full/notes.txt"), "mine");
		assertThrows(IllegalArgumentException.class, () -> NativeArchive.importInto(dir.resolve("c.zip"), dir.resolve("full"), Progress.NONE));
		assertEquals(List.of(dir.resolve("full/notes.txt")), Files.list(dir.resolve("full")).toList());
	}

	private Path zip(String name, String... entriesAndContents) throws Exception {
		Path zip = dir.resolve(name);
		try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
			for (int i = 0; i < entriesAndContents.length; i += 2) {
				out.putNextEntry(new ZipEntry(entriesAndContents[i]));
				out.write(entriesAndContents[i + 1].getBytes());
				out.closeEntry();
			}
		}
		return zip;
	}
}
