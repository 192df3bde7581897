/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.ui.curation;

import java.util.Map;

import org.collatio.coders.curation.CoderLayer;
import org.collatio.coders.ui.CurationView;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/** "Accept Alice's Version", "Accept Bob's Version": one Accept Version item per coder of the Curation view's document. */
public final class AcceptVersionItems extends CompoundContributionItem {

	@Override
	protected IContributionItem[] getContributionItems() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		CurationView view = window == null ? null : CurationView.of(window.getActivePage());
		if (view == null) {
			return new IContributionItem[0];
		}
		return view.getCuration().coders().stream().map(AcceptVersionItems::item).toArray(IContributionItem[]::new);
	}

	private static IContributionItem item(CoderLayer coder) {
		CommandContributionItemParameter parameter = new CommandContributionItemParameter(PlatformUI.getWorkbench(), null,
				AcceptVersionHandler.COMMAND_ID, CommandContributionItem.STYLE_PUSH);
		parameter.label = "Accept " + coder.label() + (coder.label().endsWith("s") ? "'" : "'s") + " Version";
		parameter.parameters = Map.of(AcceptVersionHandler.LAYER_PARAMETER, coder.layer());
		return new CommandContributionItem(parameter);
	}
}
