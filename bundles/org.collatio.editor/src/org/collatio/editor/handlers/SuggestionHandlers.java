/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.handlers;

import org.collatio.editor.AnnotationEditor;
import org.collatio.editor.claims.ClaimDialog;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** The suggested claims' commands: accept (Enter), accept all, reject all, show or hide them. */
public final class SuggestionHandlers {

	private SuggestionHandlers() {
	}

	/** Enter: the claim form pre-filled from the suggestion under the caret; OK makes the span and the claim. */
	public static final class Accept extends EditorHandler {
		@Override
		void execute(AnnotationEditor editor, ExecutionEvent event) {
			var corpus = editor.getSite().getService(CorpusSession.class).getStore().getCorpus();
			editor.acceptSuggestion(form -> {
				var s = editor.suggestionAtCaret().orElseThrow();
				ClaimDialog dialog = new ClaimDialog(HandlerUtil.getActiveShell(event), corpus, s.text()).prefill(form);
				return dialog.open() == Window.OK ? dialog.getForm() : null;
			});
		}
	}

	/** Every suggestion of the article made a claim, as one command. */
	public static final class AcceptAll extends EditorHandler {
		@Override
		void execute(AnnotationEditor editor, ExecutionEvent event) {
			editor.acceptAllSuggestions();
		}
	}

	/** Every suggestion of the article rejected (remembered). */
	public static final class RejectAll extends EditorHandler {
		@Override
		void execute(AnnotationEditor editor, ExecutionEvent event) {
			editor.rejectAllSuggestions();
		}
	}

	/** Annotate &gt; Show Suggested Claims: a toggle (remembered) in every open article. */
	public static final class Show extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			boolean on = !HandlerUtil.toggleCommandState(event.getCommand());
			IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
			if (window != null && window.getActivePage() != null) {
				for (IEditorReference reference : window.getActivePage().getEditorReferences()) {
					if (reference.getEditor(false) instanceof AnnotationEditor editor) {
						editor.showSuggestions(on);
					}
				}
			}
			return null;
		}
	}
}
