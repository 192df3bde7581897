/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every file under a folder with its bytes (as a hash), to prove that nothing was written. */
final class FolderState {

	private FolderState() {
	}

	static Map<String, Integer> of(Path folder) throws Exception {
		Map<String, Integer> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				files.put(folder.relativize(file).toString(), Arrays.hashCode(Files.readAllBytes(file)));
			}
		}
		return files;
	}
}
