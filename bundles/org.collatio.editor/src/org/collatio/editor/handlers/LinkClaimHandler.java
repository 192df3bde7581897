/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.handlers;

import java.util.List;

import org.collatio.core.edit.ClaimCommands;
import org.collatio.core.store.CorpusContents;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.editor.AnnotationEditor;
import org.collatio.editor.claims.LinkClaimDialog;
import org.collatio.model.Claim;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;

/** Link Claim (Ctrl+Shift+L): from the claim under the caret to a claim of any document. */
public final class LinkClaimHandler extends EditorHandler {

	@Override
	void execute(AnnotationEditor editor, ExecutionEvent event) throws ExecutionException {
		CorpusSession session = editor.getSite().getService(CorpusSession.class);
		Claim source = editor.claimAtCaret().orElse(null);
		if (source == null) {
			editor.getEditorSite().getActionBars().getStatusLineManager().setMessage("Put the caret in a claim first (Make Claim: Ctrl+Shift+C).");
			return;
		}
		List<Claim> claims;
		try {
			claims = allClaims(session.getStore());
		} catch (CorpusException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		LinkClaimDialog dialog = new LinkClaimDialog(HandlerUtil.getActiveShell(event), source, claims);
		if (dialog.open() == Window.OK) {
			session.getEditingDomain().getCommandStack().execute(ClaimCommands.relate(session.getEditingDomain(), session.getStore().getCorpus(),
					source, dialog.getTarget(), dialog.getKind(), dialog.getRationale()));
		}
	}

	/** Every claim of the corpus, document by document ({@link CorpusContents#claims}). */
	public static List<Claim> allClaims(CorpusStore store) throws CorpusException {
		return CorpusContents.claims(store);
	}
}
