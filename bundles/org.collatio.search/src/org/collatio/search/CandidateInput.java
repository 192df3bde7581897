/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Claim;
import org.collatio.model.ClaimRelation;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.Proposition;
import org.collatio.model.Stance;

/**
 * What the {@link CandidateFinder} reads of a corpus, copied into immutable values by
 * {@link #of(CorpusStore)} on the thread that owns the model (the UI thread in the workbench), so
 * that {@link CandidateFinder#find(CandidateInput, int, org.eclipse.core.runtime.IProgressMonitor)}
 * runs on any thread. Model objects held here (claims, speakers, propositions) are handles: handed
 * back in the result and compared by identity, never read by the computation.
 */
public record CandidateInput(List<ClaimFacts> claims, Set<String> linkedPairs, List<EntityNames> entities) {

	/** One claim: where it is, who said it and through whom, its proposition and stance, its quoted text and paraphrase. */
	public record ClaimFacts(Claim claim, String id, String documentId, Entity speaker, String speakerName, Entity via, String viaName,
			Proposition proposition, String propositionId, String propositionStatement, Stance stance, String text) {
	}

	/** An entity's id, canonical name and every name it goes by. */
	public record EntityNames(String id, String canonicalName, List<String> names) {
	}

	public CandidateInput {
		claims = List.copyOf(claims);
		linkedPairs = Set.copyOf(linkedPairs);
		entities = List.copyOf(entities);
	}

	/** Reads the corpus (loading the documents that have annotations): on the thread that owns the store. */
	public static CandidateInput of(CorpusStore store) throws CorpusException {
		List<ClaimFacts> claims = new ArrayList<>();
		for (Document document : store.getCorpus().getDocuments()) {
			// a document never annotated has no annotation file and no claims: not read
			if (store.hasAnnotations(document)) {
				DocumentContent content;
				try {
					content = store.getContent(document);
				} catch (CorpusException e) {
					continue; // damaged: left out, and named by the store's getDamaged()
				}
				for (Claim claim : content.getClaims()) {
					claims.add(facts(claim, document.getId()));
				}
			}
		}
		Set<String> linked = new HashSet<>();
		for (ClaimRelation relation : store.getCorpus().getRelations()) {
			linked.add(CandidateFinder.key(id(relation.getSource()), id(relation.getTarget())));
		}
		List<EntityNames> entities = new ArrayList<>();
		for (Entity entity : store.getCorpus().getEntities()) {
			List<String> names = new ArrayList<>(entity.getAliases());
			names.add(entity.getCanonicalName());
			entities.add(new EntityNames(entity.getId(), entity.getCanonicalName(), names));
		}
		return new CandidateInput(claims, linked, entities);
	}

	private static ClaimFacts facts(Claim claim, String documentId) {
		Entity speaker = claim.getSpeaker();
		Entity via = claim.getVia();
		Proposition proposition = claim.getProposition();
		return new ClaimFacts(claim, claim.getId(), documentId, speaker, speaker == null ? null : speaker.getCanonicalName(), via,
				via == null ? null : via.getCanonicalName(), proposition, proposition == null ? null : proposition.getId(),
				proposition == null ? null : proposition.getStatement(), claim.getStance(), CandidateFinder.text(claim));
	}

	private static String id(Claim claim) {
		return claim == null ? "" : claim.getId();
	}
}
