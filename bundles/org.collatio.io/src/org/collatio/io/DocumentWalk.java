/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.io.IOException;
import java.util.List;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;

/**
 * Visits documents one at a time with their text and annotations, unloading each again unless it
 * was in memory before (an open editor's), so an export of any size holds one document at a time.
 */
final class DocumentWalk {

	@FunctionalInterface
	interface Visitor {
		void visit(Document document, DocumentContent content) throws IOException, CorpusException;
	}

	private DocumentWalk() {
	}

	static void each(CorpusStore store, List<Document> documents, Progress progress, Visitor visitor) throws IOException, CorpusException {
		for (Document document : documents) {
			progress.checkCanceled();
			boolean loaded = store.isContentLoaded(document);
			try {
				visitor.visit(document, store.getContent(document));
			} finally {
				if (!loaded) {
					store.unloadContent(document);
				}
			}
			progress.worked(document.getId());
		}
	}
}
