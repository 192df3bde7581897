/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.collatio.share.merge.Conflict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@value SharedCorpus#CONFLICTS_FILE} at the corpus root: the conflicts no merge could resolve,
 * committed with the merge so that every coder sees them.
 *
 * <pre>
 * {"conflicts": [{"path": "corpus.xmi", "kind": "Proposition", "id": "p1", "feature": "statement",
 *                 "base": "...", "mine": "...", "theirs": "...", "mineBy": "Alice", "theirsBy": "Bob"}]}
 * </pre>
 *
 * "mine" is the value of the coder who merged ("mineBy"), kept in the merged file until someone
 * resolves the conflict and removes its entry. When both sides changed the file, an entry is kept
 * if both have it or one side added it; an entry one side removed (resolved) stays removed.
 */
final class ConflictsFile {

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private ConflictsFile() {
	}

	/** A conflict as recorded, with who kept which value. */
	record Entry(Conflict conflict, String mineBy, String theirsBy) {
	}

	static List<Entry> read(byte[] bytes) throws IOException {
		List<Entry> entries = new ArrayList<>();
		if (bytes == null || bytes.length == 0) {
			return entries;
		}
		JsonNode root = JSON.readTree(bytes);
		JsonNode list = root == null ? null : root.get("conflicts");
		if (list == null || !list.isArray()) {
			throw new IOException("not a list of conflicts");
		}
		for (JsonNode node : list) {
			entries.add(new Entry(new Conflict(text(node, "path"), text(node, "kind"), text(node, "id"), text(node, "feature"), text(node, "base"),
					text(node, "mine"), text(node, "theirs")), text(node, "mineBy"), text(node, "theirsBy")));
		}
		return entries;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asText();
	}

	static byte[] write(List<Entry> entries) throws IOException {
		ObjectNode root = JSON.createObjectNode();
		ArrayNode list = root.putArray("conflicts");
		for (Entry entry : entries) {
			Conflict c = entry.conflict();
			ObjectNode node = list.addObject();
			node.put("path", c.path());
			node.put("kind", c.kind());
			node.put("id", c.id());
			node.put("feature", c.feature());
			node.put("base", c.base());
			node.put("mine", c.mine());
			node.put("theirs", c.theirs());
			node.put("mineBy", entry.mineBy());
			node.put("theirsBy", entry.theirsBy());
		}
		return (JSON.writeValueAsString(root) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	/**
	 * The entries after a merge: the three-way merge of the recorded entries as a set, then the new
	 * conflicts of this merge. Null when there are none (no file).
	 */
	static byte[] merge(byte[] base, byte[] mine, byte[] theirs, List<Entry> added) throws IOException {
		List<Entry> baseEntries = read(base);
		List<Entry> mineEntries = read(mine);
		List<Entry> theirEntries = read(theirs);
		Set<Entry> result = new LinkedHashSet<>();
		for (Entry entry : mineEntries) {
			if (theirEntries.contains(entry) || !baseEntries.contains(entry)) {
				result.add(entry);
			}
		}
		for (Entry entry : theirEntries) {
			if (!baseEntries.contains(entry)) {
				result.add(entry);
			}
		}
		result.addAll(added);
		return result.isEmpty() ? null : write(List.copyOf(result));
	}
}
