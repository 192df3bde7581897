/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.ui;

import java.nio.file.Path;

import org.collatio.core.store.CorpusException;
import org.collatio.share.Mergers;
import org.collatio.share.SharedCorpus;
import org.collatio.share.SyncResult;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Team &gt; Synchronize (Ctrl+Alt+S): saves, commits my changes in my name, brings in the others'
 * work (merging what both changed), pushes, and reopens the corpus when files changed. Conflicts
 * are listed for the researcher to resolve (Team &gt; Resolve Conflicts); until then my values stand.
 */
public final class SynchronizeHandler extends AbstractHandler {

	static final String TITLE = "Synchronize";

	@Override
	public Object execute(ExecutionEvent event) {
		synchronize(HandlerUtil.getActiveShell(event), HandlerUtil.getActiveWorkbenchWindow(event).getService(CorpusSession.class));
		return null;
	}

	/** Synchronises the open corpus; the outcome, or null when it failed or was cancelled (told). */
	static SyncResult synchronize(Shell shell, CorpusSession session) {
		if (session.getStore() == null) {
			return null;
		}
		Path folder = session.getStore().getLayout().directory();
		if (!SharedCorpus.isShared(folder)) {
			Sharing.prompts().tell(shell, TITLE, "This corpus is not shared yet: Team > Share Corpus pushes it to a Git server.", false);
			return null;
		}
		if (!Sharing.save(shell, session, TITLE)) {
			return null;
		}
		String coder = session.getCoderName();
		SyncResult result;
		try (var suspension = session.suspendSaves()) { // nothing is written to the folder while Git works on it
			result = Sharing.run(shell, TITLE, Sharing.credentials(folder),
					(credentials, monitor) -> SharedCorpus.sync(folder, coder, credentials, Mergers.standard(), monitor));
		}
		if (result != null && result.changedFiles()) {
			try {
				Sharing.reopen(session);
			} catch (CorpusException e) {
				Sharing.prompts().tell(shell, TITLE, "Synchronised, but the corpus could not be opened again.\n\n" + e.getMessage(), true);
				return null;
			}
		}
		if (result != null) {
			Sharing.prompts().tell(shell, TITLE, describe(result), !result.conflicts().isEmpty());
		}
		return result;
	}

	static String describe(SyncResult result) {
		if (result.nothingToDo()) {
			return "Up to date: nothing to send, nothing new.";
		}
		StringBuilder text = new StringBuilder();
		text.append(result.committed().isEmpty() ? "Nothing of mine to send." : "Sent: " + result.commitMessage()).append('\n');
		text.append(result.broughtIn().isEmpty() ? "Nothing new from the others." : "Brought in: " + result.broughtIn().size() + " files")
				.append(result.merged().isEmpty() ? "" : " (" + result.merged().size() + " merged)").append('\n');
		if (!result.conflicts().isEmpty()) {
			text.append(result.conflicts().size()).append(" conflicts: both sides changed the same field. Your values stand until you choose")
					.append(" (Team > Resolve Conflicts).");
		}
		return text.toString();
	}
}
