/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Claim;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.Mention;
import org.collatio.model.SpanAnnotation;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/** Where each entity occurs across the corpus: the claims it made or relayed, and its mentions. */
final class EntityOccurrences {

	/** One occurrence: a document, the entity's role there and the span that shows it. */
	record Occurrence(Document document, String role, SpanAnnotation span, String text) {

		boolean isClaim() {
			return !"mention".equals(role);
		}
	}

	private EntityOccurrences() {
	}

	/** Where an entity occurs in one document, as handles and offsets: the text is read by {@link #of(List, IProgressMonitor)}. */
	record Place(Entity entity, String role, SpanAnnotation span, int begin, int end) {
	}

	/**
	 * One annotated document as copied on the UI thread: the document (a handle), its text (an
	 * immutable String) and where entities occur in it.
	 */
	record DocumentFacts(Document document, String text, List<Place> places) {
	}

	/** Copies what the occurrences need (UI thread), reading the documents that have annotations (an unreadable one is skipped). */
	static List<DocumentFacts> snapshot(CorpusStore store) {
		List<DocumentFacts> documents = new ArrayList<>();
		if (store == null) {
			return documents;
		}
		for (Document document : store.getCorpus().getDocuments()) {
			if (!store.hasAnnotations(document)) {
				continue;
			}
			DocumentContent content;
			try {
				content = store.getContent(document);
			} catch (CorpusException e) {
				continue; // reported where the document is opened
			}
			List<Place> places = new ArrayList<>();
			for (Claim claim : content.getClaims()) {
				SpanAnnotation span = claim.getSpans().isEmpty() ? null : claim.getSpans().get(0);
				place(places, claim.getSpeaker(), "speaker", span);
				if (claim.getVia() != claim.getSpeaker()) {
					place(places, claim.getVia(), "via", span);
				}
			}
			for (Mention mention : content.getMentions()) {
				place(places, mention.getEntity(), "mention", mention.getSpan());
			}
			documents.add(new DocumentFacts(document, content.getText(), List.copyOf(places)));
		}
		return documents;
	}

	private static void place(List<Place> places, Entity entity, String role, SpanAnnotation span) {
		if (entity != null) {
			places.add(new Place(entity, role, span, span == null ? 0 : span.getBegin(), span == null ? 0 : span.getEnd()));
		}
	}

	/** Every entity's occurrences in a snapshot: reads no live model object, so it runs in a job. */
	static Map<Entity, List<Occurrence>> of(List<DocumentFacts> documents, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Finding entity occurrences", documents.size());
		Map<Entity, List<Occurrence>> occurrences = new HashMap<>();
		for (DocumentFacts document : documents) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			for (Place place : document.places()) {
				String text = place.span() == null ? "" : document.text().substring(place.begin(), place.end()).replaceAll("\\s+", " ");
				occurrences.computeIfAbsent(place.entity(), e -> new ArrayList<>())
						.add(new Occurrence(document.document(), place.role(), place.span(), text));
			}
			progress.worked(1);
		}
		return occurrences;
	}

	/** Every entity's occurrences, read and computed on the thread that owns the store. */
	static Map<Entity, List<Occurrence>> of(CorpusStore store) {
		return of(snapshot(store), null);
	}
}
