/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Claim;
import org.collatio.model.ClaimRelation;
import org.collatio.model.Document;
import org.collatio.model.Proposition;
import org.collatio.model.RelationStatus;

/**
 * The accounts of every proposition of a corpus, side by side: contested propositions (with a
 * contradiction) first, then by number of accounts; within one, the accounts in a contradiction
 * first, then by the date they were made. Dismissed relations (status rejected: a candidate the
 * researcher turned down) do not count.
 */
public final class Reconciliation {

	private Reconciliation() {
	}

	public static List<PropositionAccounts> of(CorpusStore store) throws CorpusException {
		Map<Claim, List<Account.Link>> links = new HashMap<>();
		for (ClaimRelation relation : store.getCorpus().getRelations()) {
			if (relation.getStatus() != RelationStatus.REJECTED && relation.getSource() != null && relation.getTarget() != null) {
				links.computeIfAbsent(relation.getSource(), c -> new ArrayList<>()).add(new Account.Link(relation, relation.getTarget(), true));
				links.computeIfAbsent(relation.getTarget(), c -> new ArrayList<>()).add(new Account.Link(relation, relation.getSource(), false));
			}
		}
		Map<Proposition, List<Account>> byProposition = new LinkedHashMap<>();
		store.getCorpus().getPropositions().forEach(p -> byProposition.put(p, new ArrayList<>()));
		List<Account> unassigned = new ArrayList<>();
		for (Claim claim : claims(store)) {
			Account account = Account.of(claim, links.getOrDefault(claim, List.of()));
			if (claim.getProposition() != null) {
				byProposition.computeIfAbsent(claim.getProposition(), p -> new ArrayList<>()).add(account);
			} else {
				unassigned.add(account);
			}
		}
		List<PropositionAccounts> result = new ArrayList<>();
		byProposition.forEach((proposition, accounts) -> result.add(new PropositionAccounts(proposition, sorted(accounts))));
		result.sort(Comparator.comparing(PropositionAccounts::contested).reversed()
				.thenComparing(Comparator.comparingInt((PropositionAccounts p) -> p.accounts().size()).reversed()));
		if (!unassigned.isEmpty()) {
			result.add(new PropositionAccounts(null, sorted(unassigned)));
		}
		return result;
	}

	/**
	 * Every claim of the corpus, reading only the documents that have annotations. A damaged document
	 * is left out; {@link CorpusStore#getDamaged()} names it, and callers report it.
	 */
	public static List<Claim> claims(CorpusStore store) throws CorpusException {
		List<Claim> claims = new ArrayList<>();
		for (Document document : store.getCorpus().getDocuments()) {
			if (store.hasAnnotations(document)) {
				try {
					claims.addAll(store.getContent(document).getClaims());
				} catch (CorpusException e) {
					// left out and named by store.getDamaged()
				}
			}
		}
		return claims;
	}

	/** Accounts in a contradiction first, then by date, then by outlet. */
	public static final Comparator<Account> ORDER = Comparator.comparing(Account::inConflict).reversed()
			.thenComparing(Account::date, PartialDates::compare).thenComparing(Account::outlet);

	private static List<Account> sorted(List<Account> accounts) {
		accounts.sort(ORDER);
		return List.copyOf(accounts);
	}
}
