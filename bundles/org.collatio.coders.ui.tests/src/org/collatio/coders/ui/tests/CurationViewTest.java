/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.ui.tests;

import static org.collatio.coders.curation.tests.fixtures.TwoCoderCorpus.ACROSS;
import static org.collatio.coders.curation.tests.fixtures.TwoCoderCorpus.DOCUMENT;
import static org.collatio.coders.curation.tests.fixtures.TwoCoderCorpus.MET;
import static org.collatio.coders.curation.tests.fixtures.TwoCoderCorpus.PASHINYAN;
import static org.collatio.coders.curation.tests.fixtures.TwoCoderCorpus.PUTIN;
import static org.collatio.coders.curation.tests.fixtures.TwoCoderCorpus.SAID;
import static org.collatio.coders.ui.tests.Workbench.execute;
import static org.collatio.coders.ui.tests.Workbench.page;
import static org.collatio.coders.ui.tests.Workbench.processEvents;
import static org.collatio.coders.ui.tests.Workbench.session;
import static org.collatio.coders.ui.tests.Workbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.collatio.coders.curation.RowKind;
import org.collatio.coders.curation.tests.fixtures.TwoCoderCorpus;
import org.collatio.coders.ui.CurationView;
import org.collatio.coders.ui.curation.AcceptAgreedHandler;
import org.collatio.coders.ui.curation.AcceptVersionHandler;
import org.collatio.coders.ui.curation.Curating;
import org.collatio.coders.ui.curation.CurationColours;
import org.collatio.core.edit.SpanCommands;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.Layers;
import org.collatio.editor.AnnotationEditor;
import org.collatio.model.Claim;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Stance;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Curation view on a corpus coded by Alice and Bob, opened through the session as the workbench
 * opens any corpus (the workbench's own coder, Tester, has coded nothing): the rows in the widget,
 * a row's range selected in the editor, starting to curate, accepting a version (the curated layer
 * in the model, the row marked done in the widget) and undoing it.
 */
class CurationViewTest {

	private static final int TEXT = 1;
	private static final int DIFFERENCE = 2;
	private static final int ALICE = 3;
	private static final int BOB = 4;
	private static final int CURATED = 5;

	@TempDir
	Path dir;

	private Path seedCorpus;
	private CurationView view;

	@BeforeEach
	void openTwoCodersCorpus() throws Exception {
		Path corpus = dir.resolve("corpus");
		TwoCoderCorpus.create(corpus);
		seedCorpus = session().getStore().getLayout().directory();
		session().open(corpus);
		Curating.openEditor(session().getStore(), page(), DOCUMENT);
		view = (CurationView) page().showView(CurationView.ID);
		waitFor(() -> table().getItemCount() == 7);
	}

	@AfterEach
	void restoreSeedCorpus() throws Exception {
		page().hideView(view);
		Workbench.reopen(seedCorpus);
	}

	private Table table() {
		return view.getTable().getViewer().getTable();
	}

	/** The row of a range, as the user sees it (a virtual row is filled when it is read). */
	private TableItem item(int[] range) {
		for (int i = 0; i < table().getItemCount(); i++) {
			TableItem item = table().getItem(i);
			if (item.getText(0).equals(String.valueOf(range[0])) && view.getCuration().rows().get(i).end() == range[1]) {
				return item;
			}
		}
		throw new AssertionError("no row at " + range[0]);
	}

	/** Selects the row of a range, as a click does (the viewer tells its listeners). */
	private void select(int[] range) {
		item(range);
		view.getTable().getViewer().setSelection(new StructuredSelection(
				view.getCuration().rows().stream().filter(r -> r.begin() == range[0] && r.end() == range[1]).findFirst().orElseThrow()), true);
		processEvents();
	}

	private DocumentContent curated() throws CorpusException {
		assertEquals(Layers.CURATED, session().getStore().getLayerName());
		return session().getStore().getContent(session().getStore().findDocument(DOCUMENT));
	}

	/** Presses the view's Start Curating button. */
	private void startCurating() throws Exception {
		Button start = (Button) Arrays.stream(view.getCuratingBar().getChildren()).filter(Button.class::isInstance).findFirst().orElseThrow();
		assertEquals("Start Curating", start.getText());
		start.notifyListeners(SWT.Selection, new Event());
		processEvents();
		waitFor(() -> view.getCuratingBar() == null && table().getItemCount() == 7);
		page().activate(view);
	}

	@Test
	void theCodersVersionsAreShownSideBySideTintedByDifferenceAndARowSelectsItsRangeInTheArticle() throws Exception {
		List<String> columns = new ArrayList<>();
		for (var column : table().getColumns()) {
			columns.add(column.getText());
		}
		assertEquals(List.of("At", "Text", "Difference", "Alice", "Bob", "Curated"), columns, "Tester, who coded nothing, has no column");
		TableItem said = item(SAID);
		assertEquals("said \uD83D\uDE00 the talks failed", said.getText(TEXT));
		assertEquals("claim differs", said.getText(DIFFERENCE));
		assertTrue(said.getText(ALICE).contains("Vladimir Putin asserts"), said.getText(ALICE));
		assertTrue(said.getText(BOB).contains("Vladimir Putin denies"), said.getText(BOB));
		assertEquals(CurationColours.TINTS.get(RowKind.CLAIM_DIFFERS), said.getBackground(BOB).getRGB(), "a difference is tinted");
		assertEquals("\u2014", item(ACROSS).getText(ALICE), "Alice has no span there");
		assertEquals("failed. Pashinyan", item(ACROSS).getText(TEXT));
		assertEquals("agreed", item(PUTIN).getText(DIFFERENCE));
		assertEquals(table().getBackground(), item(PUTIN).getBackground(ALICE), "agreement is not tinted");

		select(SAID);
		AnnotationEditor editor = Curating.editorOf(page(), DOCUMENT);
		Point selected = editor.getViewer().getSelectedRange();
		assertEquals(new Point(SAID[0], SAID[1] - SAID[0]), selected, "the editor selects the row's range");
		assertEquals("said \uD83D\uDE00 the talks failed", editor.getViewer().getDocument().get().substring(selected.x, selected.x + selected.y));
	}

