/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile.ui.handlers;

import java.util.List;

import org.collatio.reconcile.Account;
import org.collatio.reconcile.ui.ReconciliationView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** Link Claims in the reconciliation view: the first selected account's claim to the second's, asking how they relate. */
public final class LinkAccountsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActivePart(event) instanceof ReconciliationView view) {
			List<Account> selected = view.getSelectedAccounts();
			if (selected.size() != 2) {
				MessageDialog.openInformation(view.getSite().getShell(), "Link Claims",
						"Select the two accounts to link (Ctrl+click), or drag one account onto the other.");
				return null;
			}
			view.link(selected.get(0), selected.get(1));
		}
		return null;
	}
}
