/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.collatio.core.tags.Tags;
import org.collatio.editor.AnnotationEditor;
import org.collatio.editor.DocumentEditorInput;
import org.collatio.editor.views.AnnotationsView;
import org.collatio.editor.views.TagDropAdapter;
import org.collatio.editor.views.TagPaletteView;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tag palette and the annotations view, working with the annotation editor. */
class EditorViewsTest {

	private CorpusSession session;
	private IWorkbenchPage page;
	private AnnotationEditor editor;

	@BeforeEach
	void openAnArticle() throws Exception {
		session = PlatformUI.getWorkbench().getService(CorpusSession.class);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		editor = (AnnotationEditor) page.openEditor(new DocumentEditorInput(session.getStore().findDocument("004_c18513d2de862493")),
				AnnotationEditor.ID);
		waitFor(() -> true);
	}

	@AfterEach
	void undoAndClose() throws Exception {
		Workbench.restoreSeedCorpus();
	}

	private void select(String text) {
		int begin = editor.getContent().getText().indexOf(text);
		editor.getViewer().setSelectedRange(begin, text.length());
	}

	@Test
	void theTagPaletteShowsTheTagSetAndTagsTheEditorSelection() throws Exception {
		TagPaletteView palette = (TagPaletteView) page.showView(TagPaletteView.ID);
		Tag quote = Tags.all(session.getStore().getCorpus()).stream().filter(t -> "statement.quote".equals(t.getCode())).findFirst()
				.orElseThrow();
		assertEquals("Collatio default", palette.getViewer().getTree().getItem(0).getText());
		select("The Russian peacekeepers are doing everything to protect the civilian population");
		palette.getViewer().setSelection(new StructuredSelection(quote), true);
		palette.applySelectedTag();
		waitFor(() -> !editor.getContent().getSpans().isEmpty());
		SpanAnnotation span = editor.getContent().getSpans().get(0);
		assertEquals(List.of(quote), span.getTags());
		assertEquals("The Russian peacekeepers are doing everything to protect the civilian population",
				editor.getContent().getText().substring(span.getBegin(), span.getEnd()));
	}

	@Test
	void theAnnotationsViewListsTheSpansAndFollowsTheEditorBothWays() throws Exception {
		AnnotationsView annotations = (AnnotationsView) page.showView(AnnotationsView.ID);
		Tag speaker = Tags.byKey(session.getStore().getCorpus(), "s").orElseThrow();
		Tag place = Tags.byKey(session.getStore().getCorpus(), "p").orElseThrow();
		select("Armen Grigoryan");
		editor.applyTag(speaker);
		select("Stepanakert");
		editor.applyTag(place);
		page.activate(editor);
		waitFor(() -> annotations.getViewer().getTable().getItemCount() == 2);
		List<String> rows = java.util.Arrays.stream(annotations.getViewer().getTable().getItems()).map(i -> i.getText(1) + " | " + i.getText(2))
				.toList();
		assertTrue(rows.containsAll(List.of("Armen Grigoryan | Speaker", "Stepanakert | Place")), rows.toString());

		SpanAnnotation grigoryan = editor.getContent().getSpans().get(0);
		annotations.getViewer().setSelection(new StructuredSelection(grigoryan), true);
		var selected = editor.getViewer().getSelectedRange();
		assertEquals(grigoryan.getBegin(), selected.x, "selecting a row selects the span in the text");
		assertEquals(grigoryan.getEnd() - grigoryan.getBegin(), selected.y);

		SpanAnnotation stepanakert = editor.getContent().getSpans().get(1);
		page.activate(editor);
		editor.getViewer().setSelectedRange(stepanakert.getBegin() + 3, 0);
		waitFor(() -> annotations.getViewer().getStructuredSelection().getFirstElement() == stepanakert);
		TableItem[] selectedRows = annotations.getViewer().getTable().getSelection();
		assertEquals(1, selectedRows.length);
		assertEquals("Stepanakert", selectedRows[0].getText(1), "the caret in a span selects its row");
	}

	@Test
	void tagSetChangesShowInThePaletteAndInTheEditorAndADropReparents() throws Exception {
		TagPaletteView palette = (TagPaletteView) page.showView(TagPaletteView.ID);
		var domain = session.getEditingDomain();
		Tag facts = Tags.all(session.getStore().getCorpus()).stream().filter(t -> "fact".equals(t.getCode())).findFirst().orElseThrow();
		domain.getCommandStack().execute(org.collatio.core.edit.TagCommands.create(domain, facts, "Casualty figure", "#112233", null));
		waitFor(() -> true);
		assertTrue(treeTexts(palette).contains("Casualty figure"), treeTexts(palette).toString());

		Tag place = Tags.byKey(session.getStore().getCorpus(), "p").orElseThrow();
		select("Stepanakert");
		editor.applyTag(place);
		int offset = editor.getContent().getText().indexOf("Stepanakert");
		domain.getCommandStack().execute(org.collatio.core.edit.TagCommands.recolour(domain, place, "#00FF00"));
		waitFor(() -> true);
		assertEquals(new org.eclipse.swt.graphics.RGB(0, 255, 0),
				editor.getViewer().getTextWidget().getStyleRangeAtOffset(offset).background.getRGB(), "recolouring redraws the text");

		Tag statement = Tags.all(session.getStore().getCorpus()).stream().filter(t -> "statement".equals(t.getCode())).findFirst()
				.orElseThrow();
		TagDropAdapter drop = new TagDropAdapter(palette.getViewer(), session);
		assertFalse(TagDropAdapter.canMove(statement, statement.getChildren().get(0)), "not under its own child");
		assertTrue(drop.move(place, statement));
		assertEquals(statement, place.getParent());
		waitFor(() -> true);
		org.eclipse.swt.widgets.TreeItem statementItem = java.util.Arrays.stream(palette.getViewer().getTree().getItem(0).getItems())
				.filter(i -> i.getText().startsWith("Statements")).findFirst().orElseThrow();
		assertTrue(java.util.Arrays.stream(statementItem.getItems()).anyMatch(i -> i.getText().startsWith("Place")),
				"the tree shows Place under Statements");
	}

	private static List<String> treeTexts(TagPaletteView palette) {
		List<String> texts = new java.util.ArrayList<>();
		for (org.eclipse.swt.widgets.TreeItem set : palette.getViewer().getTree().getItems()) {
			for (org.eclipse.swt.widgets.TreeItem group : set.getItems()) {
				texts.add(group.getText());
				for (org.eclipse.swt.widgets.TreeItem tag : group.getItems()) {
					texts.add(tag.getText());
				}
			}
		}
		return texts;
	}

	private static void waitFor(BooleanSupplier condition) throws InterruptedException {
		Workbench.waitFor(condition);
	}

}
