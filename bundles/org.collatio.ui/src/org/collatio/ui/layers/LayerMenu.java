/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.Layers;
import org.collatio.model.Annotator;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/**
 * Coders &gt; Work On: my layer, the curated layer, and each other coder's layer (read-only), the
 * one the window works on checked. Choosing one runs {@link WorkOnLayerHandler}.
 */
public final class LayerMenu extends CompoundContributionItem {

	@Override
	protected IContributionItem[] getContributionItems() {
		CorpusSession session = PlatformUI.getWorkbench().getService(CorpusSession.class);
		CorpusStore store = session == null ? null : session.getStore();
		if (store == null || store.getCoder() == null) {
			return new IContributionItem[0];
		}
		List<IContributionItem> items = new ArrayList<>();
		items.add(item(store, store.getCoder().getId()));
		items.add(item(store, Layers.CURATED));
		for (Annotator coder : store.getCorpus().getAnnotators()) {
			if (coder != store.getCoder() && Layers.isWellFormed(coder.getId())) {
				items.add(item(store, coder.getId()));
			}
		}
		return items.toArray(IContributionItem[]::new);
	}

	private IContributionItem item(CorpusStore store, String layer) {
		CommandContributionItemParameter parameter = new CommandContributionItemParameter(PlatformUI.getWorkbench(), null,
				WorkOnLayerHandler.COMMAND_ID, CommandContributionItem.STYLE_RADIO);
		parameter.label = LayerLabels.layer(store, layer);
		parameter.parameters = Map.of(WorkOnLayerHandler.LAYER_PARAMETER, layer);
		return new CommandContributionItem(parameter);
	}
}
