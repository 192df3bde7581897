/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.handlers;

import org.collatio.model.Document;
import org.collatio.ui.dialogs.DocumentPropertiesDialog;
import org.collatio.ui.session.CorpusSession;
import org.collatio.core.edit.DocumentMetadataEdit;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;

/** Edits the metadata of the selected document; the change is one undoable command. */
public final class DocumentPropertiesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection)
				|| !(selection.getFirstElement() instanceof Document document)) {
			return null;
		}
		CorpusSession session = HandlerUtil.getActiveWorkbenchWindow(event).getService(CorpusSession.class);
		DocumentPropertiesDialog dialog = new DocumentPropertiesDialog(HandlerUtil.getActiveShell(event), document);
		if (dialog.open() == Window.OK) {
			Command command = DocumentMetadataEdit.command(session.getEditingDomain(), document, dialog.getValues());
			if (command != null) {
				session.getEditingDomain().getCommandStack().execute(command);
			}
		}
		return null;
	}
}
