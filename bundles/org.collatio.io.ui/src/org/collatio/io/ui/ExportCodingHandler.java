/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.ui;

import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** File &gt; Export My Coding: the coder's own layer as a coding file for a colleague ({@link ExportMyCoding}). */
public final class ExportCodingHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		CorpusSession session = HandlerUtil.getActiveWorkbenchWindow(event).getService(CorpusSession.class);
		new ExportMyCoding(session, CodingDialogs.DIALOGS).run(HandlerUtil.getActiveShell(event));
		return null;
	}
}
