/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.foreign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Document;

/**
 * Which document of an existing corpus a foreign document is. The rule: annotations are added only
 * to a document whose text is <em>identical</em> (offsets are never moved); among several such
 * documents, the one whose name (id, or the file it was imported from) equals the foreign file's
 * stem wins, else the first. A document of the same name whose text differs is not a match: the
 * foreign document is added as a new one, and the survey says so ({@link Match#sameNameOtherText}).
 * Candidates are found by text length (recorded in corpus.xmi); only their text files are read.
 */
public final class DocumentMatcher {

	/** The outcome for one foreign document: the existing document's id, or null (new), and a name clash when there is one. */
	public record Match(String documentId, String sameNameOtherText) {

		public boolean isNew() {
			return documentId == null;
		}
	}

	private record Known(String id, String stem) {
	}

	private final CorpusStore store;
	private final Map<Integer, List<Known>> byLength = new HashMap<>();
	private final Map<String, Known> byStem = new HashMap<>();

	private DocumentMatcher(CorpusStore store) {
		this.store = store;
	}

	/** A matcher that matches nothing (an import into a new corpus). */
	public static DocumentMatcher none() {
		return new DocumentMatcher(null);
	}

	/** The store's documents as plain values; taken on the thread that owns the store. */
	public static DocumentMatcher of(CorpusStore store) {
		DocumentMatcher matcher = new DocumentMatcher(store);
		for (Document document : store.getCorpus().getDocuments()) {
			matcher.remember(document);
		}
		return matcher;
	}

	/** Takes a document added since into account. */
	void remember(Document document) {
		String from = document.getImportedFrom();
		Known known = new Known(document.getId(), from == null ? document.getId() : stem(from));
		byLength.computeIfAbsent(document.getLength(), length -> new ArrayList<>()).add(known);
		byStem.putIfAbsent(document.getId(), known);
		byStem.putIfAbsent(known.stem(), known);
	}

	/** The file name without folders and extension: "ann/doc1.txt" and "doc1.xmi" are both "doc1". */
	public static String stem(String name) {
		String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		int dot = file.lastIndexOf('.');
		return dot > 0 ? file.substring(0, dot) : file;
	}

	public Match match(ForeignDocument document) throws CorpusException {
		if (store == null) {
			return new Match(null, null);
		}
		String stem = stem(document.name());
		List<String> identical = new ArrayList<>();
		for (Known known : byLength.getOrDefault(document.text().length(), List.of())) {
			Document existing = store.findDocument(known.id());
			if (existing != null && store.readText(existing).equals(document.text())) {
				if (known.stem().equals(stem) || known.id().equals(stem)) {
					return new Match(known.id(), null);
				}
				identical.add(known.id());
			}
		}
		if (!identical.isEmpty()) {
			return new Match(identical.get(0), null);
		}
		Known sameName = byStem.get(stem);
		return new Match(null, sameName == null ? null : sameName.id());
	}
}
