/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile;

import java.util.ArrayList;
import java.util.List;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Claim;
import org.collatio.model.ClaimRelation;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.Proposition;
import org.collatio.model.RelationKind;
import org.collatio.model.RelationStatus;

/**
 * What the reconciliation reads of a corpus, copied into immutable values by {@link #of(CorpusStore)}
 * on the thread that owns the model (the UI thread in the workbench), so that
 * {@link Reconciliation#of(ReconciliationInput, org.eclipse.core.runtime.IProgressMonitor)} can run
 * on any thread. The model objects held here (claims, documents, propositions, relations) are
 * handles: handed back in the result and compared by identity, never read by the computation.
 */
public record ReconciliationInput(List<Proposition> propositions, List<ClaimFacts> claims, List<RelationFacts> relations) {

	/**
	 * One claim: its proposition (a handle, null when unassigned), its quoted spans as written (joined
	 * by " … ", whitespace not yet normalised), the date it was made and its document's outlet.
	 */
	public record ClaimFacts(Claim claim, Document document, Proposition proposition, String quote, String date, String outlet) {
	}

	/** A relation that counts (not a dismissal), with its kind. */
	public record RelationFacts(ClaimRelation relation, Claim source, Claim target, RelationKind kind) {
	}

	public ReconciliationInput {
		propositions = List.copyOf(propositions);
		claims = List.copyOf(claims);
		relations = List.copyOf(relations);
	}

	/** Reads the corpus (loading the documents that have annotations): on the thread that owns the store. */
	public static ReconciliationInput of(CorpusStore store) throws CorpusException {
		List<ClaimFacts> claims = new ArrayList<>();
		for (Claim claim : Reconciliation.claims(store)) {
			claims.add(facts(claim));
		}
		List<RelationFacts> relations = new ArrayList<>();
		for (ClaimRelation relation : store.getCorpus().getRelations()) {
			if (relation.getStatus() != RelationStatus.REJECTED && relation.getSource() != null && relation.getTarget() != null) {
				relations.add(new RelationFacts(relation, relation.getSource(), relation.getTarget(), relation.getKind()));
			}
		}
		return new ReconciliationInput(store.getCorpus().getPropositions(), claims, relations);
	}

	private static ClaimFacts facts(Claim claim) {
		DocumentContent content = (DocumentContent) claim.eContainer();
		StringBuilder quote = new StringBuilder();
		claim.getSpans().forEach(span -> {
			if (!quote.isEmpty()) {
				quote.append(" \u2026 ");
			}
			quote.append(content.getText(), span.getBegin(), span.getEnd());
		});
		Document document = content.getDocument();
		String published = document == null || document.getPublicationDate() == null ? "" : document.getPublicationDate();
		String date = claim.getWhenDate() != null && !claim.getWhenDate().isBlank() ? claim.getWhenDate() : published;
		String outlet = document == null || document.getOutlet() == null ? "" : document.getOutlet();
		return new ClaimFacts(claim, document, claim.getProposition(), quote.toString(), date, outlet);
	}
}
