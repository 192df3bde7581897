/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.suggest;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The suggestions a coder rejected, per document, kept in one JSON file per layer (the caller names
 * it: the corpus's derived folder): {@code {"DOC": ["begin-end", ...]}}. A rejection names the
 * claimed range, so the same suggestion is not offered again however the rules evolve around it.
 * Saved atomically (a temporary file renamed over the old one). Not thread-safe: one owner.
 */
public final class RejectedSuggestions {

	private final Path file;
	private final Map<String, Set<String>> rejected = new TreeMap<>();

	private RejectedSuggestions(Path file) {
		this.file = file;
	}

	/** Reads the file (none yet: nothing rejected). A file that cannot be read is reported with its name. */
	public static RejectedSuggestions read(Path file) throws IOException {
		RejectedSuggestions result = new RejectedSuggestions(file);
		if (Files.isRegularFile(file)) {
			JsonNode root;
			try {
				root = new ObjectMapper().readTree(file.toFile());
			} catch (IOException e) {
				throw new IOException(file + ": not a list of rejected suggestions (" + e.getMessage() + ")", e);
			}
			if (root != null && root.isObject()) {
				root.fields().forEachRemaining(entry -> {
					Set<String> ranges = new TreeSet<>();
					entry.getValue().forEach(range -> ranges.add(range.asText()));
					result.rejected.put(entry.getKey(), ranges);
				});
			}
		}
		return result;
	}

	public boolean isRejected(String document, int begin, int end) {
		return rejected.getOrDefault(document, Set.of()).contains(key(begin, end));
	}

	/** Remembers rejections of a document (call {@link #save()} to keep them). */
	public void reject(String document, List<int[]> ranges) {
		Set<String> set = rejected.computeIfAbsent(document, d -> new TreeSet<>());
		ranges.forEach(r -> set.add(key(r[0], r[1])));
	}

	/** Takes rejections back (an undone rejection). */
	public void restore(String document, List<int[]> ranges) {
		Set<String> set = rejected.getOrDefault(document, new HashSet<>());
		ranges.forEach(r -> set.remove(key(r[0], r[1])));
	}

	/** Writes the file: a temporary file in the same folder, renamed over the old one. */
	public void save() throws IOException {
		ObjectMapper json = new ObjectMapper();
		ObjectNode root = json.createObjectNode();
		rejected.forEach((document, ranges) -> {
			if (!ranges.isEmpty()) {
				ArrayNode list = root.putArray(document);
				ranges.forEach(list::add);
			}
		});
		Files.createDirectories(file.getParent());
		Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
		try {
			Files.write(temporary, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
			try {
				Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static String key(int begin, int end) {
		return begin + "-" + end;
	}
}
