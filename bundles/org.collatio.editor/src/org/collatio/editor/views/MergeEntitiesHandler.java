/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.views;

import java.util.List;

import org.collatio.core.edit.ClaimCommands;
import org.collatio.core.store.CorpusException;
import org.collatio.model.Entity;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Merge Entities (the Entities view's toolbar and menu, {@code M1+M2+M}): folds every selected
 * entity after the first into the first, names becoming aliases and claims following, with the
 * commands of {@code core.edit} (one per entity, each undoable).
 */
public final class MergeEntitiesHandler extends AbstractHandler {

	/** The command, in plugin.xml. */
	public static final String COMMAND_ID = "org.collatio.editor.commands.mergeEntities";

	private static final String TITLE = "Merge Entities";

	@Override
	public Object execute(ExecutionEvent event) {
		merge(HandlerUtil.getActiveShell(event), PlatformUI.getWorkbench().getService(CorpusSession.class),
				HandlerUtil.getCurrentStructuredSelection(event).toList());
		return null;
	}

	/** Merges the selected entities after the first into the first, telling the researcher what is wrong. */
	static void merge(Shell shell, CorpusSession session, List<?> selected) {
		List<Entity> entities = selected.stream().filter(Entity.class::isInstance).map(Entity.class::cast).toList();
		if (entities.size() < 2) {
			MessageDialog.openInformation(shell, TITLE, "Select the entity to keep first, then the ones to fold into it.");
			return;
		}
		Entity kept = entities.get(0);
		try {
			for (Entity other : entities.subList(1, entities.size())) {
				session.getEditingDomain().getCommandStack().execute(ClaimCommands.merge(session.getEditingDomain(), session.getStore(), kept, other));
			}
		} catch (CorpusException e) {
			MessageDialog.openError(shell, TITLE, e.getMessage());
		}
	}
}
