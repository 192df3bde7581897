/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.ui;

import java.nio.file.Path;

import org.collatio.share.SharedCorpus;
import org.collatio.share.SyncResult;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Team &gt; Share Corpus: makes the open corpus's folder a Git working tree and pushes it to an empty
 * remote repository (the team's GitLab, GitHub or Gitea project, a git daemon, or a folder).
 */
public final class ShareCorpusHandler extends AbstractHandler {

	static final String TITLE = "Share Corpus";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		CorpusSession session = HandlerUtil.getActiveWorkbenchWindow(event).getService(CorpusSession.class);
		if (session.getStore() == null) {
			return null;
		}
		Path folder = session.getStore().getLayout().directory();
		if (SharedCorpus.isShared(folder)) {
			Sharing.prompts().tell(shell, TITLE, folder + " is shared already: use Team > Synchronize.", false);
			return null;
		}
		SharingPrompts.Remote remote = Sharing.prompts().askRemote(shell, TITLE,
				"Push this corpus to an empty Git repository; colleagues then open it with Team > Open Shared Corpus.", false);
		if (remote == null || !Sharing.save(shell, session, TITLE)) {
			return null;
		}
		String coder = session.getCoderName();
		SyncResult result;
		try (var suspension = session.suspendSaves()) {
			result = Sharing.run(shell, TITLE, remote.credentials(), (credentials, monitor) -> SharedCorpus.share(folder, remote.url(), credentials, coder, monitor));
		}
		if (result != null) {
			Sharing.remember(folder, remote.credentials());
			Sharing.prompts().tell(shell, TITLE, "Shared: " + result.committed().size() + " files committed as " + coder + " and pushed to "
					+ remote.url() + ".\nColleagues open it with Team > Open Shared Corpus; Team > Synchronize exchanges your work.", false);
		}
		return null;
	}
}
