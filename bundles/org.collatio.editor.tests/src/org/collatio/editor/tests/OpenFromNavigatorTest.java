/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.collatio.editor.AnnotationEditor;
import org.collatio.editor.internal.SpanHover;
import org.collatio.model.Document;
import org.collatio.model.SpanAnnotation;
import org.collatio.ui.session.CorpusSession;
import org.collatio.ui.views.CorpusNavigator;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Double-click (or Enter) on a document in the corpus navigator opens it; the hover describes spans. */
class OpenFromNavigatorTest {

	private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

	@AfterEach
	void close() throws Exception {
		Workbench.restoreSeedCorpus();
	}

	@Test
	void openingARowOfTheNavigatorShowsTheArticleInTheAnnotationEditor() throws Exception {
		CorpusNavigator navigator = (CorpusNavigator) page.showView(CorpusNavigator.ID);
		Document document = PlatformUI.getWorkbench().getService(CorpusSession.class).getStore().findDocument("003_a198eed70dad4c69");
		navigator.getViewer().setSelection(new StructuredSelection(document), true);
		Event enter = new Event();
		enter.item = navigator.getViewer().getTable().getSelection()[0];
		navigator.getViewer().getTable().notifyListeners(SWT.DefaultSelection, enter); // what Enter and double-click send
		while (Display.getCurrent().readAndDispatch()) {
			// open the editor
		}
		IEditorPart active = page.getActiveEditor();
		assertTrue(active instanceof AnnotationEditor, String.valueOf(active));
		AnnotationEditor editor = (AnnotationEditor) active;
		assertEquals("Putin Looks To Strengthen Russian-Armenian Ties", editor.getPartName());
		assertTrue(editor.getViewer().getTextWidget().getText().startsWith("Putin Looks To Strengthen Russian-Armenian Ties\n\nRUSSIA --"));
		assertTrue(!editor.getViewer().isEditable(), "the text itself is read-only");
	}

	@Test
	void theHoverNamesTagsNoteAndAnnotator() {
		CorpusSession session = PlatformUI.getWorkbench().getService(CorpusSession.class);
		var corpus = session.getStore().getCorpus();
		SpanAnnotation span = org.collatio.model.CollatioFactory.eINSTANCE.createSpanAnnotation();
		span.getTags().add(org.collatio.core.tags.Tags.byKey(corpus, "c").orElseThrow());
		span.getTags().add(org.collatio.core.tags.Tags.byKey(corpus, "q").orElseThrow());
		span.setNote("contradicted by 004");
		org.collatio.model.Annotator annotator = org.collatio.model.CollatioFactory.eINSTANCE.createAnnotator();
		annotator.setName("Ani");
		span.setAnnotator(annotator);
		assertEquals("Claim, Quote\nNote: contradicted by 004\nBy Ani", SpanHover.describe(span));
	}
}
