/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.ui.curation;

import org.collatio.coders.ui.CurationView;
import org.collatio.core.store.CorpusException;
import org.collatio.editor.AnnotationEditor;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Start Curating: works on the curated layer (Coders &gt; Work On &gt; Curated layer) and opens the
 * document being curated again, as the switch closes the editors.
 */
public final class StartCuratingHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		CorpusSession session = PlatformUI.getWorkbench().getService(CorpusSession.class);
		CurationView view = CurationView.of(page);
		String documentId = view != null ? view.getDocumentId()
				: page.getActiveEditor() instanceof AnnotationEditor editor ? editor.getDocument().getId() : null;
		try {
			Curating.start(session, page, documentId);
		} catch (CorpusException | PartInitException e) {
			MessageDialog.openError(HandlerUtil.getActiveShell(event), "Start Curating", e.getMessage());
		}
		return null;
	}
}
