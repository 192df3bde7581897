/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.ui.curation;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.Layers;
import org.collatio.editor.AnnotationEditor;
import org.collatio.editor.DocumentEditorInput;
import org.collatio.model.Document;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/** Moving the workbench onto the curated layer, and finding the editor of a document (UI thread). */
public final class Curating {

	private Curating() {
	}

	/** Whether the session works on the curated layer. */
	public static boolean isCurating(CorpusSession session) {
		return session.getStore() != null && Layers.CURATED.equals(session.getStore().getLayerName());
	}

	/**
	 * Works on the curated layer: the session saves and opens the corpus again on it, which closes the
	 * editors; the editor of {@code documentId} (if any) is opened again on the curated layer. Returns
	 * whether the session now curates.
	 */
	public static boolean start(CorpusSession session, IWorkbenchPage page, String documentId) throws CorpusException, PartInitException {
		if (isCurating(session)) {
			return true;
		}
		if (!session.switchLayer(Layers.CURATED)) {
			return false;
		}
		if (documentId != null) {
			openEditor(session.getStore(), page, documentId);
		}
		return isCurating(session);
	}

	/** The open annotation editor of a document, or null. */
	public static AnnotationEditor editorOf(IWorkbenchPage page, String documentId) {
		for (IEditorReference reference : page.getEditorReferences()) {
			if (reference.getEditor(false) instanceof AnnotationEditor editor && editor.getDocument() != null
					&& editor.getDocument().getId().equals(documentId)) {
				return editor;
			}
		}
		return null;
	}

	/** Opens (or brings forward) the annotation editor of a document of the store. */
	public static AnnotationEditor openEditor(CorpusStore store, IWorkbenchPage page, String documentId) throws PartInitException {
		Document document = store.findDocument(documentId);
		if (document == null) {
			return null;
		}
		return page.openEditor(new DocumentEditorInput(document), AnnotationEditor.ID) instanceof AnnotationEditor editor ? editor : null;
	}
}
