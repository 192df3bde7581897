/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile.ui;

import org.collatio.reconcile.Account;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.TransferData;

/** Dropping an account on another links their claims (the view asks how they relate). */
final class AccountDropAdapter extends ViewerDropAdapter {

	private final ReconciliationView view;

	AccountDropAdapter(Viewer viewer, ReconciliationView view) {
		super(viewer);
		this.view = view;
		setFeedbackEnabled(false);
	}

	@Override
	public boolean validateDrop(Object target, int operation, TransferData transferType) {
		overrideOperation(DND.DROP_LINK);
		return target instanceof Account account && LocalSelectionTransfer.getTransfer().isSupportedType(transferType)
				&& dragged() instanceof Account source && !source.key().equals(account.key());
	}

	@Override
	public boolean performDrop(Object data) {
		return dragged() instanceof Account source && getCurrentTarget() instanceof Account target && view.link(source, target);
	}

	private static Object dragged() {
		return LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection selection ? selection.getFirstElement() : null;
	}
}
