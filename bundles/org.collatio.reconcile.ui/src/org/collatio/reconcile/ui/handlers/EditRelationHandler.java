/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile.ui.handlers;

import java.util.List;

import org.collatio.model.ClaimRelation;
import org.collatio.reconcile.Account;
import org.collatio.reconcile.Labels;
import org.collatio.reconcile.ui.ReconciliationView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** Edit Relation: the kind and rationale of a relation of the selected account (picked first when it has several). */
public final class EditRelationHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActivePart(event) instanceof ReconciliationView view)) {
			return null;
		}
		List<ClaimRelation> relations = view.getSelectedAccounts().stream().flatMap(a -> a.links().stream()).map(Account.Link::relation).distinct()
				.toList();
		if (relations.isEmpty()) {
			MessageDialog.openInformation(view.getSite().getShell(), "Edit Relation", "The selected account is not linked to any claim.");
			return null;
		}
		ClaimRelation relation = relations.get(0);
		if (relations.size() > 1) {
			ElementListSelectionDialog pick = new ElementListSelectionDialog(view.getSite().getShell(), new LabelProvider() {
				@Override
				public String getText(Object element) {
					ClaimRelation r = (ClaimRelation) element;
					return Labels.shortName(r.getSource()) + " " + Labels.verb(r.getKind(), true) + " " + Labels.shortName(r.getTarget());
				}
			});
			pick.setTitle("Edit Relation");
			pick.setMessage("Which relation?");
			pick.setElements(relations.toArray());
			if (pick.open() != Window.OK || pick.getFirstResult() == null) {
				return null;
			}
			relation = (ClaimRelation) pick.getFirstResult();
		}
		view.editRelation(relation);
		return null;
	}
}
