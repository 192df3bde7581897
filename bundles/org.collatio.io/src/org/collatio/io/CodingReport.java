/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What {@link CodingImport} did: whose coding it added and as which layer ({@code coderId}, the
 * coder's id in this corpus), how much of it (the layer's documents, spans, claims, mentions and
 * relations; {@code removedDocuments}: annotation files of that layer the coding no longer has),
 * the shared objects it added by kind ("coders", "tag sets", "tags", "entities", "propositions"),
 * the clashes (same id, different fields: this corpus's version was kept) and notes (an id given
 * anew because it was taken here).
 */
public record CodingReport(Path file, String coderName, String coderId, boolean coderAdded, int documents, int spans, int claims, int mentions,
		int relations, int removedDocuments, Map<String, Integer> added, List<Clash> clashes, List<String> notes) {

	/** A shared object that both corpora have under one id, with a field that differs; this corpus's value was kept. */
	public record Clash(String kind, String id, String field, String ours, String theirs) {

		/** "entity putin, description: this corpus has "X", the coding "Y"" */
		public String describe() {
			return kind + " " + id + ", " + field + ": this corpus has " + ours + ", the coding " + theirs;
		}
	}

	public CodingReport {
		added = Map.copyOf(added);
		clashes = List.copyOf(clashes);
		notes = List.copyOf(notes);
	}

	/** How many shared objects of a kind were added (0 when none). */
	public int added(String kind) {
		return added.getOrDefault(kind, 0);
	}

	/** "1 entity and 2 propositions", or "nothing" (kinds in a fixed order). */
	public String describeAdded() {
		List<String> parts = List.of("coders", "tag sets", "tags", "entities", "propositions").stream().filter(kind -> added(kind) > 0)
				.map(kind -> added(kind) + " " + (added(kind) == 1 ? singular(kind) : kind)).collect(Collectors.toList());
		if (parts.size() <= 1) {
			return parts.isEmpty() ? "nothing" : parts.get(0);
		}
		return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
	}

	private static String singular(String kind) {
		return kind.equals("entities") ? "entity" : kind.substring(0, kind.length() - 1);
	}
}
