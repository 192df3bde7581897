/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.collatio.core.tags.Tags;
import org.collatio.editor.handlers.ApplyTagHandler;
import org.collatio.model.Tag;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/** Annotate &gt; Tag and the editor's context menu: one Apply Tag item per tag of the open corpus, with its key. */
public final class TagMenuItems extends CompoundContributionItem {

	/** The id of a tag's item is this prefix and the tag's id. */
	static final String ITEM_ID_PREFIX = "org.collatio.editor.tag.";

	@Override
	protected IContributionItem[] getContributionItems() {
		CorpusSession session = PlatformUI.getWorkbench().getService(CorpusSession.class);
		if (session == null || session.getStore() == null) {
			return new IContributionItem[0];
		}
		List<IContributionItem> items = new ArrayList<>();
		for (Tag tag : Tags.all(session.getStore().getCorpus())) {
			CommandContributionItemParameter parameter = new CommandContributionItemParameter(PlatformUI.getWorkbench(),
					ITEM_ID_PREFIX + tag.getId(), ApplyTagHandler.COMMAND_ID, CommandContributionItem.STYLE_PUSH);
			parameter.parameters = Map.of(ApplyTagHandler.TAG_PARAMETER, tag.getId());
			String indent = tag.getParent() == null ? "" : "    ";
			parameter.label = indent + tag.getName() + (tag.getKey() != null ? "\t" + tag.getKey() : "");
			items.add(new CommandContributionItem(parameter));
		}
		return items.toArray(IContributionItem[]::new);
	}
}
