/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.handlers;

import org.collatio.core.tags.Tags;
import org.collatio.editor.AnnotationEditor;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

/** Apply Tag (tag id as parameter): tags the selection, or the span under the caret. */
public final class ApplyTagHandler extends EditorHandler {

	public static final String COMMAND_ID = "org.collatio.editor.commands.applyTag";
	public static final String TAG_PARAMETER = "org.collatio.editor.commands.applyTag.tagId";

	@Override
	void execute(AnnotationEditor editor, ExecutionEvent event) throws ExecutionException {
		String id = event.getParameter(TAG_PARAMETER);
		var corpus = editor.getDocument().eContainer();
		editor.applyTag(Tags.byId((org.collatio.model.Corpus) corpus, id)
				.orElseThrow(() -> new ExecutionException("No tag with id " + id + " in the corpus's tag sets")));
	}
}
