/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile;

import java.util.List;

import org.collatio.model.Proposition;
import org.collatio.model.RelationKind;
import org.collatio.model.Verdict;

/**
 * Every account of one proposition, contradicted accounts first, then by date. The proposition is
 * null for the claims no proposition has been assigned to yet; it is a handle (for commands): what
 * is shown of it (statement, verdict and its note) was copied from it with the snapshot, so two
 * results that show the same are equal.
 */
public record PropositionAccounts(Proposition proposition, String statedAs, Verdict verdictAs, String verdictNoteAs, List<Account> accounts,
		boolean contested) {

	/** The accounts of a proposition as the snapshot saw it (statement, verdict, note); contested when one is in a contradiction. */
	public PropositionAccounts(ReconciliationInput.PropositionFacts facts, List<Account> accounts) {
		this(facts == null ? null : facts.proposition(), facts == null ? null : facts.statement(), facts == null ? null : facts.verdict(),
				facts == null ? null : facts.verdictNote(), accounts, accounts.stream().anyMatch(Account::inConflict));
	}

	public String statement() {
		return proposition == null ? "(claims without a proposition)" : statedAs == null ? "" : statedAs;
	}

	public Verdict verdict() {
		return proposition == null || verdictAs == null ? Verdict.UNDECIDED : verdictAs;
	}

	public String verdictNote() {
		return proposition == null || verdictNoteAs == null ? "" : verdictNoteAs;
	}

	/** How many relations of a kind join two accounts of this proposition or one of them to another claim. */
	public long count(RelationKind kind) {
		return accounts.stream().flatMap(a -> a.links().stream()).filter(l -> l.kind() == kind).map(Account.Link::relation).distinct().count();
	}

	public long outlets() {
		return accounts.stream().map(Account::outlet).distinct().count();
	}

	/** Whether a contradiction involves one of its accounts (computed with the accounts, in the job). */
	@Override
	public boolean contested() {
		return contested;
	}
}
