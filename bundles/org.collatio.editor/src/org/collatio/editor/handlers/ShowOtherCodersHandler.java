/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.handlers;

import org.collatio.editor.AnnotationEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Coders &gt; Show Other Coders: a toggle (remembered) that outlines the other coders' spans in every
 * open article, a colour per coder.
 */
public final class ShowOtherCodersHandler extends AbstractHandler {

	/** The toggle command, in plugin.xml. */
	public static final String COMMAND_ID = "org.collatio.editor.commands.showOtherCoders";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		boolean on = !HandlerUtil.toggleCommandState(event.getCommand());
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window != null && window.getActivePage() != null) {
			for (IEditorReference reference : window.getActivePage().getEditorReferences()) {
				if (reference.getEditor(false) instanceof AnnotationEditor editor) {
					editor.showOtherCoders(on);
				}
			}
		}
		return null;
	}
}
