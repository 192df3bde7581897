/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.collatio.core.tags.Tags;
import org.collatio.model.Corpus;
import org.collatio.model.Entity;
import org.collatio.model.Proposition;
import org.collatio.model.Tag;

/**
 * The names the index gives to what documents refer to in corpus.xmi, by object id: tags (name and
 * code), entities (canonical name and aliases), propositions (statement). Immutable: taken on the
 * thread that owns the model, read on any. The index compares the names of two saves to find the
 * objects that were renamed, and reads names from here for references it does not resolve.
 */
final class IndexNames {

	record TagName(String name, String code) {
	}

	record EntityName(String canonicalName, List<String> aliases) {
	}

	static final IndexNames EMPTY = new IndexNames(Map.of(), Map.of(), Map.of());

	private final Map<String, TagName> tags;
	private final Map<String, EntityName> entities;
	private final Map<String, String> propositions;

	private IndexNames(Map<String, TagName> tags, Map<String, EntityName> entities, Map<String, String> propositions) {
		this.tags = tags;
		this.entities = entities;
		this.propositions = propositions;
	}

	/** The names as they are now in the corpus (on the thread that owns it; time proportional to the names). */
	static IndexNames of(Corpus corpus) {
		Map<String, TagName> tags = new HashMap<>();
		for (Tag tag : Tags.all(corpus)) {
			if (tag.getId() != null) {
				tags.put(tag.getId(), new TagName(tag.getName(), tag.getCode()));
			}
		}
		Map<String, EntityName> entities = new HashMap<>();
		for (Entity entity : corpus.getEntities()) {
			if (entity.getId() != null) {
				entities.put(entity.getId(), new EntityName(entity.getCanonicalName(), List.copyOf(entity.getAliases())));
			}
		}
		Map<String, String> propositions = new HashMap<>();
		for (Proposition proposition : corpus.getPropositions()) {
			if (proposition.getId() != null) {
				propositions.put(proposition.getId(), proposition.getStatement() == null ? "" : proposition.getStatement());
			}
		}
		return new IndexNames(tags, entities, propositions);
	}

	TagName tag(String id) {
		return id == null ? null : tags.get(id);
	}

	EntityName entity(String id) {
		return id == null ? null : entities.get(id);
	}

	String proposition(String id) {
		return id == null ? null : propositions.get(id);
	}

	/** The ids whose names differ between {@code older} and these: renamed, added or removed. */
	Set<String> changedSince(IndexNames older) {
		Set<String> changed = new HashSet<>();
		diff(older.tags, tags, changed);
		diff(older.entities, entities, changed);
		diff(older.propositions, propositions, changed);
		return changed;
	}

	private static <V> void diff(Map<String, V> before, Map<String, V> after, Set<String> into) {
		for (Map.Entry<String, V> entry : after.entrySet()) {
			if (!Objects.equals(entry.getValue(), before.get(entry.getKey()))) {
				into.add(entry.getKey());
			}
		}
		for (String id : before.keySet()) {
			if (!after.containsKey(id)) {
				into.add(id);
			}
		}
	}
}
