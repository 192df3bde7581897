/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.handlers;

import org.collatio.core.edit.SpanCommands;
import org.collatio.editor.AnnotationEditor;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;

/** Edit Note (Ctrl+Shift+N) on the span under the caret; an empty note removes it. */
public final class EditNoteHandler extends EditorHandler {

	@Override
	void execute(AnnotationEditor editor, ExecutionEvent event) {
		editor.spanAtCaret().ifPresent(span -> {
			InputDialog dialog = new InputDialog(HandlerUtil.getActiveShell(event), "Note",
					"Note on \u201C" + editor.getContent().getText().substring(span.getBegin(), Math.min(span.getEnd(), span.getBegin() + 60))
							+ "\u201D:",
					span.getNote() == null ? "" : span.getNote(), null);
			if (dialog.open() == Window.OK) {
				CorpusSession session = editor.getSite().getService(CorpusSession.class);
				session.getEditingDomain().getCommandStack().execute(SpanCommands.setNote(session.getEditingDomain(), span, dialog.getValue()));
			}
		});
	}
}
