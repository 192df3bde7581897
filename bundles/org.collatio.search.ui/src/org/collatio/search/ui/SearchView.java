/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search.ui;

import java.io.IOException;
import java.util.List;

import org.collatio.core.store.CorpusException;
import org.collatio.editor.AnnotationEditor;
import org.collatio.editor.DocumentEditorInput;
import org.collatio.model.Document;
import org.collatio.search.CorpusIndex;
import org.collatio.search.QuerySyntaxException;
import org.collatio.search.SearchHit;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * Search over the open corpus: results appear when typing pauses, grouped by document with their
 * count, each match in its context with the match in bold; opening a match shows it selected in
 * the annotation editor. Query errors say what and where.
 */
public final class SearchView extends ViewPart {

	public static final String ID = "org.collatio.search.ui.views.search";
	static final int TYPING_PAUSE_MILLIS = 300;
	private static final int MAX_DOCUMENTS = 200;

	private Text query;
	private Label status;
	private TreeViewer results;
	private final Runnable search = this::search;

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

	/** Sets the query and searches at once (for the keyboard: Enter; and tests). */
	public void search(String text) {
		query.setText(text);
		search();
	}

	private void search() {
		if (query.isDisposed()) {
			return;
		}
		query.getDisplay().timerExec(-1, search);
		String text = query.getText().strip();
		if (text.isEmpty()) {
			results.setInput(List.of());
			status.setText("");
			return;
		}
		BusyIndicator.showWhile(query.getDisplay(), () -> {
			try {
				CorpusIndex index = getSite().getService(SearchService.class).index();
				if (index == null) {
					status.setText("No corpus is open.");
					return;
				}
				List<SearchHit> hits = index.search(text, MAX_DOCUMENTS);
				int passages = hits.stream().mapToInt(h -> h.passages().size()).sum();
				results.setInput(hits);
				results.expandToLevel(2);
				status.setForeground(null);
				status.setText(hits.size() + (hits.size() == 1 ? " document, " : " documents, ") + passages + " matches shown");
			} catch (QuerySyntaxException e) {
				results.setInput(List.of());
				status.setForeground(status.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
				status.setText(e.getMessage());
			} catch (CorpusException | IOException e) {
				status.setText("The search failed: " + e.getMessage());
			}
		});
		status.getParent().layout();
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
