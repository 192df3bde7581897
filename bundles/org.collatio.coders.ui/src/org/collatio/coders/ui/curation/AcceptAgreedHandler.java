/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.ui.curation;

import org.collatio.coders.ui.CurationView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Accept All Agreed: every range of the Curation view's document on which all coders agree, into the curated layer, as one command. */
public final class AcceptAgreedHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.collatio.coders.ui.commands.acceptAgreed";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		CurationView view = CurationView.of(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage());
		if (view != null) {
			view.acceptAllAgreed();
		}
		return null;
	}
}
