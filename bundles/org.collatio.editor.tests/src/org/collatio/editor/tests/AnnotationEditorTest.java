/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.tests;

import java.time.Duration;
import org.collatio.ui.testing.UiWait;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.collatio.core.tags.Tags;
import org.collatio.editor.AnnotationEditor;
import org.collatio.editor.DocumentEditorInput;
import org.collatio.editor.handlers.ApplyTagHandler;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tagging in the annotation editor as a researcher does it, checked in the model AND in the widget:
 * a seed article opened, a sentence selected and tagged through the command, the span and the
 * StyledText's highlight at those offsets, undo/redo through the workbench, save and re-open.
 */
class AnnotationEditorTest {

	private static final String DOCUMENT = "000_22b39a758450422f";
	private static final String QUOTE = "Our task now is to support both the prime minister and his team in order to ensure peace";

	private CorpusSession session;
	private IWorkbenchPage page;
	private AnnotationEditor editor;

	@BeforeEach
	void openTheSeedArticle() throws Exception {
		session = PlatformUI.getWorkbench().getService(CorpusSession.class);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		editor = open();
	}

	private AnnotationEditor open() throws Exception {
		AnnotationEditor opened = (AnnotationEditor) page.openEditor(new DocumentEditorInput(session.getStore().findDocument(DOCUMENT)),
				AnnotationEditor.ID);
		processEvents();
		return opened;
	}

	@AfterEach
	void undoAndClose() throws Exception {
		Workbench.restoreSeedCorpus();
	}

	private Tag tag(String code) {
		return Tags.all(session.getStore().getCorpus()).stream().filter(t -> code.equals(t.getCode())).findFirst().orElseThrow();
	}

	private void select(String text) {
		int begin = editor.getContent().getText().indexOf(text);
		assertTrue(begin >= 0, text);
		editor.getViewer().setSelectedRange(begin, text.length());
	}

	private void execute(String commandId, Map<String, String> parameters) throws Exception {
		ICommandService commands = editor.getSite().getService(ICommandService.class);
		ParameterizedCommand command = ParameterizedCommand.generateCommand(commands.getCommand(commandId), parameters);
		editor.getSite().getService(IHandlerService.class).executeCommand(command, null);
		processEvents();
	}

	private void applyTag(Tag tag) throws Exception {
		execute(ApplyTagHandler.COMMAND_ID, Map.of(ApplyTagHandler.TAG_PARAMETER, tag.getId()));
	}

	private StyleRange styleAt(int offset) {
		StyledText text = editor.getViewer().getTextWidget();
		return text.getStyleRangeAtOffset(offset);
	}

	private static RGB rgb(String hex) {
		int value = Integer.parseInt(hex.substring(1), 16);
		return new RGB(value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF);
	}

	@Test
	void taggingASentenceMakesASpanAndHighlightsItInTheTagColour() throws Exception {
		Tag quote = tag("statement.quote");
		select(QUOTE);
		applyTag(quote);

		int begin = editor.getContent().getText().indexOf(QUOTE);
		List<SpanAnnotation> spans = editor.getContent().getSpans();
		assertEquals(1, spans.size());
		assertEquals(begin, spans.get(0).getBegin());
		assertEquals(begin + QUOTE.length(), spans.get(0).getEnd());
		assertEquals(List.of(quote), spans.get(0).getTags());
		assertEquals(rgb(quote.getColor()), styleAt(begin).background.getRGB());
		assertEquals(rgb(quote.getColor()), styleAt(begin + QUOTE.length() - 1).background.getRGB());
		assertTrue(styleAt(begin + QUOTE.length()) == null || styleAt(begin + QUOTE.length()).background == null, "not beyond the span");
		assertTrue(editor.isDirty() && editor.isSaveOnCloseNeeded(), "unsaved tagging: closing asks first");

		execute("org.eclipse.ui.edit.undo", Map.of());
		assertEquals(0, editor.getContent().getSpans().size());
		assertTrue(styleAt(begin) == null || styleAt(begin).background == null, "undo removes the highlight");
		assertFalse(editor.isDirty());

		execute("org.eclipse.ui.edit.redo", Map.of());
		assertEquals(1, editor.getContent().getSpans().size());
		assertEquals(rgb(quote.getColor()), styleAt(begin).background.getRGB());
	}

