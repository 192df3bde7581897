/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.ui.curation;

import org.collatio.coders.ui.CurationView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Accept Version: the coder's version (the layer given as parameter) of the rows selected in the Curation view, into the curated layer. */
public final class AcceptVersionHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.collatio.coders.ui.commands.acceptVersion";
	public static final String LAYER_PARAMETER = "org.collatio.coders.ui.commands.acceptVersion.layer";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		CurationView view = CurationView.of(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage());
		String layer = event.getParameter(LAYER_PARAMETER);
		if (view != null && layer != null) {
			view.acceptSelected(layer);
		}
		return null;
	}
}
