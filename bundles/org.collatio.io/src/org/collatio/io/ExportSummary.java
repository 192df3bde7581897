/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an export or import wrote: counts by kind ("documents", "annotations", ...) in the order
 * they were first counted, and warnings about what the format could not hold.
 */
public final class ExportSummary {

	private final Path output;
	private final Map<String, Integer> counts = new LinkedHashMap<>();
	private final List<String> warnings = new ArrayList<>();

	public ExportSummary(Path output) {
		this.output = output;
	}

	public Path output() {
		return output;
	}

	/** Adds {@code n} to the count of {@code kind} (creating it at zero). */
	public ExportSummary count(String kind, int n) {
		counts.merge(kind, n, Integer::sum);
		return this;
	}

	public int get(String kind) {
		return counts.getOrDefault(kind, 0);
	}

	public Map<String, Integer> counts() {
		return Map.copyOf(counts);
	}

	public ExportSummary warn(String warning) {
		warnings.add(warning);
		return this;
	}

	public List<String> warnings() {
		return List.copyOf(warnings);
	}

	/** "12 documents, 340 spans and 2 relations" */
	public String describeCounts() {
		List<String> parts = counts.entrySet().stream().map(e -> e.getValue() + " " + (e.getValue() == 1 ? singular(e.getKey()) : e.getKey()))
				.collect(Collectors.toList());
		if (parts.size() <= 1) {
			return parts.isEmpty() ? "nothing" : parts.get(0);
		}
		return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
	}

	/** "documents" to "document", "text-bound annotations" to "text-bound annotation". */
	private static String singular(String kind) {
		return kind.endsWith("s") && !kind.endsWith("ss") ? kind.substring(0, kind.length() - 1) : kind;
	}

	@Override
	public String toString() {
		return describeCounts() + " (" + output + ")";
	}
}
