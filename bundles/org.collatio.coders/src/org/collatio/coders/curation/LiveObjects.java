/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.curation;

import java.util.HashMap;
import java.util.Map;

import org.collatio.core.tags.Tags;
import org.collatio.model.Annotator;
import org.collatio.model.Corpus;
import org.collatio.model.Entity;
import org.collatio.model.Proposition;
import org.collatio.model.Tag;

/** The live objects of corpus.xmi by id: what a version names by id becomes these when it is accepted. */
final class LiveObjects {

	final Corpus corpus;
	private final Map<String, Tag> tags = new HashMap<>();
	private final Map<String, Entity> entities = new HashMap<>();
	private final Map<String, Proposition> propositions = new HashMap<>();
	private final Map<String, Annotator> annotators = new HashMap<>();

	private LiveObjects(Corpus corpus) {
		this.corpus = corpus;
		Tags.all(corpus).forEach(tag -> tags.putIfAbsent(tag.getId(), tag));
		corpus.getEntities().forEach(entity -> entities.putIfAbsent(entity.getId(), entity));
		corpus.getPropositions().forEach(proposition -> propositions.putIfAbsent(proposition.getId(), proposition));
		corpus.getAnnotators().forEach(annotator -> annotators.putIfAbsent(annotator.getId(), annotator));
	}

	static LiveObjects of(Corpus corpus) {
		return new LiveObjects(corpus);
	}

	Tag tag(String id) {
		return id == null ? null : tags.get(id);
	}

	Entity entity(String id) {
		return id == null ? null : entities.get(id);
	}

	Proposition proposition(String id) {
		return id == null ? null : propositions.get(id);
	}

	/** The coder recorded on the version, else the coder whose layer it comes from. */
	Annotator annotator(String id, String layer) {
		Annotator annotator = id == null ? null : annotators.get(id);
		return annotator != null ? annotator : annotators.get(layer);
	}
}
