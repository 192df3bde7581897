/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile.ui.handlers;

import java.util.Locale;

import org.collatio.model.RelationKind;
import org.collatio.reconcile.ui.CandidatesView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Accept Candidate: the selected candidate pairs become relations of the kind given as parameter (default: contradicts). */
public final class AcceptCandidateHandler extends AbstractHandler {

	public static final String KIND_PARAMETER = "org.collatio.reconcile.ui.relationKind";

	@Override
	public Object execute(ExecutionEvent event) {
		String kind = event.getParameter(KIND_PARAMETER);
		if (HandlerUtil.getActivePart(event) instanceof CandidatesView view) {
			view.acceptSelected(kind == null ? RelationKind.CONTRADICTS : RelationKind.valueOf(kind.toUpperCase(Locale.ROOT)));
		}
		return null;
	}
}