	@Test
	void aSavedSpanIsThereAfterTheCorpusIsReopened() throws Exception {
		Tag claim = tag("statement.claim");
		select("Russian peacekeepers remain the primary\nguarantor of peace and security in Nagorno-Karabakh");
		applyTag(claim);
		editor.doSave(null);
		assertFalse(editor.isDirty());
		page.closeAllEditors(false);

		session.open(session.getStore().getLayout().directory()); // re-read everything from disk
		editor = open();
		String text = editor.getContent().getText();
		int begin = text.indexOf("Russian peacekeepers remain");
		SpanAnnotation span = editor.getContent().getSpans().get(0);
		assertEquals(begin, span.getBegin());
		assertEquals("Claim", span.getTags().get(0).getName());
		assertEquals(rgb(claim.getColor()), styleAt(begin + 3).background.getRGB());
		// leave the seed corpus as it was for the other tests
		session.getEditingDomain().getCommandStack().execute(
				org.collatio.core.edit.SpanCommands.delete(session.getEditingDomain(), List.of(span)));
		session.save();
		session.getEditingDomain().getCommandStack().flush();
	}

	@Test
	void aTagKeyTagsTheSelectionSnappedToWholeWords() throws Exception {
		String text = editor.getContent().getText();
		int begin = text.indexOf("Kremlin spokesman Dmitry Peskov");
		editor.getViewer().setSelectedRange(begin + 20, 8); // "itry Pes": a sloppy drag
		Event key = new Event();
		key.character = 's';
		key.keyCode = 's';
		editor.getViewer().getTextWidget().notifyListeners(SWT.KeyDown, key);
		processEvents();
		SpanAnnotation span = editor.getContent().getSpans().get(0);
		assertEquals("Dmitry Peskov", text.substring(span.getBegin(), span.getEnd()));
		assertEquals("actor.speaker", span.getTags().get(0).getCode());
		assertEquals(text, editor.getContent().getText(), "the key did not type into the text");
	}

	@Test
	void overlappingSpansStayDistinguishableAndTheInnerOneIsDeletedFirst() throws Exception {
		Tag reported = tag("statement.reported-speech");
		Tag speaker = tag("actor.speaker");
		select("Interfax quoted Putin as saying");
		applyTag(reported);
		select("Putin as saying");
		int putin = editor.getViewer().getSelectedRange().x;
		editor.getViewer().setSelectedRange(putin, "Putin".length());
		applyTag(speaker);
		assertEquals(2, editor.getContent().getSpans().size());

		StyleRange overlap = styleAt(putin);
		assertEquals(rgb(speaker.getColor()), overlap.background.getRGB(), "the inner span's colour");
		assertEquals(SWT.BORDER_SOLID, overlap.borderStyle, "an outline shows the outer span");
		assertNotNull(overlap.borderColor);
		int interfax = editor.getContent().getText().indexOf("Interfax quoted Putin");
		assertEquals(rgb(reported.getColor()), styleAt(interfax).background.getRGB());
		assertEquals(SWT.NONE, styleAt(interfax).borderStyle);

		editor.getViewer().setSelectedRange(putin + 2, 0);
		execute("org.collatio.editor.commands.deleteSpan", Map.of());
		assertEquals(List.of(reported), editor.getContent().getSpans().get(0).getTags(), "the speaker span went, the outer stayed");
		assertEquals(rgb(reported.getColor()), styleAt(putin).background.getRGB());
	}

	@Test
	void taggingAnExistingSpanAddsTheTagAndRemoveTagTakesTagsOffOneByOne() throws Exception {
		Tag claim = tag("statement.claim");
		Tag quote = tag("statement.quote");
		select(QUOTE);
		applyTag(claim);
		select(QUOTE);
		applyTag(quote);
		assertEquals(1, editor.getContent().getSpans().size(), "the same range: one span");
		SpanAnnotation span = editor.getContent().getSpans().get(0);
		assertEquals(List.of(claim, quote), span.getTags());

		editor.getViewer().setSelectedRange(span.getBegin() + 5, 0);
		execute("org.collatio.editor.commands.removeTag", Map.of());
		assertEquals(List.of(claim), span.getTags(), "the tag used last comes off first");
		execute("org.collatio.editor.commands.removeTag", Map.of());
		assertEquals(0, editor.getContent().getSpans().size(), "a span without tags goes");
		assertTrue(styleAt(span.getBegin()) == null || styleAt(span.getBegin()).background == null);
		execute("org.eclipse.ui.edit.undo", Map.of());
		assertEquals(List.of(claim), editor.getContent().getSpans().get(0).getTags());
	}

