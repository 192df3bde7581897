/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.handlers;

import org.collatio.core.edit.SpanCommands;
import org.collatio.editor.AnnotationEditor;
import org.collatio.model.Tag;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.commands.ExecutionEvent;

/**
 * Remove Tag (Shift+Delete): takes the tag used last off the span under the caret, or its last tag
 * when it does not have that one; a span left without tags goes. One undoable action.
 */
public final class RemoveTagHandler extends EditorHandler {

	@Override
	void execute(AnnotationEditor editor, ExecutionEvent event) {
		editor.spanAtCaret().ifPresent(span -> {
			if (span.getTags().isEmpty()) {
				return;
			}
			Tag tag = editor.getLastTag().filter(span.getTags()::contains).orElse(span.getTags().get(span.getTags().size() - 1));
			CorpusSession session = editor.getSite().getService(CorpusSession.class);
			session.getEditingDomain().getCommandStack().execute(SpanCommands.removeTag(session.getEditingDomain(), span, tag));
		});
	}
}
