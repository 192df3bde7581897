/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.layers;

import java.util.Map;

import org.collatio.core.store.CorpusException;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.menus.UIElement;

/**
 * Works on another layer: the coder's own, the curated one, or another coder's (read-only). The
 * session saves and opens the corpus again on that layer; the views follow.
 */
public final class WorkOnLayerHandler extends AbstractHandler implements IElementUpdater {

	public static final String COMMAND_ID = "org.collatio.ui.commands.workOnLayer";
	public static final String LAYER_PARAMETER = "org.collatio.ui.commands.workOnLayer.layer";

	@Override
	public Object execute(ExecutionEvent event) {
		String layer = event.getParameter(LAYER_PARAMETER);
		CorpusSession session = PlatformUI.getWorkbench().getService(CorpusSession.class);
		try {
			session.switchLayer(layer == null || layer.isBlank() ? null : layer);
		} catch (CorpusException e) {
			MessageDialog.openError(HandlerUtil.getActiveShell(event), "Work On Layer", e.getMessage());
		}
		return null;
	}

	@Override
	public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
		CorpusSession session = PlatformUI.getWorkbench().getService(CorpusSession.class);
		Object layer = parameters.get(LAYER_PARAMETER);
		element.setChecked(session != null && session.getStore() != null && layer != null && layer.equals(session.getStore().getLayerName()));
	}
}
