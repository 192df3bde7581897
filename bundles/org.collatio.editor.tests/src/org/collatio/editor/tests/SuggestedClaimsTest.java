/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.tests;

import java.time.Duration;
import org.collatio.ui.testing.UiWait;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.collatio.core.edit.ClaimCommands;
import org.collatio.core.store.CorpusStore;
import org.collatio.editor.AnnotationEditor;
import org.collatio.editor.DocumentEditorInput;
import org.collatio.editor.claims.ClaimDialog;
import org.collatio.editor.claims.SuggestionForms;
import org.collatio.editor.internal.SuggestedClaims;
import org.collatio.model.Claim;
import org.collatio.model.ClaimKind;
import org.collatio.model.CollatioFactory;
import org.collatio.model.Document;
import org.collatio.model.EntityKind;
import org.collatio.suggest.Suggestion;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suggested claims in the annotation editor as a coder meets them: computed in a job, drawn as
 * dashed outlines (the widget's pixels), accepted with one undoable command, rejected with Delete
 * and still rejected after the article is opened again, hidden by the toggle, accepted all at once.
 */
class SuggestedClaimsTest {

	private static final String TEXT = "\uD83D\uDCF0 Talks in Geneva\r\n\r\n"
			+ "\"Our task now is to support the government in order to ensure peace,\" Tass quoted Putin as saying.\r\n\r\n"
			+ "The union leader said on Monday that the strike would go on until the end of the month.\r\n";

	@TempDir
	Path dir;

	private CorpusSession session;
	private IWorkbenchPage page;
	private Path previous;

	@BeforeEach
	void aCorpusWithOneArticleAndPutin() throws Exception {
		session = Workbench.session();
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		previous = session.getStore().getLayout().directory();
		try (CorpusStore store = CorpusStore.openOrCreate(dir, "Suggestions")) {
			Document document = CollatioFactory.eINSTANCE.createDocument();
			document.setId("a");
			store.addDocument(document, TEXT);
			store.getCorpus().getEntities().add(ClaimCommands.newEntity(EntityKind.PERSON, "Vladimir Putin", List.of()));
			store.save();
		}
		session.open(dir);
	}

	@AfterEach
	void backToTheSeedCorpus() throws Exception {
		if (!isShownByToggle()) {
			execute(AnnotationEditor.SUGGESTIONS_COMMAND);
		}
		page.closeAllEditors(false);
		session.open(previous);
	}

	private AnnotationEditor open() throws Exception {
		AnnotationEditor editor = (AnnotationEditor) page.openEditor(new DocumentEditorInput(session.getStore().findDocument("a")), AnnotationEditor.ID);
		processEvents();
		return editor;
	}

	private static void processEvents() throws InterruptedException {
		Workbench.processEvents();
		UiWait.poll(() -> Job.getJobManager().find(SuggestedClaims.FAMILY).length == 0, Duration.ofSeconds(20));
		Workbench.processEvents();
	}

	private static void execute(String commandId) throws Exception {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		ParameterizedCommand command = ParameterizedCommand.generateCommand(commands.getCommand(commandId), Map.of());
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
		processEvents();
	}

	private static boolean isShownByToggle() {
		var state = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(AnnotationEditor.SUGGESTIONS_COMMAND)
				.getState("org.eclipse.ui.commands.toggleState");
		return Boolean.TRUE.equals(state.getValue());
	}

	private static Suggestion starting(AnnotationEditor editor, String prefix) {
		return editor.getSuggestedClaims().visible().stream().filter(s -> s.text().startsWith(prefix)).findFirst().orElse(null);
	}

	@Test
	void outlinesHaveOnePiecePerVisualLineFoundWithoutWalkingEveryCharacter() throws Exception {
		AnnotationEditor editor = open();
		StyledText text = editor.getViewer().getTextWidget();
		page.activate(editor);
		processEvents();
		int end = text.getCharCount();
		// the reference: walk every character and start a piece where the y changes (what painting did before)
		List<Rectangle> expected = new java.util.ArrayList<>();
		org.eclipse.swt.graphics.Point start = text.getLocationAtOffset(0);
		for (int offset = 1; offset <= end; offset++) {
			org.eclipse.swt.graphics.Point at = text.getLocationAtOffset(offset);
			if (offset == end || at.y != start.y) {
				Rectangle last = text.getTextBounds(offset - 1, offset - 1);
				expected.add(new Rectangle(start.x - 2, start.y - 1, Math.max(2, last.x + last.width - start.x + 3), text.getLineHeight() + 1));
				start = at;
			}
		}
		List<Rectangle> pieces = editor.getSuggestedClaims().rectangles(0, end);
		assertTrue(pieces.size() > 2, "the article covers several visual lines: " + pieces);
		assertEquals(expected, pieces);
	}

	@Test
	void suggestionsAreComputedInAJobAndDrawnAsDashedOutlines() throws Exception {
		AnnotationEditor editor = open();
		Suggestion relay = starting(editor, "Our task now");
		assertTrue(relay != null, "suggested: " + editor.getSuggestedClaims().visible());
		assertEquals("Vladimir Putin", relay.speaker(), "matched to the corpus's entity by family name");
		assertEquals("Tass", relay.via());
		assertEquals(TEXT.indexOf("Our task"), relay.begin(), "UTF-16 offsets after a non-BMP character and CRLF");
		Suggestion union = starting(editor, "the strike would go on");
		assertEquals("The union leader", union.speaker());
		assertEquals("on Monday", union.when());
		assertTrue(session.getStore().findDocument("a") != null && editor.getContent().getSpans().isEmpty(), "suggestions are not annotations");

		StyledText text = editor.getViewer().getTextWidget();
		page.activate(editor);
		text.redraw();
		processEvents();
		Rectangle outline = editor.getSuggestedClaims().rectangles(relay.begin(), relay.end()).get(0);
		Image image = new Image(text.getDisplay(), text.getSize().x, text.getSize().y);
		GC gc = new GC(image);
		try {
			assertTrue(text.print(gc), "the text widget can be printed");
			ImageData pixels = image.getImageData();
			RGB colour = new RGB(90, 90, 160);
			int on = 0;
			int width = Math.min(outline.width, 120);
			for (int x = outline.x + 1; x < outline.x + width; x++) {
				if (pixels.palette.getRGB(pixels.getPixel(x, outline.y)).equals(colour)) {
					on++;
				}
			}
			assertTrue(on >= width / 4 && on <= width - width / 5, "the top edge is drawn dashed: " + on + " of " + width + " pixels");
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	@Test
	void acceptIsOneUndoableCommandAndTheFormComesPrefilled() throws Exception {
		AnnotationEditor editor = open();
		Suggestion relay = starting(editor, "Our task now");
		editor.getViewer().setSelectedRange(relay.begin() + 5, 0);
		int entities = session.getStore().getCorpus().getEntities().size();
		assertTrue(editor.acceptSuggestion(form -> {
			assertEquals("Vladimir Putin", form.speaker());
			assertEquals("Tass", form.via());
			assertEquals(ClaimKind.DIRECT_QUOTE, form.kind());
			return form;
		}));
		processEvents();
		assertEquals(1, editor.getContent().getClaims().size());
		Claim claim = editor.getContent().getClaims().get(0);
		assertEquals("Vladimir Putin", claim.getSpeaker().getCanonicalName());
		assertEquals("Tass", claim.getVia().getCanonicalName());
		assertEquals(relay.begin(), claim.getSpans().get(0).getBegin());
		assertEquals(relay.end(), claim.getSpans().get(0).getEnd());
		assertNull(starting(editor, "Our task now"), "an accepted suggestion is no longer outlined");

		session.getEditingDomain().getCommandStack().undo();
		processEvents();
		assertTrue(editor.getContent().getClaims().isEmpty() && editor.getContent().getSpans().isEmpty(), "one undo takes back span and claim");
		assertEquals(entities, session.getStore().getCorpus().getEntities().size(), "and the new entity Tass");
		assertTrue(starting(editor, "Our task now") != null, "the suggestion is back");

		ClaimDialog dialog = new ClaimDialog(text(editor).getShell(), session.getStore().getCorpus(), relay.text()).prefill(SuggestionForms.of(relay));
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			List<String> combos = combos(dialog.getShell()).stream().map(Combo::getText).toList();
			assertEquals("Vladimir Putin", combos.get(0), "Make Claim pre-fills the speaker");
			assertEquals("Tass", combos.get(1), "and the via");
		} finally {
			dialog.close();
		}
	}

	@Test
	void deleteRejectsTheSuggestionForGoodAndTheToggleHidesThem() throws Exception {
		AnnotationEditor editor = open();
		Suggestion union = starting(editor, "the strike would go on");
		editor.getViewer().setSelectedRange(union.begin() + 3, 0);
		execute("org.collatio.editor.commands.deleteSpan");
		assertNull(starting(editor, "the strike would go on"), "rejected");
		assertTrue(Files.readString(SuggestedClaims.rejectionsFile(session.getStore())).contains(union.begin() + "-" + union.end()));
		assertFalse(session.isDirty(), "a rejection is not a change of the annotations");

		page.closeAllEditors(false);
		editor = open();
		assertNull(starting(editor, "the strike would go on"), "still rejected when the article is opened again");
		assertTrue(starting(editor, "Our task now") != null);

		execute(AnnotationEditor.SUGGESTIONS_COMMAND);
		assertFalse(isShownByToggle());
		assertTrue(editor.getSuggestedClaims().visible().isEmpty(), "hidden");
		execute(AnnotationEditor.SUGGESTIONS_COMMAND);
		assertTrue(starting(editor, "Our task now") != null, "shown again");
	}

	@Test
	void acceptAllMakesEveryShownSuggestionAClaimInOneCommand() throws Exception {
		AnnotationEditor editor = open();
		int shown = editor.getSuggestedClaims().visible().size();
		assertTrue(shown >= 2);
		execute("org.collatio.editor.commands.acceptAllSuggestions");
		assertEquals(shown, editor.getContent().getClaims().size());
		assertTrue(editor.getSuggestedClaims().visible().isEmpty());
		assertSame(session.getStore().getCorpus().getEntities().get(0), editor.getContent().getClaims().get(0).getSpeaker());
		session.getEditingDomain().getCommandStack().undo();
		assertTrue(editor.getContent().getClaims().isEmpty(), "one undo");
	}

	private static StyledText text(AnnotationEditor editor) {
		return editor.getViewer().getTextWidget();
	}

	private static List<Combo> combos(Control control) {
		java.util.ArrayList<Combo> found = new java.util.ArrayList<>();
		if (control instanceof Combo combo) {
			found.add(combo);
		} else if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(combos(child));
			}
		}
		return found;
	}
}
