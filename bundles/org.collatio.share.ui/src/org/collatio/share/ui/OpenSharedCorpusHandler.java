/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.ui;

import org.collatio.core.store.CorpusException;
import org.collatio.share.SharedCorpus;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Team &gt; Open Shared Corpus: clones a shared corpus into a new or empty folder and opens it (the
 * open corpus is saved, discarded or kept as the researcher answers, as File &gt; Open Corpus does).
 */
public final class OpenSharedCorpusHandler extends AbstractHandler {

	static final String TITLE = "Open Shared Corpus";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		CorpusSession session = HandlerUtil.getActiveWorkbenchWindow(event).getService(CorpusSession.class);
		SharingPrompts.Remote remote = Sharing.prompts().askRemote(shell, TITLE, "Clone a corpus a colleague shared, then open it.", true);
		if (remote == null) {
			return null;
		}
		Boolean cloned = Sharing.run(shell, TITLE, remote.credentials(), (credentials, monitor) -> {
			SharedCorpus.clone(remote.url(), remote.folder(), credentials, monitor);
			return Boolean.TRUE;
		});
		if (cloned == null) {
			return null;
		}
		Sharing.remember(remote.folder(), remote.credentials());
		try {
			session.switchTo(remote.folder());
		} catch (CorpusException e) {
			Sharing.prompts().tell(shell, TITLE, "Cloned into " + remote.folder() + ", but it could not be opened.\n\n" + e.getMessage(), true);
		}
		return null;
	}
}
