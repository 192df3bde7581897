/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.tests;

import java.time.Duration;
import org.collatio.ui.testing.UiWait;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.CorpusStore.LayerChoice;
import org.collatio.editor.AnnotationEditor;
import org.collatio.editor.DocumentEditorInput;
import org.collatio.editor.handlers.ApplyTagHandler;
import org.collatio.editor.internal.OtherCoders;
import org.collatio.model.CollatioFactory;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;
import org.collatio.ui.layers.WorkOnLayerHandler;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coders' layers in the workbench as a coder sees them: my layer in the editor, another coder's
 * layer worked on read-only through Coders &gt; Work On, and the other coders' spans outlined over
 * mine (in the model of the outlines and in the widget's pixels).
 */
class CodersLayersTest {

	private static final String TEXT = "\uD83D\uDCF0 The minister said the talks had failed.\r\nThe union denied it on Monday.\r\n";

	@TempDir
	Path dir;

	private CorpusSession session;
	private IWorkbenchPage page;
	private Path previous;
	private String previousCoder;

	@BeforeEach
	void aCorpusCodedByAliceAndBob() throws Exception {
		session = Workbench.session();
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		previous = session.getStore().getLayout().directory();
		previousCoder = session.getCoderName();
		try (CorpusStore store = CorpusStore.openOrCreate(dir, "Two coders")) {
			Document document = CollatioFactory.eINSTANCE.createDocument();
			document.setId("a");
			store.addDocument(document, TEXT);
			store.save();
		}
		int second = TEXT.indexOf("The union");
		code("Alice", new int[][] { { 3, 42 }, { second, second + 29 } });
		code("Bob", new int[][] { { 7, 15 } });
		session.setCoderName("Alice");
		session.open(dir);
	}

	private void code(String coder, int[][] spans) throws Exception {
		try (CorpusStore store = CorpusStore.open(dir, LayerChoice.coder(coder))) {
			Tag tag = store.getCorpus().getTagSets().get(0).getTags().get(0);
			DocumentContent content = store.getContent(store.findDocument("a"));
			int i = 0;
			for (int[] range : spans) {
				SpanAnnotation span = CollatioFactory.eINSTANCE.createSpanAnnotation();
				span.setId("s" + i++);
				span.setBegin(range[0]);
				span.setEnd(range[1]);
				span.getTags().add(tag);
				content.getSpans().add(span);
			}
			store.save();
		}
	}

	@AfterEach
	void backToTheSeedCorpus() throws Exception {
		if (isOn()) {
			execute(AnnotationEditor.OTHER_CODERS_COMMAND, Map.of());
		}
		page.closeAllEditors(false);
		session.setCoderName(previousCoder);
		session.open(previous);
	}

	private AnnotationEditor open() throws Exception {
		AnnotationEditor editor = (AnnotationEditor) page.openEditor(new DocumentEditorInput(session.getStore().findDocument("a")), AnnotationEditor.ID);
		processEvents();
		return editor;
	}

	private static void processEvents() throws InterruptedException {
		Workbench.processEvents();
		UiWait.poll(() -> Job.getJobManager().find(OtherCoders.FAMILY).length == 0, Duration.ofSeconds(5));
		Workbench.processEvents();
	}

	private void execute(String commandId, Map<String, String> parameters) throws Exception {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		ParameterizedCommand command = ParameterizedCommand.generateCommand(commands.getCommand(commandId), parameters);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
		processEvents();
	}

	private boolean isOn() {
		var state = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(AnnotationEditor.OTHER_CODERS_COMMAND)
				.getState("org.eclipse.ui.commands.toggleState");
		return Boolean.TRUE.equals(state.getValue());
	}

	private static List<String> ranges(AnnotationEditor editor) {
		return editor.getContent().getSpans().stream().map(s -> s.getBegin() + "-" + s.getEnd()).toList();
	}

	@Test
	void theEditorShowsMyLayerAndAnotherCodersLayerReadOnly() throws Exception {
		AnnotationEditor editor = open();
		assertEquals("alice", session.getStore().getLayerName());
		assertEquals(2, ranges(editor).size(), "my layer: Alice's two spans");
		assertEquals("", editor.getContentDescription());
		assertTrue(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getText().endsWith("My layer (Alice)"));

		execute(WorkOnLayerHandler.COMMAND_ID, Map.of(WorkOnLayerHandler.LAYER_PARAMETER, "bob"));
		assertEquals("bob", session.getStore().getLayerName());
		assertTrue(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getText().endsWith("Bob's layer (read-only)"));
		editor = open();
		assertEquals(List.of("7-15"), ranges(editor), "Bob's layer");
		assertEquals("Bob's layer (read-only)", editor.getContentDescription());
		Tag tag = session.getStore().getCorpus().getTagSets().get(0).getTags().get(1);
		editor.getViewer().setSelectedRange(20, 10);
		Map<String, String> parameters = new HashMap<>();
		parameters.put(ApplyTagHandler.TAG_PARAMETER, tag.getId());
		execute(ApplyTagHandler.COMMAND_ID, parameters);
		assertEquals(List.of("7-15"), ranges(editor), "another coder's layer cannot be changed");
		assertFalse(session.isDirty());

		execute(WorkOnLayerHandler.COMMAND_ID, Map.of());
		assertEquals("alice", session.getStore().getLayerName(), "no layer named: my own");
		assertEquals(2, ranges(open()).size());
	}

	@Test
	void showOtherCodersOutlinesTheirSpansInTheirColour() throws Exception {
		AnnotationEditor editor = open();
		assertFalse(editor.getOtherCoders().isShown());
		execute(AnnotationEditor.OTHER_CODERS_COMMAND, Map.of());
		assertTrue(editor.getOtherCoders().isShown());
		assertEquals(List.of(new OtherCoders.Outline(7, 15, 0)), editor.getOtherCoders().outlines());
		assertEquals("Outlined: Bob's layer (read-only) (blue)", editor.getContentDescription());
		RGB blue = editor.getOtherCoders().coders().get(0).colour();

		StyledText text = editor.getViewer().getTextWidget();
		page.activate(editor);
		text.redraw();
		processEvents();
		Point at = text.getLocationAtOffset(7);
		Image image = new Image(text.getDisplay(), text.getSize().x, text.getSize().y);
		GC gc = new GC(image);
		try {
			// the widget paints itself into the image (paint listeners included), whatever covers it on screen
			assertTrue(text.print(gc), "the text widget can be printed");
			ImageData pixels = image.getImageData();
			int blueOnTopEdge = 0;
			for (int x = at.x + 2; x < at.x + 20; x++) {
				if (pixels.palette.getRGB(pixels.getPixel(x, at.y)).equals(blue)) {
					blueOnTopEdge++;
				}
			}
			assertTrue(blueOnTopEdge >= 10, "the outline's top edge is drawn in Bob's colour: " + blueOnTopEdge + " of 18 pixels");
		} finally {
			gc.dispose();
			image.dispose();
		}

		execute(AnnotationEditor.OTHER_CODERS_COMMAND, Map.of());
		assertFalse(editor.getOtherCoders().isShown());
		assertTrue(editor.getOtherCoders().outlines().isEmpty());
	}
}
