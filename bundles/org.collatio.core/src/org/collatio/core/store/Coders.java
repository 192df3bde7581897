/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.store;

import java.util.HashSet;
import java.util.Set;

import org.collatio.model.Annotator;
import org.collatio.model.CollatioFactory;
import org.collatio.model.Corpus;

/**
 * The coders of a corpus: its {@link Annotator}s. The first one owns the layer whose files carry no
 * mark (the annotations made before the corpus had coders).
 */
public final class Coders {

	private Coders() {
	}

	/** The first coder, or null. */
	public static Annotator first(Corpus corpus) {
		return corpus.getAnnotators().isEmpty() ? null : corpus.getAnnotators().get(0);
	}

	/** The coder with this display name (ignoring case), or null. */
	public static Annotator find(Corpus corpus, String name) {
		if (name == null) {
			return null;
		}
		for (Annotator annotator : corpus.getAnnotators()) {
			if (name.strip().equalsIgnoreCase(annotator.getName() == null ? "" : annotator.getName().strip())) {
				return annotator;
			}
		}
		return null;
	}

	/** The coder with this id, or null. */
	public static Annotator byId(Corpus corpus, String id) {
		for (Annotator annotator : corpus.getAnnotators()) {
			if (annotator.getId() != null && annotator.getId().equals(id)) {
				return annotator;
			}
		}
		return null;
	}

	/** Adds a coder with a new id made from the name (see {@link Layers#coderId}). */
	public static Annotator register(Corpus corpus, String name) {
		Set<String> taken = new HashSet<>();
		corpus.getAnnotators().forEach(a -> taken.add(a.getId()));
		Annotator annotator = CollatioFactory.eINSTANCE.createAnnotator();
		annotator.setId(Layers.coderId(name, taken));
		annotator.setName(name.strip());
		corpus.getAnnotators().add(annotator);
		return annotator;
	}

	/** The layer a user names: {@link Layers#CURATED}, a coder's id, or a coder's name (any case); null if none. */
	public static String layerNamed(Corpus corpus, String nameOrId) {
		if (nameOrId == null) {
			return null;
		}
		String wanted = nameOrId.strip();
		if (Layers.CURATED.equalsIgnoreCase(wanted)) {
			return Layers.CURATED;
		}
		Annotator coder = byId(corpus, wanted);
		coder = coder != null ? coder : find(corpus, wanted);
		return coder == null ? null : coder.getId();
	}

	/** "Alice (alice), Bob (bob)", or "no coder". */
	public static String list(Corpus corpus) {
		java.util.List<String> names = corpus.getAnnotators().stream().map(a -> a.getName() + " (" + a.getId() + ")").toList();
		return names.isEmpty() ? "no coder" : String.join(", ", names);
	}

	/** A coder's display name, or the layer name itself when no coder has it (the curated layer). */
	public static String displayName(Corpus corpus, String layer) {
		if (Layers.CURATED.equals(layer)) {
			return "Curated";
		}
		Annotator annotator = byId(corpus, layer);
		return annotator == null || annotator.getName() == null ? String.valueOf(layer) : annotator.getName();
	}
}
