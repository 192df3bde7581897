/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every file of a folder (the lock file aside: each opening writes who holds it) with its size and SHA-256. */
final class Snapshot {

	private Snapshot() {
	}

	static Map<String, String> of(Path folder) throws Exception {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path file : all.filter(Files::isRegularFile).toList()) {
				String name = folder.relativize(file).toString();
				if (!name.equals(".collatio.lock")) {
					byte[] bytes = Files.readAllBytes(file);
					files.put(name, bytes.length + " " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
				}
			}
		}
		return files;
	}
}
