/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.foreign;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import of another tool's annotations did, in three parts: what was <b>read</b> (documents,
 * spans, links), what was <b>written</b> (documents added, documents matched, spans, tags and tag
 * sets created), and what was <b>left out</b>, each with its reason and how often. Nothing read is
 * left out without a line here.
 */
public final class ImportSummary {

	private final Path corpus;
	private final Map<String, Integer> read = new LinkedHashMap<>();
	private final Map<String, Integer> written = new LinkedHashMap<>();
	private final Map<String, Integer> leftOut = new LinkedHashMap<>();

	public ImportSummary(Path corpus) {
		this.corpus = corpus;
	}

	public Path corpus() {
		return corpus;
	}

	void read(String kind, int n) {
		read.merge(kind, n, Integer::sum);
	}

	void wrote(String kind, int n) {
		written.merge(kind, n, Integer::sum);
	}

	void leftOut(String what, int n) {
		leftOut.merge(what, n, Integer::sum);
	}

	/** Counts of what was read: "documents", "spans", "links". */
	public int read(String kind) {
		return read.getOrDefault(kind, 0);
	}

	/** Counts of what was written: "new documents", "matched documents", "spans", "tags", "tag sets", "spans already there". */
	public int written(String kind) {
		return written.getOrDefault(kind, 0);
	}

	public Map<String, Integer> leftOut() {
		return Map.copyOf(leftOut);
	}

	/** How many items were left out, over every reason. */
	public int leftOutCount() {
		return leftOut.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** The summary in lines, for the command line and the wizard's last page. */
	public List<String> describe() {
		List<String> lines = new ArrayList<>();
		lines.add("read: " + counts(read));
		lines.add("written: " + counts(written));
		leftOut.forEach((what, n) -> lines.add("left out: " + what + (n > 1 ? " (" + n + ")" : "")));
		return lines;
	}

	private static String counts(Map<String, Integer> counts) {
		List<String> parts = new ArrayList<>();
		counts.forEach((kind, n) -> parts.add(n + " " + kind));
		return parts.isEmpty() ? "nothing" : String.join(", ", parts);
	}

	@Override
	public String toString() {
		return String.join("\n", describe());
	}
}
