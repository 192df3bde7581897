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
import org.collatio.model.Corpus;
import org.collatio.model.Document;
import org.collatio.model.Entity;
import org.collatio.model.Proposition;
import org.collatio.model.RelationKind;
import org.collatio.model.RelationStatus;
import org.collatio.model.Stance;

/**
 * What the {@link CandidateFinder} reads of a corpus, as values any thread may read: the claims from
 * a {@link ClaimIndex} (no document is loaded for it) with the names of their speakers and
 * propositions and where they were published, the pairs already linked (by claim key) and the
 * entities' names, and the researcher's decisions on pairs (the relations of the layer). Taken on the thread that owns the model in time proportional to corpus.xmi.
 */
public record CandidateInput(List<ClaimFacts> claims, Set<String> linkedPairs, List<EntityNames> entities, List<Decision> decisions) {

	/**
	 * One claim: its key and where it is, who said it and through whom (ids and names), its
	 * proposition and stance, its quoted text with its paraphrase, its source for labels, and the
	 * UTF-16 range of its first span in its document ({@code begin} -1 when not known).
	 */
	public record ClaimFacts(String key, String id, String documentId, String speakerId, String speakerName, String viaId, String viaName,
			String propositionId, String propositionStatement, Stance stance, String text, String quote, String outlet, String published, int begin,
			int end) {

		/** A claim whose place in its document is not known (a reading's quote, a test). */
		public ClaimFacts(String key, String id, String documentId, String speakerId, String speakerName, String viaId, String viaName,
				String propositionId, String propositionStatement, Stance stance, String text, String quote, String outlet, String published) {
			this(key, id, documentId, speakerId, speakerName, viaId, viaName, propositionId, propositionStatement, stance, text, quote, outlet, published,
					-1, -1);
		}
	}

	/** An entity's id, canonical name and every name it goes by. */
	public record EntityNames(String id, String canonicalName, List<String> names) {
	}

	/**
	 * What the researcher decided about a pair of claims of the layer (by key): linked as contradicting
	 * or agreeing, or a candidate dismissed (a rejected relation). The examples the ranking learns from.
	 */
	public record Decision(String first, String second, Verdict verdict) {
	}

	/** A decision on a pair. */
	public enum Verdict {
		CONTRADICTS, AGREES, DISMISSED
	}

	public CandidateInput {
		claims = List.copyOf(claims);
		linkedPairs = Set.copyOf(linkedPairs);
		entities = List.copyOf(entities);
		decisions = List.copyOf(decisions);
	}

	/** An input without decisions. */
	public CandidateInput(List<ClaimFacts> claims, Set<String> linkedPairs, List<EntityNames> entities) {
		this(claims, linkedPairs, entities, List.of());
	}

	/**
	 * What corpus.xmi says that the candidates need, copied on the thread that owns the model (time
	 * proportional to corpus.xmi), with the claim index (immutable): {@link #of(Source)} makes the
	 * input from it on any thread, so the claims are not walked on the UI thread.
	 */
	public record Source(ClaimIndex index, List<String> documentOrder, Map<String, String[]> documents, Map<String, String> statements,
			List<EntityNames> entities, Set<String> linkedPairs, List<Decision> decisions) {
	}

	/** The source of a corpus and its claim index: on the thread that owns the model. */
	public static Source source(Corpus corpus, ClaimIndex index) {
		List<EntityNames> entities = new ArrayList<>();
		for (Entity entity : corpus.getEntities()) {
			List<String> names = new ArrayList<>(entity.getAliases());
			names.add(entity.getCanonicalName());
			entities.add(new EntityNames(entity.getId(), entity.getCanonicalName(), List.copyOf(names)));
		}
		Map<String, String> statements = new HashMap<>();
		for (Proposition proposition : corpus.getPropositions()) {
			statements.put(proposition.getId(), proposition.getStatement());
		}
		Map<String, String[]> documents = new HashMap<>();
		List<String> order = new ArrayList<>(corpus.getDocuments().size());
		for (Document d : corpus.getDocuments()) {
			order.add(d.getId());
			documents.put(d.getId(), new String[] { d.getOutlet() == null ? d.getId() : d.getOutlet(),
					d.getPublicationDate() == null ? "" : d.getPublicationDate() });
		}
		Set<String> linked = new HashSet<>();
		List<Decision> decisions = new ArrayList<>();
		for (ClaimRelation relation : corpus.getRelations()) {
			String[] keys = ClaimKeys.ofRelation(relation);
			if (keys != null) {
				linked.add(CandidateFinder.key(keys[0], keys[1]));
				Verdict verdict = relation.getStatus() == RelationStatus.REJECTED ? Verdict.DISMISSED
						: relation.getKind() == RelationKind.CONTRADICTS ? Verdict.CONTRADICTS
								: relation.getKind() == RelationKind.AGREES ? Verdict.AGREES : null;
				if (verdict != null) {
					decisions.add(new Decision(keys[0], keys[1], verdict));
				}
			}
		}
		return new Source(index, order, documents, statements, entities, linked, decisions);
	}

	/** The input made from a source: reads no live model object, so it runs on any thread. */
	public static CandidateInput of(Source source) {
		Map<String, String> entityNames = new HashMap<>();
		source.entities().forEach(e -> entityNames.put(e.id(), e.canonicalName()));
		List<ClaimFacts> claims = new ArrayList<>();
		for (ClaimRecord claim : source.index().claimsInOrder(source.documentOrder())) {
			String[] document = source.documents().getOrDefault(claim.documentId(), new String[] { claim.documentId(), "" });
			String quote = claim.quote() == null ? "" : claim.quote();
			claims.add(new ClaimFacts(claim.key(), claim.claimId(), claim.documentId(), claim.speakerId(), entityNames.get(claim.speakerId()),
					claim.viaId(), entityNames.get(claim.viaId()), claim.propositionId(), source.statements().get(claim.propositionId()),
					claim.stance() == null ? Stance.ASSERTS : claim.stance(), quote + " " + (claim.paraphrase() == null ? "" : claim.paraphrase()),
					quote, document[0], document[1], claim.begin(), claim.end()));
		}
		return new CandidateInput(claims, source.linkedPairs(), source.entities(), source.decisions());
	}

	/** The input from a claim index and the corpus file's objects, in one step on the thread that owns the model. */
	public static CandidateInput of(Corpus corpus, ClaimIndex index) {
		return of(source(corpus, index));
	}

	/**
	 * The input of a store, reading every document that has annotations through it (the command line,
	 * the tests): on the thread that owns the store. A damaged document is left out and named by
	 * {@link CorpusStore#getDamaged()}.
	 */
	public static CandidateInput of(CorpusStore store) throws CorpusException {
		return of(store.getCorpus(), ClaimIndex.of(store));
	}

}
