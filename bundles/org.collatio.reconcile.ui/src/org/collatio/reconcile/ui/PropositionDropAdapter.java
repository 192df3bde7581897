/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile.ui;

import java.util.List;

import org.collatio.reconcile.Account;
import org.collatio.reconcile.PropositionAccounts;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.TransferData;

/** Dropping accounts on a proposition assigns their claims to it (on "without a proposition": unassigns them). */
final class PropositionDropAdapter extends ViewerDropAdapter {

	private final ReconciliationView view;

	PropositionDropAdapter(Viewer viewer, ReconciliationView view) {
		super(viewer);
		this.view = view;
	}

	@Override
	public boolean validateDrop(Object target, int operation, TransferData transferType) {
		overrideOperation(DND.DROP_MOVE);
		return target instanceof PropositionAccounts && LocalSelectionTransfer.getTransfer().isSupportedType(transferType) && !dragged().isEmpty();
	}

	@Override
	public boolean performDrop(Object data) {
		if (getCurrentTarget() instanceof PropositionAccounts target && !dragged().isEmpty()) {
			view.assign(dragged(), target.proposition());
			return true;
		}
		return false;
	}

	private static List<Account> dragged() {
		return LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection selection
				? selection.stream().filter(Account.class::isInstance).map(Account.class::cast).toList()
				: List.of();
	}
}
