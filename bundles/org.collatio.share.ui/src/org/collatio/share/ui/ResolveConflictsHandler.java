/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.collatio.core.store.CorpusException;
import org.collatio.share.ShareException;
import org.collatio.share.SharedCorpus;
import org.collatio.share.merge.Conflict;
import org.collatio.share.resolve.ConflictResolution;
import org.collatio.share.resolve.ConflictResolution.Choice;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Team &gt; Resolve Conflicts: the conflicts the last synchronisations left, each resolved as the
 * researcher chooses (one undoable command), then recorded as resolved and saved; the next
 * synchronisation sends the resolution.
 */
public final class ResolveConflictsHandler extends AbstractHandler {

	static final String TITLE = "Resolve Conflicts";

	@Override
	public Object execute(ExecutionEvent event) {
		resolve(HandlerUtil.getActiveShell(event), HandlerUtil.getActiveWorkbenchWindow(event).getService(CorpusSession.class));
		return null;
	}

	/** Asks and applies; the number of conflicts resolved (0 when none, cancelled or failed: told). */
	static int resolve(Shell shell, CorpusSession session) {
		if (session.getStore() == null) {
			return 0;
		}
		Path folder = session.getStore().getLayout().directory();
		List<Conflict> conflicts;
		try {
			conflicts = SharedCorpus.conflicts(folder);
		} catch (ShareException e) {
			Sharing.prompts().tell(shell, TITLE, e.getMessage(), true);
			return 0;
		}
		if (conflicts.isEmpty()) {
			Sharing.prompts().tell(shell, TITLE, "No conflicts: every change was merged.", false);
			return 0;
		}
		Map<Conflict, Choice> choices = Sharing.prompts().resolve(shell, conflicts);
		if (choices == null) {
			return 0;
		}
		try {
			Command command = ConflictResolution.command(session.getEditingDomain(), session.getStore(), choices);
			if (command != null) {
				session.getEditingDomain().getCommandStack().execute(command);
			}
			session.save();
			SharedCorpus.resolved(folder, choices.keySet());
		} catch (CorpusException | ShareException e) {
			Sharing.prompts().tell(shell, TITLE, e.getMessage(), true);
			return 0;
		}
		return choices.size();
	}
}
