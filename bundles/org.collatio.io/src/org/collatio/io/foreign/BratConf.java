/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.foreign;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.collatio.io.FormatException;

/**
 * The {@code [entities]} section of brat's annotation.conf as codes: one type per line, its depth
 * the number of leading tabs, {@code !} marking a type that only groups others; comments
 * ({@code #}) and blank lines skipped.
 */
final class BratConf {

	private BratConf() {
	}

	static List<ForeignCode> entities(Path file, String conf) throws FormatException {
		List<ForeignCode> codes = new ArrayList<>();
		List<String> path = new ArrayList<>();
		boolean inEntities = false;
		String[] lines = conf.split("\r?\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			if (trimmed.startsWith("[")) {
				inEntities = trimmed.equals("[entities]");
				continue;
			}
			if (!inEntities) {
				continue;
			}
			int depth = 0;
			while (depth < line.length() && line.charAt(depth) == '\t') {
				depth++;
			}
			if (depth > path.size()) {
				throw new FormatException(file, "line " + (i + 1) + ": \"" + trimmed + "\" is indented deeper than the type above it");
			}
			String name = trimmed.split("\\s")[0];
			if (name.startsWith("!")) {
				name = name.substring(1);
			}
			path.subList(depth, path.size()).clear();
			path.add(name);
			codes.add(new ForeignCode(path, null, null));
		}
		return codes;
	}
}
