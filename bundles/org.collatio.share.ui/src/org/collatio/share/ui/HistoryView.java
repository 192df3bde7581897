/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.ui;

import org.collatio.ui.views.TextColumns;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.collatio.core.store.CorpusStore;
import org.collatio.editor.AnnotationEditor;
import org.collatio.model.Document;
import org.collatio.share.LogEntry;
import org.collatio.share.SharedCorpus;
import org.collatio.ui.views.CorpusViewPart;
import org.collatio.ui.views.Recomputation;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * Team &gt; History: who changed what, when, newest first: of the article in the active editor (its
 * text and its annotations in every layer), or of the whole corpus when no article is open.
 * Double-click a version of an article to open it as it was then, read-only. The log is read from
 * the Git repository in a job.
 */
public final class HistoryView extends CorpusViewPart {

	public static final String ID = "org.collatio.share.views.history";
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
	private static final int MAX = 500;

	/** What the history is of: the corpus folder and a document (null: the whole corpus). */
	record Scope(Path folder, String documentId, String label) {
	}

	private Label heading;
	private TableViewer table;
	private Scope scope;
	private Recomputation<Scope, List<LogEntry>> recomputation;
	private final IPartListener2 editors = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof AnnotationEditor) {
				refresh();
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof AnnotationEditor) {
				refresh();
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 2).applyTo(area);
		heading = new Label(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
		Composite holder = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		table = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column(layout, "When", 15, e -> WHEN.format(e.time()));
		column(layout, "Who", 15, LogEntry::author);
		column(layout, "What", 55, LogEntry::message);
		column(layout, "Files", 10, e -> String.valueOf(e.paths().size()));
		table.addOpenListener(e -> openVersion());
		getSite().setSelectionProvider(table);
		recomputation = new Recomputation<>("Reading the history", table.getControl(), () -> scope == null || !SharedCorpus.isShared(scope.folder()) ? null : scope,
				(wanted, monitor) -> wanted == null ? null
						: wanted.documentId() == null ? SharedCorpus.log(wanted.folder(), null, MAX) : SharedCorpus.logOfDocument(wanted.folder(), wanted.documentId(), MAX),
				this::show, updating -> setContentDescription(updating ? "updating\u2026" : ""));
		getSite().getPage().addPartListener(editors);
		watchSession(store -> refresh(), () -> {
			// the history changes with a sync (the corpus is reopened), not with edits
		});
		refresh();
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<LogEntry, String> text) {
		TextColumns.add(table, layout, title, weight, 50, LogEntry.class, text);
	}

	/** Reads the history of what is shown now (the active article, else the corpus), in a job. */
	public void refresh() {
		CorpusStore store = session().getStore();
		IEditorPart editor = getSite().getPage().getActiveEditor();
		if (store == null) {
			scope = null;
		} else if (editor instanceof AnnotationEditor article) {
			Document document = article.getDocument();
			scope = new Scope(store.getLayout().directory(), document.getId(), "History of \u201c" + (document.getTitle() == null ? document.getId() : document.getTitle()) + "\u201d");
		} else {
			scope = new Scope(store.getLayout().directory(), null, "History of the corpus");
		}
		recomputation.schedule();
	}

	private void show(List<LogEntry> entries) {
		if (entries == null) {
			heading.setText(scope == null ? "" : "This corpus is not shared: Team > Share Corpus keeps its history in Git.");
			table.setInput(List.of());
		} else {
			heading.setText(scope.label() + ": " + entries.size() + (entries.size() == MAX ? "+" : "") + " versions");
			table.setInput(entries);
		}
		heading.getParent().layout();
	}

	private void openVersion() {
		if (table.getStructuredSelection().getFirstElement() instanceof LogEntry entry && scope != null) {
			CorpusStore store = session().getStore();
			if (scope.documentId() != null && store != null && store.findDocument(scope.documentId()) != null) {
				new VersionDialog(getSite().getShell(), store, store.findDocument(scope.documentId()), entry).open();
			} else {
				Sharing.prompts().tell(getSite().getShell(), "History", entry.message() + "\n\n" + entry.author() + ", " + WHEN.format(entry.time())
						+ "\n\n" + String.join("\n", entry.paths().stream().limit(40).toList()) + (entry.paths().size() > 40 ? "\n\u2026" : ""), false);
			}
		}
	}

	/** The table (for tests). */
	public TableViewer getTable() {
		return table;
	}

	/** The line above the table (for tests). */
	public String getHeading() {
		return heading.getText();
	}

	@Override
	protected Control focusControl() {
		return table.getControl();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(editors);
		if (recomputation != null) {
			recomputation.cancel();
		}
		super.dispose();
	}
}
