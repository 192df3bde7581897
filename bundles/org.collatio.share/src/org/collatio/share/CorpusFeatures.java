/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which parts of corpus.xmi differ between two versions (entities, propositions, ...), for a commit
 * message. Reads the file as EMF writes it: each object under the corpus starts on a line of its
 * own, indented by two spaces, named by its feature. A file in another layout is simply "changed".
 */
final class CorpusFeatures {

	/** The corpus's features, in the order a message names them, with the words it uses. */
	private static final Map<String, String> WORDS = new java.util.LinkedHashMap<>();

	static {
		WORDS.put("documents", "document metadata");
		WORDS.put("tagSets", "tags");
		WORDS.put("entities", "entities");
		WORDS.put("propositions", "propositions");
		WORDS.put("relations", "relations");
		WORDS.put("annotators", "coders");
	}

	private CorpusFeatures() {
	}

	/** The words for what changed, e.g. [entities, propositions]; empty when nothing could be told apart. */
	static List<String> changed(byte[] before, byte[] after) {
		if (before == null || after == null) {
			return List.of();
		}
		Map<String, List<String>> old = chunks(before);
		Map<String, List<String>> now = chunks(after);
		List<String> words = new ArrayList<>();
		for (Map.Entry<String, String> feature : WORDS.entrySet()) {
			if (!Objects.equals(old.get(feature.getKey()), now.get(feature.getKey()))) {
				words.add(feature.getValue());
			}
		}
		boolean other = false;
		for (String name : union(old, now)) {
			if (!WORDS.containsKey(name) && !Objects.equals(old.get(name), now.get(name))) {
				other = true;
			}
		}
		if (other) {
			words.add("corpus properties");
		}
		return words;
	}

	private static List<String> union(Map<String, List<String>> a, Map<String, List<String>> b) {
		java.util.Set<String> names = new java.util.TreeSet<>(a.keySet());
		names.addAll(b.keySet());
		return List.copyOf(names);
	}

	/** The text of each top-level object, by feature; the corpus element's own attributes under "". */
	private static Map<String, List<String>> chunks(byte[] bytes) {
		Map<String, List<String>> chunks = new TreeMap<>();
		String feature = "";
		StringBuilder chunk = new StringBuilder();
		for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n", -1)) {
			if (line.length() > 3 && line.startsWith("  <") && Character.isLetter(line.charAt(3))) {
				chunks.computeIfAbsent(feature, k -> new ArrayList<>()).add(chunk.toString());
				chunk.setLength(0);
				int end = 3;
				while (end < line.length() && (Character.isLetterOrDigit(line.charAt(end)) || line.charAt(end) == ':' || line.charAt(end) == '_')) {
					end++;
				}
				feature = line.substring(3, end);
			}
			chunk.append(line).append('\n');
		}
		chunks.computeIfAbsent(feature, k -> new ArrayList<>()).add(chunk.toString());
		// the closing tag of the corpus ends the last chunk: it is the same in every version
		return chunks;
	}
}
