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

	/** Every entity's occurrences, reading the documents that have annotations (an unreadable one is skipped). */
	static Map<Entity, List<Occurrence>> of(CorpusStore store) {
		Map<Entity, List<Occurrence>> occurrences = new HashMap<>();
		if (store == null) {
			return occurrences;
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
			for (Claim claim : content.getClaims()) {
				SpanAnnotation span = claim.getSpans().isEmpty() ? null : claim.getSpans().get(0);
				add(occurrences, claim.getSpeaker(), document, "speaker", span, content);
				if (claim.getVia() != claim.getSpeaker()) {
					add(occurrences, claim.getVia(), document, "via", span, content);
				}
			}
			for (Mention mention : content.getMentions()) {
				add(occurrences, mention.getEntity(), document, "mention", mention.getSpan(), content);
			}
		}
		return occurrences;
	}

	private static void add(Map<Entity, List<Occurrence>> occurrences, Entity entity, Document document, String role, SpanAnnotation span,
			DocumentContent content) {
		if (entity != null) {
			String text = span == null ? "" : content.getText().substring(span.getBegin(), span.getEnd()).replaceAll("\\s+", " ");
			occurrences.computeIfAbsent(entity, e -> new ArrayList<>()).add(new Occurrence(document, role, span, text));
		}
	}
}
