/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.collatio.core.store.CorpusLayout;

/**
 * Says in a few words what a set of changed files is to a coder: "3 documents annotated, corpus.xmi
 * (entities, propositions)". Documents are counted once whatever layers of them changed.
 */
final class ChangeSummary {

	private static final String DOCUMENTS = CorpusLayout.DOCUMENTS_FOLDER + "/";

	private ChangeSummary() {
	}

	/**
	 * @param changes the changed files
	 * @param corpusParts what changed in corpus.xmi ({@link CorpusFeatures}), empty if unknown
	 */
	static String describe(List<Change> changes, List<String> corpusParts) {
		Set<String> added = new TreeSet<>();
		Set<String> removed = new TreeSet<>();
		Set<String> annotated = new TreeSet<>();
		Set<String> unannotated = new TreeSet<>();
		List<String> parts = new ArrayList<>();
		List<String> others = new ArrayList<>();
		String corpus = null;
		for (Change change : changes) {
			String path = change.path();
			String name = path.startsWith(DOCUMENTS) && path.indexOf('/', DOCUMENTS.length()) < 0 ? path.substring(DOCUMENTS.length()) : null;
			if (name != null && name.endsWith(".txt")) {
				(change.kind() == Change.Kind.DELETED ? removed : added).add(name);
			} else if (name != null && CorpusLayout.parse(name).isPresent()) {
				String document = CorpusLayout.parse(name).get().documentId();
				(change.kind() == Change.Kind.DELETED ? unannotated : annotated).add(document);
			} else if (path.equals(CorpusLayout.CORPUS_FILE)) {
				corpus = change.kind() == Change.Kind.ADDED ? CorpusLayout.CORPUS_FILE
						: corpusParts.isEmpty() ? CorpusLayout.CORPUS_FILE : CorpusLayout.CORPUS_FILE + " (" + String.join(", ", corpusParts) + ")";
			} else {
				others.add(path);
			}
		}
		count(parts, added.size(), "document added", "documents added");
		count(parts, removed.size(), "document removed", "documents removed");
		count(parts, annotated.size(), "document annotated", "documents annotated");
		if (!unannotated.isEmpty()) {
			parts.add("annotations of " + unannotated.size() + (unannotated.size() == 1 ? " document" : " documents") + " removed");
		}
		if (corpus != null) {
			parts.add(corpus);
		}
		if (others.size() <= 3) {
			parts.addAll(others);
		} else {
			parts.add(others.size() + " other files");
		}
		return parts.isEmpty() ? "no changes" : String.join(", ", parts);
	}

	private static void count(List<String> parts, int count, String one, String many) {
		if (count > 0) {
			parts.add(count == 1 ? "1 " + one : count + " " + many);
		}
	}
}
