/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.ui;

import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** File &gt; Import Annotations: another tool's annotations into the open corpus or a new one ({@link ImportAnnotationsWizard}). */
public final class ImportAnnotationsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		CorpusSession session = HandlerUtil.getActiveWorkbenchWindow(event).getService(CorpusSession.class);
		WizardDialog dialog = new WizardDialog(HandlerUtil.getActiveShell(event), new ImportAnnotationsWizard(session, null, null));
		dialog.open();
		return null;
	}
}
