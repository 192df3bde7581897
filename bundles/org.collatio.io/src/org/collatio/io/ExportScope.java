/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.collatio.core.store.CorpusStore;
import org.collatio.model.Document;

/**
 * What an export covers: the whole corpus, or some of its documents (by id); and the layer the
 * store works on, or every layer ({@code everyLayer}: every coder's and the curated one, where the
 * format holds layers, see {@link ExportFormat#holdsLayers()}). Corpus-wide things (tag sets,
 * entities, propositions) are always exported; claim relations only when both of their claims are
 * in scope.
 */
public record ExportScope(List<String> documentIds, boolean everyLayer) {

	/** Every document of the corpus, in the layer the store works on. */
	public static final ExportScope WHOLE_CORPUS = new ExportScope(null, false);

	public ExportScope {
		documentIds = documentIds == null ? null : List.copyOf(new LinkedHashSet<>(documentIds));
	}

	/** Some documents (null: every one), in the layer the store works on. */
	public ExportScope(List<String> documentIds) {
		this(documentIds, false);
	}

	public static ExportScope of(List<String> documentIds) {
		return new ExportScope(documentIds);
	}

	/** The same documents, in every layer ({@code true}) or in the layer the store works on. */
	public ExportScope withEveryLayer(boolean every) {
		return new ExportScope(documentIds, every);
	}

	public boolean isWholeCorpus() {
		return documentIds == null;
	}

	/** The documents in scope, in corpus order; an id the corpus does not have is an error naming it. */
	public List<Document> documents(CorpusStore store) {
		if (isWholeCorpus()) {
			return List.copyOf(store.getCorpus().getDocuments());
		}
		Set<String> wanted = new LinkedHashSet<>(documentIds);
		List<Document> documents = new ArrayList<>();
		for (Document document : store.getCorpus().getDocuments()) {
			if (wanted.remove(document.getId())) {
				documents.add(document);
			}
		}
		if (!wanted.isEmpty()) {
			throw new IllegalArgumentException("the corpus has no document " + String.join(", ", wanted));
		}
		return documents;
	}
}
