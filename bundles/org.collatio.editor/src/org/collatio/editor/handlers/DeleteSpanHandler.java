/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.handlers;

import org.collatio.editor.AnnotationEditor;
import org.eclipse.core.commands.ExecutionEvent;

/** Delete Span (Delete): the span selected, or the innermost one under the caret. */
public final class DeleteSpanHandler extends EditorHandler {

	@Override
	void execute(AnnotationEditor editor, ExecutionEvent event) {
		editor.deleteSpanAtCaret();
	}
}
