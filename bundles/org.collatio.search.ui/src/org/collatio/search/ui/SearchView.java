/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search.ui;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.collatio.editor.AnnotationEditor;
import org.collatio.editor.DocumentEditorInput;
import org.collatio.model.Document;
import org.collatio.search.CorpusIndex;
import org.collatio.search.QuerySyntaxException;
import org.collatio.search.SearchHit;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * Search over the open corpus: results appear when typing pauses, grouped by document with their
 * count, each match in its context with the match in bold; opening a match shows it selected in
 * the annotation editor. Query errors say what and where. Queries run in a Job (a new one cancels
 * the last); the hits come back with asyncExec, so the UI thread never waits for the index.
 */
public final class SearchView extends ViewPart {

	public static final String ID = "org.collatio.search.ui.views.search";
	static final int TYPING_PAUSE_MILLIS = 300;
	private static final int MAX_DOCUMENTS = 200;
	/** How many of the documents found are shown with their passages open. */
	private static final int EXPANDED = 20;
	/** At most this many passage rows are shown open at first (GTK measures every visible row's text). */
	private static final int EXPANDED_PASSAGES = 40;

	private Text query;
	private Label status;
	private TreeViewer results;
	private final Runnable search = this::search;
	/** The search whose hits the view waits for (UI thread). */
	private Query running;

	@Override
	public void createPartControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(1).applyTo(area);
		query = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		query.setMessage("Search: words, \"phrases\", tag:claim, speaker:Pashinian, outlet:\"Moscow Times\", date:[2020 TO 2021]");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(query);
		query.addModifyListener(e -> query.getDisplay().timerExec(TYPING_PAUSE_MILLIS, search));
		query.addListener(SWT.DefaultSelection, e -> search());
		status = new Label(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		results = new TreeViewer(area, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL | SWT.FULL_SELECTION);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(results.getControl());
		results.setContentProvider(new HitContent());
		results.setLabelProvider(new DelegatingStyledCellLabelProvider(new HitLabels()));
		results.addOpenListener(event -> open(results.getStructuredSelection().getFirstElement()));
		getSite().setSelectionProvider(results);
	}

	/**
	 * Sets the query and starts the search at once (for the keyboard: Enter; and tests). Returns at
	 * once: the search runs in a Job and its hits arrive later.
	 */
	public void search(String text) {
		query.setText(text);
		search();
	}

	/**
	 * Starts a search for the query in a Job, cancelling the one still running. The view keeps its last
	 * results, marked "searching…", until the hits arrive; the first search waits (in the Job) for the
	 * index to be opened.
	 */
	private void search() {
		if (query.isDisposed()) {
			return;
		}
		query.getDisplay().timerExec(-1, search);
		String text = query.getText().strip();
		if (running != null) {
			running.cancel();
			running = null;
		}
		if (text.isEmpty()) {
			results.setInput(List.of());
			showStatus("", false);
			setContentDescription("");
			return;
		}
		CompletableFuture<CorpusIndex> index = getSite().getService(SearchService.class).index();
		if (index == null) {
			results.setInput(List.of());
			showStatus("No corpus is open.", false);
			setContentDescription("");
			return;
		}
		Query job = new Query(text, index, query.getDisplay());
		running = job;
		setContentDescription("searching\u2026");
		job.schedule();
	}

	/** What a search found, or why it found nothing. */
	private record Outcome(List<SearchHit> hits, String problem, boolean queryError) {
	}

	/** Runs one query: waits for the index, searches, hands the outcome to the view. */
	private final class Query extends Job {
		private final String text;
		private final CompletableFuture<CorpusIndex> index;
		private final Display display;

		Query(String text, CompletableFuture<CorpusIndex> index, Display display) {
			super("Searching the corpus");
			this.text = text;
			this.index = index;
			this.display = display;
			setSystem(true);
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == SearchService.FAMILY;
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			Outcome outcome;
			try {
				CorpusIndex opened = await(monitor);
				opened.awaitIndexed(); // a search sees the saves made before it
				outcome = new Outcome(opened.search(text, MAX_DOCUMENTS), null, false);
			} catch (OperationCanceledException | CancellationException e) {
				return Status.CANCEL_STATUS;
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return Status.CANCEL_STATUS;
			} catch (QuerySyntaxException e) {
				outcome = new Outcome(List.of(), e.getMessage(), true);
			} catch (ExecutionException e) {
				outcome = new Outcome(List.of(), "The search index could not be opened: " + e.getCause().getMessage(), false);
			} catch (IOException | RuntimeException e) {
				outcome = new Outcome(List.of(), "The search failed: " + e.getMessage(), false);
			}
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			Outcome shown = outcome;
			if (!display.isDisposed()) {
				display.asyncExec(() -> show(this, shown));
			}
			return Status.OK_STATUS;
		}

		/** Waits for the index to be opened (by its own Job), as long as this search is wanted. */
		private CorpusIndex await(IProgressMonitor monitor) throws ExecutionException {
			while (true) {
				if (monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
				try {
					return index.get(50, TimeUnit.MILLISECONDS);
				} catch (TimeoutException e) {
					// still opening
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new OperationCanceledException();
				}
			}
		}
	}