	@Test
	void theOverviewRulerMarksEverySpanAndAClickSelectsIt() throws Exception {
		select("Nikol Pashinyan");
		applyTag(tag("actor.speaker"));
		select("AFP contributed reporting");
		applyTag(tag("framing.background"));
		SpanAnnotation last = editor.getContent().getSpans().get(1);
		var overview = editor.getOverview();
		assertTrue(overview.markY(last) > overview.markY(editor.getContent().getSpans().get(0)), "marks follow the text order");
		assertTrue(overview.markY(last) > overview.getControl().getClientArea().height / 2, "the last paragraph is marked near the bottom");
		org.eclipse.swt.widgets.Event click = new org.eclipse.swt.widgets.Event();
		click.y = overview.markY(last) + 1;
		click.button = 1;
		overview.getControl().notifyListeners(SWT.MouseDown, click);
		var selected = editor.getViewer().getSelectedRange();
		assertEquals(last.getBegin(), selected.x);
		assertEquals(last.getEnd() - last.getBegin(), selected.y);
	}

	@Test
	void extendSelectionByWordsIsACommand() throws Exception {
		int begin = editor.getContent().getText().indexOf("Nikol Pashinyan has");
		editor.getViewer().setSelectedRange(begin, 0);
		execute("org.collatio.editor.commands.extendSelectionNextWord", Map.of());
		execute("org.collatio.editor.commands.extendSelectionNextWord", Map.of());
		var selected = editor.getViewer().getSelectedRange();
		assertEquals(begin, selected.x);
		assertTrue(editor.getContent().getText().substring(begin, begin + selected.y).startsWith("Nikol Pashinyan"),
				editor.getContent().getText().substring(begin, begin + selected.y));
	}

	@Test
	void taggingIsSavedOnItsOwnShortlyAfterTheLastChange() throws Exception {
		session.setAutosaveDelay(300);
		try {
			select("Dmitry Peskov");
			applyTag(tag("actor.speaker"));
			assertTrue(editor.isDirty());
			UiWait.poll(() -> !editor.isDirty(), Duration.ofSeconds(5));
			assertFalse(editor.isDirty(), "auto-saved");
			session.awaitSaved(); // the files are written in the background
			String saved = java.nio.file.Files.readString(session.getStore().getLayout().contentFile(DOCUMENT));
			assertTrue(saved.contains("tag-actor.speaker"), "the span is in the document's file on disk");
		} finally {
			session.setAutosaveDelay(CorpusSession.DEFAULT_AUTOSAVE_MILLIS);
		}
	}

	@Test
	void nextAndPreviousAnnotationMoveTheSelectionFromSpanToSpan() throws Exception {
		select("Nikol Pashinyan");
		applyTag(tag("actor.speaker"));
		select("Dmitry Peskov");
		applyTag(tag("actor.speaker"));
		editor.getViewer().setSelectedRange(0, 0);
		execute("org.collatio.editor.commands.nextSpan", Map.of());
		String text = editor.getContent().getText();
		var range = editor.getViewer().getSelectedRange();
		assertEquals("Nikol Pashinyan", text.substring(range.x, range.x + range.y));
		execute("org.collatio.editor.commands.nextSpan", Map.of());
		range = editor.getViewer().getSelectedRange();
		assertEquals("Dmitry Peskov", text.substring(range.x, range.x + range.y));
		execute("org.collatio.editor.commands.previousSpan", Map.of());
		range = editor.getViewer().getSelectedRange();
		assertEquals("Nikol Pashinyan", text.substring(range.x, range.x + range.y));
	}

	private static void processEvents() {
		Workbench.processEvents();
	}
}
