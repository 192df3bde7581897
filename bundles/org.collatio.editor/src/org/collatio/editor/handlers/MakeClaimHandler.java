/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.handlers;

import java.util.List;

import org.collatio.core.edit.SpanCommands;
import org.collatio.core.tags.Tags;
import org.collatio.editor.AnnotationEditor;
import org.collatio.editor.claims.ClaimDialog;
import org.collatio.editor.claims.SuggestionForms;
import org.collatio.model.Corpus;
import org.collatio.model.SpanAnnotation;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Make Claim (Ctrl+Shift+C): the claim form for the span under the caret; a selection that is not a
 * span yet is first tagged as a claim.
 */
public final class MakeClaimHandler extends EditorHandler {

	@Override
	void execute(AnnotationEditor editor, ExecutionEvent event) {
		CorpusSession session = editor.getSite().getService(CorpusSession.class);
		Corpus corpus = session.getStore().getCorpus();
		var selection = editor.getViewer().getSelectedRange();
		if (selection.y > 0 && SpanCommands.exactSpan(editor.getContent(), selection.x, selection.x + selection.y) == null) {
			Tags.all(corpus).stream().filter(t -> "statement.claim".equals(t.getCode())).findFirst().ifPresent(editor::applyTag);
		}
		SpanAnnotation span = editor.spanAtCaret().orElse(null);
		if (span == null) {
			return;
		}
		ClaimDialog dialog = new ClaimDialog(HandlerUtil.getActiveShell(event), corpus,
				editor.getContent().getText().substring(span.getBegin(), span.getEnd()));
		// the speaker and via a suggestion found in or around the selection
		editor.getSuggestedClaims().at(span.getBegin(), span.getEnd()).map(SuggestionForms::of).ifPresent(dialog::prefill);
		if (dialog.open() == Window.OK) {
			session.getEditingDomain().getCommandStack()
					.execute(dialog.getForm().command(session.getEditingDomain(), corpus, editor.getContent(), List.of(span)));
		}
	}
}
