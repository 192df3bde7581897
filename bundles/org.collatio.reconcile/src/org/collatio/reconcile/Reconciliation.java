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

import org.collatio.core.store.CorpusContents;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.PartialDate;
import org.collatio.core.derived.ClaimRecord;
import org.collatio.model.Claim;
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
		Map<String, ClaimRecord> byKey = new HashMap<>();
		input.claims().forEach(c -> byKey.put(c.key(), c));
		Map<String, List<Account.Link>> links = new HashMap<>();
		Set<String> inConflict = new HashSet<>();
		for (ReconciliationInput.RelationFacts relation : input.relations()) {
			ClaimRecord source = byKey.get(relation.sourceKey());
			ClaimRecord target = byKey.get(relation.targetKey());
			if (source == null || target == null) {
				continue; // a claim of a damaged (or not yet read) document
			}
			links.computeIfAbsent(source.key(), c -> new ArrayList<>())
					.add(new Account.Link(relation.relation(), relation.kind(), target.key(), shortName(target, input), true));
			links.computeIfAbsent(target.key(), c -> new ArrayList<>())
					.add(new Account.Link(relation.relation(), relation.kind(), source.key(), shortName(source, input), false));
			if (relation.kind() == RelationKind.CONTRADICTS) {
				inConflict.add(source.key());
				inConflict.add(target.key());
			}
		}
		Map<ReconciliationInput.PropositionFacts, List<Account>> byProposition = new LinkedHashMap<>();
		input.propositions().forEach(p -> byProposition.put(p, new ArrayList<>()));
		List<Account> unassigned = new ArrayList<>();
		for (ClaimRecord claim : input.claims()) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			ReconciliationInput.PropositionFacts proposition = claim.propositionId() == null ? null : input.propositionsById().get(claim.propositionId());
			Account account = account(claim, proposition == null ? null : proposition.proposition(), input, links.getOrDefault(claim.key(), List.of()));
			if (proposition != null) {
				byProposition.computeIfAbsent(proposition, p -> new ArrayList<>()).add(account);
			} else {
				unassigned.add(account);
			}
			progress.worked(1);
		}
		record Group(PropositionAccounts accounts, boolean contested) {
		}
		List<Group> groups = new ArrayList<>();
		for (Map.Entry<ReconciliationInput.PropositionFacts, List<Account>> entry : byProposition.entrySet()) {
			groups.add(new Group(new PropositionAccounts(entry.getKey(), sorted(entry.getValue())), entry.getValue().stream().anyMatch(Account::inConflict)));
		}
		groups.sort(Comparator.comparing(Group::contested).reversed()
				.thenComparing(Comparator.comparingInt((Group g) -> g.accounts().accounts().size()).reversed()));
		List<PropositionAccounts> result = new ArrayList<>(groups.stream().map(Group::accounts).toList());
		if (!unassigned.isEmpty()) {
			result.add(new PropositionAccounts((ReconciliationInput.PropositionFacts) null, sorted(unassigned)));
		}
		return result;
	}

	private static Account account(ClaimRecord claim, Proposition proposition, ReconciliationInput input, List<Account.Link> links) {
		ReconciliationInput.DocumentFacts document = input.documents().get(claim.documentId());
		return new Account(claim, document == null ? null : document.document(), proposition, name(claim.speakerId(), input),
				name(claim.viaId(), input), document == null ? claim.documentId() : document.outlet(), document == null ? "" : document.published(),
				claim.quote() == null ? "" : claim.quote().replaceAll("\\s+", " ").strip(), links);
	}

	private static String name(String entityId, ReconciliationInput input) {
		return entityId == null ? "" : input.entityNames().getOrDefault(entityId, "");
	}

	private static String shortName(ClaimRecord claim, ReconciliationInput input) {
		ReconciliationInput.DocumentFacts document = input.documents().get(claim.documentId());
		return Labels.shortName(name(claim.speakerId(), input), document == null ? claim.documentId() : document.outlet(),
				document == null ? "" : document.published());
	}

	private static List<Account> sorted(List<Account> accounts) {
		accounts.sort(ORDER);
		return List.copyOf(accounts);
	}

	/**
	 * Every claim of the corpus, reading only the documents that have annotations. A damaged document
	 * is left out; {@link CorpusStore#getDamaged()} names it, and callers report it.
	 */
	public static List<Claim> claims(CorpusStore store) throws CorpusException {
		return CorpusContents.claims(store);
	}

	/** Accounts in a contradiction first, then by date, then by outlet. */
	public static final Comparator<Account> ORDER = Comparator.comparing(Account::inConflict).reversed()
			.thenComparing(Account::date, PartialDate::compareTexts).thenComparing(Account::outlet);
}
