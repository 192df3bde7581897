/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Claim;
import org.collatio.model.Document;
import org.collatio.model.Proposition;
import org.collatio.model.RelationKind;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The accounts of every proposition of a corpus, side by side: contested propositions (with a
 * contradiction) first, then by number of accounts; within one, the accounts in a contradiction
 * first, then by the date they were made. Dismissed relations (status rejected: a candidate the
 * researcher turned down) do not count.
 */
public final class Reconciliation {

	private Reconciliation() {
	}

	/** The reconciliation of a corpus, read and computed on the thread that owns the store. */
	public static List<PropositionAccounts> of(CorpusStore store) throws CorpusException {
		return of(ReconciliationInput.of(store), null);
	}

	/**
	 * The reconciliation of a snapshot: touches no live model object, so it runs on any thread (a
	 * job). Throws {@link OperationCanceledException} when the monitor is cancelled.
	 */
	public static List<PropositionAccounts> of(ReconciliationInput input, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Reconciling accounts", input.claims().size() + 1);
		Map<Claim, List<Account.Link>> links = new HashMap<>();
		Set<Claim> inConflict = new HashSet<>();
		for (ReconciliationInput.RelationFacts relation : input.relations()) {
			links.computeIfAbsent(relation.source(), c -> new ArrayList<>()).add(new Account.Link(relation.relation(), relation.target(), true));
			links.computeIfAbsent(relation.target(), c -> new ArrayList<>()).add(new Account.Link(relation.relation(), relation.source(), false));
			if (relation.kind() == RelationKind.CONTRADICTS) {
				inConflict.add(relation.source());
				inConflict.add(relation.target());
			}
		}
		Map<Proposition, List<ReconciliationInput.ClaimFacts>> byProposition = new LinkedHashMap<>();
		input.propositions().forEach(p -> byProposition.put(p, new ArrayList<>()));
		List<ReconciliationInput.ClaimFacts> unassigned = new ArrayList<>();
		for (ReconciliationInput.ClaimFacts claim : input.claims()) {
			if (claim.proposition() != null) {
				byProposition.computeIfAbsent(claim.proposition(), p -> new ArrayList<>()).add(claim);
			} else {
				unassigned.add(claim);
			}
		}
		Comparator<ReconciliationInput.ClaimFacts> order = Comparator.comparing((ReconciliationInput.ClaimFacts c) -> inConflict.contains(c.claim()))
				.reversed().thenComparing(ReconciliationInput.ClaimFacts::date, PartialDates::compare)
				.thenComparing(ReconciliationInput.ClaimFacts::outlet);
		record Group(PropositionAccounts accounts, boolean contested) {
		}
		List<Group> groups = new ArrayList<>();
		for (Map.Entry<Proposition, List<ReconciliationInput.ClaimFacts>> entry : byProposition.entrySet()) {
			groups.add(new Group(new PropositionAccounts(entry.getKey(), accounts(entry.getValue(), order, links, progress)),
					entry.getValue().stream().anyMatch(c -> inConflict.contains(c.claim()))));
		}
		groups.sort(Comparator.comparing(Group::contested).reversed()
				.thenComparing(Comparator.comparingInt((Group g) -> g.accounts().accounts().size()).reversed()));
		List<PropositionAccounts> result = new ArrayList<>(groups.stream().map(Group::accounts).toList());
		if (!unassigned.isEmpty()) {
			result.add(new PropositionAccounts(null, accounts(unassigned, order, links, progress)));
		}
		return result;
	}

	private static List<Account> accounts(List<ReconciliationInput.ClaimFacts> claims, Comparator<ReconciliationInput.ClaimFacts> order,
			Map<Claim, List<Account.Link>> links, SubMonitor progress) {
		claims.sort(order);
		List<Account> accounts = new ArrayList<>(claims.size());
		for (ReconciliationInput.ClaimFacts claim : claims) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			accounts.add(new Account(claim.claim(), claim.document(), claim.quote().replaceAll("\\s+", " ").strip(),
					List.copyOf(links.getOrDefault(claim.claim(), List.of()))));
			progress.worked(1);
		}
		return List.copyOf(accounts);
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
}
