/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.handlers;

import org.collatio.editor.AnnotationEditor;
import org.eclipse.core.commands.ExecutionEvent;

/** Apply Last Tag Again (Ctrl+T). */
public final class ApplyLastTagHandler extends EditorHandler {

	@Override
	void execute(AnnotationEditor editor, ExecutionEvent event) {
		editor.getLastTag().ifPresent(editor::applyTag);
	}
}