	/** On the UI thread: shows what the latest search found. */
	private void show(Query job, Outcome outcome) {
		if (results.getControl().isDisposed() || job != running) {
			return; // closed, or a newer search is on its way
		}
		running = null;
		setContentDescription("");
		results.setInput(outcome.hits());
		if (outcome.problem() != null) {
			showStatus(outcome.problem(), outcome.queryError());
			return;
		}
		// the first documents open on their passages; the others open when asked: a tree of hundreds of
		// expanded rows costs the UI thread hundreds of milliseconds of text measuring
		results.setExpandedElements(openAtFirst(outcome.hits()).toArray());
		int passages = outcome.hits().stream().mapToInt(h -> h.passages().size()).sum();
		showStatus(outcome.hits().size() + (outcome.hits().size() == 1 ? " document, " : " documents, ") + passages + " matches shown", false);
	}

	/**
	 * The documents opened on their passages at first: the first ones, up to {@value #EXPANDED}
	 * documents and {@value #EXPANDED_PASSAGES} passages (at least the first document), so that a
	 * query matching hundreds of claims per document (speaker:) does not stall the window.
	 */
	static java.util.List<SearchHit> openAtFirst(java.util.List<SearchHit> hits) {
		java.util.List<SearchHit> open = new java.util.ArrayList<>();
		int passages = 0;
		for (SearchHit hit : hits) {
			if (open.size() == EXPANDED || !open.isEmpty() && passages + hit.passages().size() > EXPANDED_PASSAGES) {
				break;
			}
			open.add(hit);
			passages += hit.passages().size();
		}
		return open;
	}

	private void showStatus(String text, boolean error) {
		status.setForeground(error ? status.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
		status.setText(text);
		status.getParent().layout();
	}

	/** Whether a search is running (its hits not shown yet). */
	public boolean isSearching() {
		return running != null;
	}

	/** The query field (for tests: typing into it searches when typing pauses). */
	public Text getQueryField() {
		return query;
	}

	private void open(Object element) {
		SearchHit hit = element instanceof SearchHit h ? h : hitOf(element);
		if (hit == null) {
			return;
		}
		Document document = getSite().getService(CorpusSession.class).getStore().findDocument(hit.documentId());
		SearchHit.Passage passage = element instanceof SearchHit.Passage p ? p : hit.passages().stream().findFirst().orElse(null);
		try {
			AnnotationEditor editor = (AnnotationEditor) getSite().getPage().openEditor(new DocumentEditorInput(document), AnnotationEditor.ID);
			if (passage != null) {
				editor.selectRange(passage.begin(), passage.end());
			}
		} catch (PartInitException e) {
			status.setText("Cannot open " + hit.documentId() + ": " + e.getMessage());
		}
	}

	private SearchHit hitOf(Object passage) {
		if (results.getInput() instanceof List<?> hits) {
			for (Object hit : hits) {
				if (((SearchHit) hit).passages().contains(passage)) {
					return (SearchHit) hit;
				}
			}
		}
		return null;
	}

	/** The result tree (for tests). */
	public TreeViewer getResults() {
		return results;
	}

	/** The status line: counts, or what is wrong with the query (for tests). */
	public String getStatus() {
		return status.getText();
	}

	@Override
	public void dispose() {
		if (running != null) {
			running.cancel();
		}
		super.dispose();
	}

	@Override
	public void setFocus() {
		query.setFocus();
	}

	/** Hits, then their passages. */
	private static final class HitContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof List<?> list ? list.toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object element) {
			return element instanceof SearchHit hit ? hit.passages().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof SearchHit hit && !hit.passages().isEmpty();
		}
	}

	/** "Title — outlet, date (3)" and "...context [match] context..." with the match in bold. */
	private static final class HitLabels extends LabelProvider implements IStyledLabelProvider {
		@Override
		public StyledString getStyledText(Object element) {
			if (element instanceof SearchHit hit) {
				StyledString text = new StyledString(hit.title() == null ? hit.documentId() : hit.title());
				String source = (hit.outlet() == null ? "" : hit.outlet()) + (hit.date() == null ? "" : ", " + hit.date());
				text.append(source.isEmpty() ? "" : " \u2014 " + source, StyledString.QUALIFIER_STYLER);
				text.append(" (" + hit.passages().size() + ")", StyledString.COUNTER_STYLER);
				return text;
			}
			SearchHit.Passage passage = (SearchHit.Passage) element;
			StyledString text = new StyledString("\u2026" + passage.before());
			text.append(passage.match(), new StyledString.Styler() {
				@Override
				public void applyStyles(org.eclipse.swt.graphics.TextStyle style) {
					style.font = org.eclipse.jface.resource.JFaceResources.getFontRegistry().getBold(org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT);
				}
			});
			text.append(passage.after() + "\u2026");
			return text;
		}

		@Override
		public String getText(Object element) {
			return getStyledText(element).getString();
		}

		@Override
		public Image getImage(Object element) {
			return null;
		}
	}
}
