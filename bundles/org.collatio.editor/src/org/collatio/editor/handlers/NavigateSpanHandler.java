/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.handlers;

import org.collatio.editor.AnnotationEditor;
import org.eclipse.core.commands.ExecutionEvent;

/** Next / Previous Annotation (Ctrl+. / Ctrl+,). */
public abstract class NavigateSpanHandler extends EditorHandler {

	private final boolean next;

	NavigateSpanHandler(boolean next) {
		this.next = next;
	}

	@Override
	void execute(AnnotationEditor editor, ExecutionEvent event) {
		editor.selectNeighbourSpan(next);
	}

	/** Next Annotation. */
	public static final class Next extends NavigateSpanHandler {
		public Next() {
			super(true);
		}
	}

	/** Previous Annotation. */
	public static final class Previous extends NavigateSpanHandler {
		public Previous() {
			super(false);
		}
	}
}
