/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile.ui.handlers;

import org.collatio.reconcile.ui.CandidatesView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Dismiss Candidate: the selected pairs are not proposed again (remembered in the corpus; undoable). */
public final class DismissCandidateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActivePart(event) instanceof CandidatesView view) {
			view.dismissSelected();
		}
		return null;
	}
}