	@Test
	void beforeCuratingTheViewOffersToStartAndStartingReopensTheArticleOnTheCuratedLayer() throws Exception {
		assertNotNull(view.getCuratingBar(), "Tester works on their own layer");
		select(SAID);
		page().activate(view);
		execute(AcceptVersionHandler.COMMAND_ID, Map.of(AcceptVersionHandler.LAYER_PARAMETER, "bob"));
		assertEquals(Layers.CURATED.equals(session().getStore().getLayerName()), false);
		assertNull(SpanCommands.exactSpan(session().getStore().getContent(session().getStore().findDocument(DOCUMENT)), SAID[0], SAID[1]),
				"nothing written to Tester's layer");

		startCurating();
		assertEquals(Layers.CURATED, session().getStore().getLayerName());
		AnnotationEditor editor = Curating.editorOf(page(), DOCUMENT);
		assertNotNull(editor, "the article is open again, on the curated layer");
		assertSame(curated(), editor.getContent());
		assertEquals(DOCUMENT, view.getDocumentId());
	}

	@Test
	void aVersionAcceptedIsInTheCuratedLayerAndMarkedDoneAndUndoTakesItBack() throws Exception {
		startCurating();
		select(SAID);
		page().activate(view);
		execute(AcceptVersionHandler.COMMAND_ID, Map.of(AcceptVersionHandler.LAYER_PARAMETER, "bob"));
		SpanAnnotation span = SpanCommands.exactSpan(curated(), SAID[0], SAID[1]);
		assertNotNull(span, "Bob's span is in the curated layer");
		Claim claim = curated().getClaims().get(0);
		assertSame(span, claim.getSpans().get(0));
		assertEquals(Stance.DENIES, claim.getStance());
		assertEquals("Bob", span.getAnnotator().getName());
		waitFor(() -> item(SAID).getText(CURATED).startsWith("\u2713"));
		assertEquals("\u2713 Bob", item(SAID).getText(CURATED), "the row is marked done");
		assertTrue(item(SAID).getText(BOB).startsWith("\u2713 "), "and Bob's version ticked");
		assertEquals(CurationColours.DONE, item(SAID).getBackground(CURATED).getRGB());
		assertTrue(table().getSelectionCount() == 1 && table().getSelectionIndex() == table().indexOf(item(SAID)), "the row stays selected");
		Workbench.screenshot(Path.of("/tmp/curation.png"));

		execute("org.eclipse.ui.edit.undo", null); // Edit > Undo, the view being active
		assertNull(SpanCommands.exactSpan(curated(), SAID[0], SAID[1]), "undone: nothing curated at the range");
		assertEquals(List.of(), curated().getClaims());
		waitFor(() -> item(SAID).getText(CURATED).isEmpty());
		assertEquals("Vladimir Putin denies", item(SAID).getText(BOB).substring("Claim \u00b7 claim: ".length(), "Claim \u00b7 claim: ".length() + 21));
	}

	@Test
	void theContextMenuOffersEachCodersVersionAndAcceptingFromItCurates() throws Exception {
		startCurating();
		select(PASHINYAN);
		Menu menu = table().getMenu();
		menu.notifyListeners(SWT.Show, new Event()); // as opening it does: the plug-ins' items are added
		List<String> labels = Arrays.stream(menu.getItems()).map(MenuItem::getText).filter(text -> !text.isEmpty()).toList();
		assertTrue(labels.containsAll(List.of("Accept Alice's Version", "Accept Bob's Version", "Accept All Agreed")), labels.toString());
		MenuItem alice = Arrays.stream(menu.getItems()).filter(i -> i.getText().equals("Accept Alice's Version")).findFirst().orElseThrow();
		alice.notifyListeners(SWT.Selection, new Event());
		menu.notifyListeners(SWT.Hide, new Event());
		processEvents();
		assertEquals("Speaker", SpanCommands.exactSpan(curated(), PASHINYAN[0], PASHINYAN[1]).getTags().get(0).getName());
		waitFor(() -> item(PASHINYAN).getText(CURATED).equals("\u2713 Alice"));
	}

	@Test
	void acceptAllAgreedCuratesEveryAgreedRangeInOneUndoableStep() throws Exception {
		startCurating();
		execute(AcceptAgreedHandler.COMMAND_ID, null);
		assertEquals(2, curated().getSpans().size());
		assertNotNull(SpanCommands.exactSpan(curated(), PUTIN[0], PUTIN[1]));
		assertNotNull(SpanCommands.exactSpan(curated(), MET[0], MET[1]));
		waitFor(() -> item(MET).getText(CURATED).startsWith("\u2713"));
		assertEquals("\u2713 Alice = Bob", item(PUTIN).getText(CURATED));
		assertEquals("", item(SAID).getText(CURATED), "differences wait for the curator");
		session().getEditingDomain().getCommandStack().undo();
		assertEquals(List.of(), curated().getSpans());
		waitFor(() -> item(PUTIN).getText(CURATED).isEmpty());
	}
}
