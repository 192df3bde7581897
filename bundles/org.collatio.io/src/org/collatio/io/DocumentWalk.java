/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Claim;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.Mention;
import org.collatio.model.SpanAnnotation;

/**
 * Visits documents one at a time with their text and annotations, unloading each again unless it
 * was in memory before (an open editor's), so an export of any size holds one document at a time.
 */
final class DocumentWalk {

	@FunctionalInterface
	interface Visitor {
		void visit(Document document, DocumentContent content) throws IOException, CorpusException;
	}

	/** Visits a document with its text and its layers ({@link ExportLayers#of}; exporting every layer, possibly none). */
	@FunctionalInterface
	interface LayersVisitor {
		void visit(Document document, String text, List<ExportLayers.Layer> layers) throws IOException, CorpusException;
	}

	private DocumentWalk() {
	}

	/** {@link #each(CorpusStore, List, Progress, Visitor)}, each document with the layers an export writes. */
	static void each(CorpusStore store, List<Document> documents, ExportLayers layers, Progress progress, LayersVisitor visitor)
			throws IOException, CorpusException {
		each(store, documents, progress, (document, content) -> visitor.visit(document, content.getText(), layers.of(document, content)));
	}

	static void each(CorpusStore store, List<Document> documents, Progress progress, Visitor visitor) throws IOException, CorpusException {
		for (Document document : documents) {
			progress.checkCanceled();
			boolean loaded = store.isContentLoaded(document);
			try {
				DocumentContent content = store.getContent(document);
				check(store, document, content);
				visitor.visit(document, content);
			} finally {
				if (!loaded) {
					store.unloadContent(document);
				}
			}
			progress.worked(document.getId());
		}
	}

	/**
	 * Refuses a damaged document before any exporter reads offsets from it: a span outside its text,
	 * a claim or mention whose span is not one of the document's, a text whose length is not what
	 * corpus.xmi says. The failure names the document's file, and the export writes nothing.
	 */
	static void check(CorpusStore store, Document document, DocumentContent content) throws CorpusException {
		String text = content.getText();
		int length = text == null ? -1 : text.length();
		if (text == null || document.getLength() != length) {
			throw new CorpusException(store.getLayout().textFile(document.getId()), "damaged: its text has " + length
					+ " UTF-16 units, corpus.xmi says " + document.getLength() + "; the document cannot be exported");
		}
		Set<SpanAnnotation> spans = new HashSet<>(content.getSpans());
		for (SpanAnnotation span : content.getSpans()) {
			if (span.getBegin() < 0 || span.getEnd() < span.getBegin() || span.getEnd() > length) {
				throw damaged(store, document, "span " + span.getId() + " at " + span.getBegin() + "-" + span.getEnd() + " lies outside its text ("
						+ length + " UTF-16 units)");
			}
		}
		for (Claim claim : content.getClaims()) {
			for (SpanAnnotation span : claim.getSpans()) {
				if (!spans.contains(span)) {
					throw damaged(store, document, "claim " + claim.getId() + " refers to a span that is not one of the document's");
				}
			}
		}
		for (Mention mention : content.getMentions()) {
			if (mention.getSpan() != null && !spans.contains(mention.getSpan())) {
				throw damaged(store, document, "mention " + mention.getId() + " refers to a span that is not one of the document's");
			}
		}
	}

	private static CorpusException damaged(CorpusStore store, Document document, String problem) {
		return new CorpusException(store.getLayout().contentFile(document.getId()), "damaged: " + problem + "; the document cannot be exported");
	}
}
