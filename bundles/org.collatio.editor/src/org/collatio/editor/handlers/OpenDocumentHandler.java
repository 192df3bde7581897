/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.handlers;

import org.collatio.editor.AnnotationEditor;
import org.collatio.editor.DocumentEditorInput;
import org.collatio.model.Document;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Open Document (double-click or Enter in the corpus navigator): each selected document in an annotation editor. */
public final class OpenDocumentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection)) {
			return null;
		}
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		for (Object element : selection.toList()) {
			if (element instanceof Document document) {
				try {
					page.openEditor(new DocumentEditorInput(document), AnnotationEditor.ID);
				} catch (PartInitException e) {
					throw new ExecutionException("Cannot open " + document.getId() + ": " + e.getMessage(), e);
				}
			}
		}
		return null;
	}
}
