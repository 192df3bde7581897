/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.collatio.core.derived.ClaimIndex;
import org.collatio.core.derived.ClaimKeys;
import org.collatio.core.derived.ClaimRecord;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.ClaimRelation;
import org.collatio.model.CollatioPackage;
import org.collatio.model.Corpus;
import org.collatio.model.Document;
import org.collatio.model.Entity;
import org.collatio.model.Proposition;
import org.collatio.model.Stance;

/**
 * What the {@link CandidateFinder} reads of a corpus, as values any thread may read: the claims from
 * a {@link ClaimIndex} (no document is loaded for it) with the names of their speakers and
 * propositions and where they were published, the pairs already linked (by claim key) and the
 * entities' names. Taken on the thread that owns the model in time proportional to corpus.xmi.
 */
public record CandidateInput(List<ClaimFacts> claims, Set<String> linkedPairs, List<EntityNames> entities) {

	/**
	 * One claim: its key and where it is, who said it and through whom (ids and names), its
	 * proposition and stance, its quoted text with its paraphrase, and its source for labels.
	 */
	public record ClaimFacts(String key, String id, String documentId, String speakerId, String speakerName, String viaId, String viaName,
			String propositionId, String propositionStatement, Stance stance, String text, String quote, String outlet, String published) {
	}

	/** An entity's id, canonical name and every name it goes by. */
	public record EntityNames(String id, String canonicalName, List<String> names) {
	}

	public CandidateInput {
		claims = List.copyOf(claims);
		linkedPairs = Set.copyOf(linkedPairs);
		entities = List.copyOf(entities);
	}

	/** The input from a claim index and the corpus file's objects: on the thread that owns the model. */
	public static CandidateInput of(Corpus corpus, ClaimIndex index) {
		Map<String, String> entityNames = new HashMap<>();
		List<EntityNames> entities = new ArrayList<>();
		for (Entity entity : corpus.getEntities()) {
			List<String> names = new ArrayList<>(entity.getAliases());
			names.add(entity.getCanonicalName());
			entities.add(new EntityNames(entity.getId(), entity.getCanonicalName(), names));
			entityNames.put(entity.getId(), entity.getCanonicalName());
		}
		Map<String, String> statements = new HashMap<>();
		for (Proposition proposition : corpus.getPropositions()) {
			statements.put(proposition.getId(), proposition.getStatement());
		}
		Map<String, Document> documents = new HashMap<>();
		corpus.getDocuments().forEach(d -> documents.put(d.getId(), d));
		List<ClaimFacts> claims = new ArrayList<>();
		for (ClaimRecord claim : index.claimsInOrder(corpus.getDocuments().stream().map(Document::getId).toList())) {
			Document document = documents.get(claim.documentId());
			String quote = claim.quote() == null ? "" : claim.quote();
			claims.add(new ClaimFacts(claim.key(), claim.claimId(), claim.documentId(), claim.speakerId(), entityNames.get(claim.speakerId()),
					claim.viaId(), entityNames.get(claim.viaId()), claim.propositionId(), statements.get(claim.propositionId()),
					claim.stance() == null ? Stance.ASSERTS : claim.stance(), quote + " " + (claim.paraphrase() == null ? "" : claim.paraphrase()),
					quote, document == null || document.getOutlet() == null ? claim.documentId() : document.getOutlet(),
					document == null || document.getPublicationDate() == null ? "" : document.getPublicationDate()));
		}
		Set<String> linked = new HashSet<>();
		for (ClaimRelation relation : corpus.getRelations()) {
			linked.add(CandidateFinder.key(nullToEmpty(ClaimKeys.of(relation, CollatioPackage.Literals.CLAIM_RELATION__SOURCE)),
					nullToEmpty(ClaimKeys.of(relation, CollatioPackage.Literals.CLAIM_RELATION__TARGET))));
		}
		return new CandidateInput(claims, linked, entities);
	}

	/**
	 * The input of a store, reading every document that has annotations through it (the command line,
	 * the tests): on the thread that owns the store. A damaged document is left out and named by
	 * {@link CorpusStore#getDamaged()}.
	 */
	public static CandidateInput of(CorpusStore store) throws CorpusException {
		return of(store.getCorpus(), ClaimIndex.of(store));
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}
}
