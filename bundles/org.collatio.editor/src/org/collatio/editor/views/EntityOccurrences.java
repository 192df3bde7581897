/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.collatio.core.derived.ClaimIndex;
import org.collatio.core.derived.ClaimRecord;
import org.collatio.core.derived.DocumentRecords;
import org.collatio.core.derived.MentionRecord;
import org.collatio.model.Corpus;
import org.collatio.model.Document;
import org.collatio.model.Entity;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Where each entity occurs across the corpus: the claims it made or relayed, and its mentions, found
 * in the corpus's claim index (no document is loaded for it).
 */
final class EntityOccurrences {

	/** One occurrence: a document, the entity's role there, where it shows (begin, end; -1 when nowhere) and that text. */
	record Occurrence(Document document, String role, int begin, int end, String text) {

		boolean isClaim() {
			return !"mention".equals(role);
		}
	}

	/**
	 * What the occurrences need, taken on the UI thread: the claim index (immutable) and the entities
	 * and documents as handles by id.
	 */
	record Snapshot(ClaimIndex index, Map<String, Entity> entities, Map<String, Document> documents) {
	}

	private EntityOccurrences() {
	}

	/** The snapshot of a corpus and its claim index (UI thread; time proportional to corpus.xmi). */
	static Snapshot snapshot(Corpus corpus, ClaimIndex index) {
		Map<String, Entity> entities = new HashMap<>();
		corpus.getEntities().forEach(e -> entities.put(e.getId(), e));
		Map<String, Document> documents = new HashMap<>();
		corpus.getDocuments().forEach(d -> documents.put(d.getId(), d));
		return new Snapshot(index, Map.copyOf(entities), Map.copyOf(documents));
	}

	/** Every entity's occurrences in a snapshot: reads no live model object, so it runs in a job. */
	static Map<Entity, List<Occurrence>> of(Snapshot snapshot, IProgressMonitor monitor) {
		List<String> ids = List.copyOf(snapshot.index().documentIds());
		SubMonitor progress = SubMonitor.convert(monitor, "Finding entity occurrences", ids.size());
		Map<Entity, List<Occurrence>> occurrences = new HashMap<>();
		for (String id : ids) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			Document document = snapshot.documents().get(id);
			DocumentRecords records = snapshot.index().get(id);
			if (document == null || records == null) {
				continue;
			}
			for (ClaimRecord claim : records.claims()) {
				String quote = claim.quote() == null ? "" : claim.quote();
				// the quote begins with the text of the claim's first span, where the occurrence is shown
				int length = claim.begin() < 0 ? 0 : Math.min(quote.length(), claim.end() - claim.begin());
				String text = quote.substring(0, length).replaceAll("\\s+", " ");
				add(occurrences, snapshot, claim.speakerId(), new Occurrence(document, "speaker", claim.begin(), claim.end(), text));
				if (claim.viaId() != null && !claim.viaId().equals(claim.speakerId())) {
					add(occurrences, snapshot, claim.viaId(), new Occurrence(document, "via", claim.begin(), claim.end(), text));
				}
			}
			for (MentionRecord mention : records.mentions()) {
				add(occurrences, snapshot, mention.entityId(),
						new Occurrence(document, "mention", mention.begin(), mention.end(), mention.text().replaceAll("\\s+", " ")));
			}
			progress.worked(1);
		}
		return occurrences;
	}

	private static void add(Map<Entity, List<Occurrence>> occurrences, Snapshot snapshot, String entityId, Occurrence occurrence) {
		Entity entity = entityId == null ? null : snapshot.entities().get(entityId);
		if (entity != null) {
			occurrences.computeIfAbsent(entity, e -> new ArrayList<>()).add(occurrence);
		}
	}
}
