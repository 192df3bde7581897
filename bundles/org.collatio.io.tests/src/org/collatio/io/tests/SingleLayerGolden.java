/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.tests;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.collatio.core.store.CorpusStore;
import org.collatio.io.ExportFormat;
import org.collatio.io.ExportFormats;
import org.collatio.io.ExportScope;
import org.collatio.io.Progress;

/**
 * The exports of one layer in every deterministic format, as files and their bytes, and the
 * golden copies of them kept in {@code resources/single-layer}: written by the code before exports
 * of every layer existed, so that a test can show that an export of one layer did not change. A
 * REFI-QDA archive counts by its entries (a zip records the time it was written).
 */
final class SingleLayerGolden {

	static final List<String> FORMATS = List.of("uima-xmi", "w3c", "brat", "csv", "jsonl", "qdpx");

	private SingleLayerGolden() {
	}

	static Path folder(String name) {
		return W3cWebAnnotationTest.resources().resolve("single-layer").resolve(name);
	}

	/** Every file each format writes for the store's layer ({@code FORMAT/PATH}), exported into {@code out}. */
	static Map<String, byte[]> exports(CorpusStore store, Path out) throws Exception {
		Map<String, byte[]> files = new TreeMap<>();
		for (String id : FORMATS) {
			ExportFormat format = ExportFormats.byId(id).orElseThrow();
			Path destination = format.defaultDestination(out, "corpus");
			format.export(store, ExportScope.WHOLE_CORPUS, destination, Progress.NONE);
			if (format.output() == ExportFormat.Output.FILE) {
				try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(destination))) {
					for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
						files.put(id + "/" + entry.getName(), zip.readAllBytes());
					}
				}
			} else {
				files.putAll(read(destination, id + "/"));
			}
		}
		return files;
	}

	/** The files under a folder by relative path (with '/'), each prefixed. */
	static Map<String, byte[]> read(Path folder, String prefix) throws Exception {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path file : all.filter(Files::isRegularFile).toList()) {
				try (InputStream in = Files.newInputStream(file)) {
					files.put(prefix + folder.relativize(file).toString().replace('\\', '/'), in.readAllBytes());
				}
			}
		}
		return files;
	}

	/** Writes the exports of the store's layer as golden files under {@code golden}. */
	static void write(CorpusStore store, Path golden, Path out) throws Exception {
		for (Map.Entry<String, byte[]> file : exports(store, out).entrySet()) {
			Path target = golden.resolve(file.getKey());
			Files.createDirectories(target.getParent());
			Files.write(target, file.getValue());
		}
	}
}
