/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.collatio.core.derived.ClaimIndex;
import org.collatio.core.derived.ClaimKeys;
import org.collatio.core.derived.ClaimRecord;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.ClaimRelation;
import org.collatio.model.Corpus;
import org.collatio.model.Document;
import org.collatio.model.Entity;
import org.collatio.model.Proposition;
import org.collatio.model.RelationKind;
import org.collatio.model.RelationStatus;

/**
 * What the reconciliation reads of a corpus, as values a job may read: the claims as records (from a
 * {@link ClaimIndex}, so no document is loaded for it) and, copied from corpus.xmi on the thread that
 * owns the model, the names of entities, the documents' outlets and dates, and the relations keyed by
 * their claims. Taking it costs time proportional to corpus.xmi (documents' metadata, entities,
 * propositions, relations), not to the annotations. Model objects here (propositions, documents,
 * relations) are handles, handed back in the result and never read by the computation.
 */
public record ReconciliationInput(List<PropositionFacts> propositions, Map<String, PropositionFacts> propositionsById, Map<String, String> entityNames,
		Map<String, DocumentFacts> documents, List<ClaimRecord> claims, List<RelationFacts> relations) {

	/** A proposition's handle with what is shown of it: its statement, verdict and the verdict's note. */
	public record PropositionFacts(Proposition proposition, String statement, org.collatio.model.Verdict verdict, String verdictNote) {
	}

	/** A document's handle with its outlet (its id when it has none) and publication date ("" when unknown). */
	public record DocumentFacts(Document document, String outlet, String published) {
	}

	/** A relation that counts (not a dismissal): its handle, its claims by key, its kind. */
	public record RelationFacts(ClaimRelation relation, String sourceKey, String targetKey, RelationKind kind) {
	}

	public ReconciliationInput {
		propositions = List.copyOf(propositions);
		propositionsById = Map.copyOf(propositionsById);
		entityNames = Map.copyOf(entityNames);
		documents = Map.copyOf(documents);
		claims = java.util.Collections.unmodifiableList(claims); // a view over the immutable claim index: not copied
		relations = List.copyOf(relations);
	}

	/** The input from a claim index and the corpus file's objects: on the thread that owns the model. */
	public static ReconciliationInput of(Corpus corpus, ClaimIndex index) {
		List<PropositionFacts> propositions = new ArrayList<>();
		Map<String, PropositionFacts> propositionsById = new HashMap<>();
		for (Proposition p : corpus.getPropositions()) {
			PropositionFacts facts = new PropositionFacts(p, p.getStatement(), p.getVerdict(), p.getVerdictNote());
			propositions.add(facts);
			propositionsById.put(p.getId(), facts);
		}
		Map<String, String> entityNames = new HashMap<>();
		for (Entity entity : corpus.getEntities()) {
			entityNames.put(entity.getId(), entity.getCanonicalName() == null ? "" : entity.getCanonicalName());
		}
		Map<String, DocumentFacts> documents = new HashMap<>();
		for (Document document : corpus.getDocuments()) {
			documents.put(document.getId(), new DocumentFacts(document, document.getOutlet() == null ? document.getId() : document.getOutlet(),
					document.getPublicationDate() == null ? "" : document.getPublicationDate()));
		}
		List<RelationFacts> relations = new ArrayList<>();
		for (ClaimRelation relation : corpus.getRelations()) {
			String[] keys = ClaimKeys.ofRelation(relation);
			if (relation.getStatus() != RelationStatus.REJECTED && keys != null) {
				relations.add(new RelationFacts(relation, keys[0], keys[1], relation.getKind()));
			}
		}
		return new ReconciliationInput(propositions, propositionsById, entityNames, documents,
				index.claimsView(corpus.getDocuments().stream().map(Document::getId).toList()), relations);
	}

	/**
	 * The input of a store, reading every document that has annotations through it (the command line,
	 * the tests): on the thread that owns the store. A damaged document is left out and named by
	 * {@link CorpusStore#getDamaged()}.
	 */
	public static ReconciliationInput of(CorpusStore store) throws CorpusException {
		return of(store.getCorpus(), ClaimIndex.of(store));
	}
}
