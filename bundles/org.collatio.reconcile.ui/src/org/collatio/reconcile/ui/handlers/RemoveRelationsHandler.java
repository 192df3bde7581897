/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile.ui.handlers;

import java.util.List;

import org.collatio.model.ClaimRelation;
import org.collatio.reconcile.Account;
import org.collatio.reconcile.Labels;
import org.collatio.reconcile.ui.ReconciliationView;
import org.collatio.ui.layout.FontUnits;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** Remove Relations: the relations of the selected accounts, to tick and remove (undoable). */
public final class RemoveRelationsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActivePart(event) instanceof ReconciliationView view)) {
			return null;
		}
		List<Account> selected = view.getSelectedAccounts();
		List<ClaimRelation> relations = selected.stream().flatMap(a -> a.links().stream()).map(Account.Link::relation).distinct().toList();
		if (relations.isEmpty()) {
			MessageDialog.openInformation(view.getSite().getShell(), "Remove Relations", "The selected accounts are not linked to any claim.");
			return null;
		}
		ListSelectionDialog dialog = ListSelectionDialog.of(relations).contentProvider(ArrayContentProvider.getInstance())
				.labelProvider(new LabelProvider() {
					@Override
					public String getText(Object element) {
						ClaimRelation relation = (ClaimRelation) element;
						return Labels.shortName(relation.getSource()) + " " + Labels.verb(relation.getKind(), true) + " "
								+ Labels.shortName(relation.getTarget())
								+ (relation.getRationale() == null ? "" : " \u2014 " + relation.getRationale());
					}
				}).message("Relations to remove:").create(view.getSite().getShell());
		dialog.setTitle("Remove Relations");
		dialog.create();
		// room for "who relates how to whom": 110 characters and 14 lines of the dialog's font, never wider than the window
		Shell shell = dialog.getShell();
		shell.setSize(Math.min(FontUnits.width(shell, 110), view.getSite().getShell().getSize().x), FontUnits.height(shell, 14));
		if (dialog.open() == Window.OK) {
			view.removeRelations(java.util.Arrays.stream(dialog.getResult()).map(ClaimRelation.class::cast).toList());
		}
		return null;
	}
}
