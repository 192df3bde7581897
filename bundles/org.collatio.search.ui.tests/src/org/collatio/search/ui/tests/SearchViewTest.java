/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search.ui.tests;

import java.time.Duration;
import org.collatio.ui.testing.UiWait;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.collatio.editor.AnnotationEditor;
import org.collatio.search.SearchHit;
import org.collatio.search.CorpusIndex;
import org.collatio.search.ui.SearchService;
import org.collatio.search.ui.SearchView;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The search view on the seed corpus: KWIC results grouped by document, errors, opening a match; searching in Jobs. */
class SearchViewTest {

	private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

	@AfterEach
	void close() {
		Job.getJobManager().resume();
		page.closeAllEditors(false);
	}

	/** Runs the event loop until no search job is left and the last hits were handed over. */
	static void awaitSearch(SearchView view) throws InterruptedException {
		UiWait.poll(() -> !view.isSearching() && Job.getJobManager().find(SearchService.FAMILY).length == 0, Duration.ofSeconds(120));
		UiWait.drain(); // the asyncExec that shows the hits
		assertFalse(view.isSearching(), "the search finished");
	}

	private static void pumpUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
		UiWait.poll(condition, Duration.ofSeconds(10));
	}

	private static void deleteFolder(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (Stream<Path> walk = Files.walk(folder)) {
				for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
	}

	@Test
	void typingAQuerySearchesInAJobWhileTheIndexIsRebuiltOffTheUiThreadAndTheHitsAppearAfterIt() throws Exception {
		SearchView view = (SearchView) page.showView(SearchView.ID);
		view.search("");
		SearchService service = view.getSite().getService(SearchService.class);
		service.close();
		awaitSearch(view);
		deleteFolder(view.getSite().getService(CorpusSession.class).getStore().getLayout().indexFolder()); // the open must rebuild it

		Job.getJobManager().suspend(); // no job may start: whatever the UI thread does not do itself stays undone
		try {
			view.getQueryField().setText("Pashinian"); // typed: the search starts when typing pauses
			pumpUntil(view::isSearching);
			assertTrue(view.isSearching(), "typing pause: the search was started");
			assertEquals("searching\u2026", view.getContentDescription());
			assertEquals(0, view.getResults().getTree().getItemCount(), "no hits yet: the query method returned without searching");
			CompletableFuture<CorpusIndex> index = service.index();
			assertFalse(index.isDone(), "the index is opened (here: rebuilt) in a Job, not on the UI thread");
			List<String> jobs = Arrays.stream(Job.getJobManager().find(SearchService.FAMILY)).map(Job::getName).toList();
			assertTrue(jobs.contains("Opening the search index") && jobs.contains("Searching the corpus"), jobs.toString());
		} finally {
			Job.getJobManager().resume();
		}
		awaitSearch(view);
		assertEquals(1, view.getResults().getTree().getItemCount(), view.getStatus());
		assertEquals("", view.getContentDescription());
		assertTrue(view.getStatus().startsWith("1 document"), view.getStatus());
		assertTrue(service.index().get().getRebuildReason().contains("missing"), "the index was rebuilt by the job");
	}

	@Test
	void aNewQueryKeepsTheLastResultsMarkedSearchingUntilItsHitsArrive() throws Exception {
		SearchView view = (SearchView) page.showView(SearchView.ID);
		view.search("Pashinian");
		awaitSearch(view);
		assertEquals(1, view.getResults().getTree().getItemCount(), view.getStatus());
		Job.getJobManager().suspend();
		try {
			view.search("outlet:\"Moscow Times\"");
			assertTrue(view.isSearching());
			assertEquals("searching\u2026", view.getContentDescription());
			assertEquals(1, view.getResults().getTree().getItemCount(), "the last results stay until the new hits arrive");
		} finally {
			Job.getJobManager().resume();
		}
		awaitSearch(view);
		assertEquals(2, view.getResults().getTree().getItemCount(), view.getStatus());
	}

	@Test
	void resultsAreGroupedByDocumentAndOpeningAMatchSelectsItInTheText() throws Exception {
		SearchView view = (SearchView) page.showView(SearchView.ID);
		view.search("Pashinian");
		awaitSearch(view);
		TreeItem[] documents = view.getResults().getTree().getItems();
		assertEquals(1, documents.length, view.getStatus());
		assertTrue(documents[0].getText().startsWith("Putin Looks To Strengthen Russian-Armenian Ties \u2014 Azatutyun"), documents[0].getText());
		assertTrue(documents[0].getText().endsWith("(3)"), documents[0].getText());
		TreeItem first = documents[0].getItems()[0];
		assertTrue(first.getText().contains("Pashinian"), first.getText());

		SearchHit.Passage passage = (SearchHit.Passage) first.getData();
		view.getResults().setSelection(new StructuredSelection(passage));
		Event enter = new Event();
		enter.item = first;
		view.getResults().getTree().notifyListeners(SWT.DefaultSelection, enter);
		while (Display.getCurrent().readAndDispatch()) {
			// open the editor
		}
		AnnotationEditor editor = (AnnotationEditor) page.getActiveEditor();
		var selected = editor.getViewer().getSelectedRange();
		assertEquals(passage.begin(), selected.x);
		assertEquals("Pashinian", editor.getContent().getText().substring(selected.x, selected.x + selected.y));
	}

	@Test
	void anInvalidQuerySaysWhereAndShowsNoResults() throws Exception {
		SearchView view = (SearchView) page.showView(SearchView.ID);
		view.search("Putin AND (Peskov");
		awaitSearch(view);
		assertEquals(0, view.getResults().getTree().getItemCount());
		assertTrue(view.getStatus().contains("column"), view.getStatus());
		view.search("outlet:\"Moscow Times\" Peskov");
		awaitSearch(view);
		assertEquals(2, view.getResults().getTree().getItemCount(), view.getStatus());
	}

	@Test
	void findingAnEntityInTheTextsSearchesEveryNameAndAliasAsAPhrase() throws Exception {
		var entity = org.collatio.core.edit.ClaimCommands.newEntity(org.collatio.model.EntityKind.PERSON, "Nikol Pashinyan", List.of("Pashinian"));
		String query = org.collatio.search.ui.FindEntityHandler.query(List.of(entity));
		assertEquals("\"Nikol Pashinyan\" OR \"Pashinian\"", query);
		SearchView view = (SearchView) page.showView(SearchView.ID);
		view.search(query);
		awaitSearch(view);
		List<String> documents = new java.util.ArrayList<>();
		for (var item : view.getResults().getTree().getItems()) {
			documents.add(((org.collatio.search.SearchHit) item.getData()).documentId().substring(0, 3));
		}
		assertEquals(List.of("000", "001", "003", "004"), documents.stream().sorted().toList(), "both spellings, in four articles");
	}
}
