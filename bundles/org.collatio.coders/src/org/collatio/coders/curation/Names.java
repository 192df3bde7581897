/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.curation;

import java.util.HashMap;
import java.util.Map;

import org.collatio.core.tags.Tags;
import org.collatio.model.Corpus;
import org.collatio.model.Entity;
import org.collatio.model.Proposition;
import org.collatio.model.Tag;

/**
 * What corpus.xmi calls the objects a layer refers to by id: tags, entities and propositions, copied
 * as plain strings (a layer file read apart from the live model holds only their ids).
 *
 * @param tags         tag id to tag name
 * @param entities     entity id to canonical name
 * @param propositions proposition id to statement
 */
public record Names(Map<String, String> tags, Map<String, String> entities, Map<String, String> propositions) {

	/** No names: every object is shown by its id. */
	public static final Names NONE = new Names(Map.of(), Map.of(), Map.of());

	public Names {
		tags = Map.copyOf(tags);
		entities = Map.copyOf(entities);
		propositions = Map.copyOf(propositions);
	}

	/** The names of a corpus (on the thread that owns it; cost: its tags, entities and propositions). */
	public static Names of(Corpus corpus) {
		Map<String, String> tags = new HashMap<>();
		for (Tag tag : Tags.all(corpus)) {
			put(tags, tag.getId(), tag.getName());
		}
		Map<String, String> entities = new HashMap<>();
		for (Entity entity : corpus.getEntities()) {
			put(entities, entity.getId(), entity.getCanonicalName());
		}
		Map<String, String> propositions = new HashMap<>();
		for (Proposition proposition : corpus.getPropositions()) {
			put(propositions, proposition.getId(), proposition.getStatement());
		}
		return new Names(tags, entities, propositions);
	}

	private static void put(Map<String, String> names, String id, String name) {
		if (id != null) {
			names.put(id, name == null ? id : name);
		}
	}

	public String tag(String id) {
		return name(tags, id);
	}

	public String entity(String id) {
		return name(entities, id);
	}

	public String proposition(String id) {
		return name(propositions, id);
	}

	private static String name(Map<String, String> names, String id) {
		return id == null ? null : names.getOrDefault(id, id);
	}
}
