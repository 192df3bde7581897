/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.handlers;

import org.collatio.editor.AnnotationEditor;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.custom.ST;

/** Extend Selection by a Word (Ctrl+Shift+Right / Left), as a command listed in the Annotate menu. */
public abstract class ExtendSelectionHandler extends EditorHandler {

	private final int action;

	ExtendSelectionHandler(int action) {
		this.action = action;
	}

	@Override
	void execute(AnnotationEditor editor, ExecutionEvent event) {
		editor.getViewer().getTextWidget().invokeAction(action);
	}

	/** To the end of the next word. */
	public static final class Next extends ExtendSelectionHandler {
		public Next() {
			super(ST.SELECT_WORD_NEXT);
		}
	}

	/** To the start of the previous word. */
	public static final class Previous extends ExtendSelectionHandler {
		public Previous() {
			super(ST.SELECT_WORD_PREVIOUS);
		}
	}
}
