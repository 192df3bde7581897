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
 * null for the claims no proposition has been assigned to yet.
 */
public record PropositionAccounts(Proposition proposition, List<Account> accounts) {

	public String statement() {
		return proposition == null ? "(claims without a proposition)" : proposition.getStatement();
	}

	public Verdict verdict() {
		return proposition == null ? Verdict.UNDECIDED : proposition.getVerdict();
	}

	public String verdictNote() {
		return proposition == null || proposition.getVerdictNote() == null ? "" : proposition.getVerdictNote();
	}

	/** How many relations of a kind join two accounts of this proposition or one of them to another claim. */
	public long count(RelationKind kind) {
		return accounts.stream().flatMap(a -> a.links().stream()).filter(l -> l.kind() == kind).map(Account.Link::relation).distinct().count();
	}

	public long outlets() {
		return accounts.stream().map(Account::outlet).distinct().count();
	}

	public boolean contested() {
		return count(RelationKind.CONTRADICTS) > 0;
	}
}
