/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.views;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.collatio.core.edit.SpanCommands;
import org.collatio.editor.AnnotationEditor;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

/**
 * The spans of the article in the active annotation editor: position, text, tags and note,
 * sortable. Selecting a row selects the span in the editor; moving the caret in the editor selects
 * the rows of the spans under it.
 */
public final class AnnotationsView extends ViewPart {

	public static final String ID = "org.collatio.editor.views.annotations";

	private TableViewer viewer;
	private AnnotationEditor editor;
	private boolean syncing;
	private boolean refreshPending;

	private final EContentAdapter contentListener = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch() && !viewer.getControl().isDisposed() && !refreshPending) {
				refreshPending = true; // one refresh for a burst of changes
				viewer.getControl().getDisplay().asyncExec(AnnotationsView.this::refresh);
			}
		}
	};
	private final ISelectionListener editorSelection = this::editorSelectionChanged;

	@Override
	public void createPartControl(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		// virtual: an article with thousands of spans fills only the rows on screen
		viewer = new TableViewer(holder, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.VIRTUAL);
		viewer.setUseHashlookup(true);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(layout, "At", 8, s -> String.valueOf(s.getBegin()), Comparator.comparingInt(SpanAnnotation::getBegin));
		column(layout, "Text", 50, this::coveredText, Comparator.comparing(this::coveredText));
		column(layout, "Tags", 25, AnnotationsView::tags, Comparator.comparing(AnnotationsView::tags));
		column(layout, "Note", 17, s -> s.getNote() == null ? "" : s.getNote(), Comparator.comparing(s -> s.getNote() == null ? "" : s.getNote()));
		viewer.addSelectionChangedListener(event -> {
			if (!syncing && editor != null && viewer.getStructuredSelection().getFirstElement() instanceof SpanAnnotation span) {
				syncing = true;
				try {
					editor.select(span);
				} finally {
					syncing = false;
				}
			}
		});
		getSite().setSelectionProvider(viewer);
		getSite().getPage().addPostSelectionListener(editorSelection);
		IEditorPart active = getSite().getPage().getActiveEditor();
		show(active instanceof AnnotationEditor annotationEditor ? annotationEditor : null);
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<SpanAnnotation, String> text,
			Comparator<SpanAnnotation> order) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		TableColumn widget = column.getColumn();
		widget.setText(title);
		layout.setColumnData(widget, new ColumnWeightData(weight, 30));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((SpanAnnotation) element);
			}
		});
		widget.addListener(SWT.Selection, e -> {
			var table = viewer.getTable();
			int direction = table.getSortColumn() == widget && table.getSortDirection() == SWT.UP ? SWT.DOWN : SWT.UP;
			table.setSortColumn(widget);
			table.setSortDirection(direction);
			Comparator<SpanAnnotation> directed = direction == SWT.UP ? order : order.reversed();
			viewer.setComparator(new ViewerComparator() {
				@Override
				public int compare(Viewer v, Object a, Object b) {
					return directed.compare((SpanAnnotation) a, (SpanAnnotation) b);
				}
			});
		});
	}

	private String coveredText(SpanAnnotation span) {
		if (editor == null) {
			return "";
		}
		String text = editor.getContent().getText();
		int end = Math.min(text.length(), span.getEnd());
		StringBuilder covered = new StringBuilder(Math.min(120, end - span.getBegin()));
		boolean space = false;
		for (int i = Math.max(0, span.getBegin()); i < end && covered.length() < 120; i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				space = true;
			} else {
				if (space && covered.length() > 0) {
					covered.append(' ');
				}
				space = false;
				covered.append(c);
			}
		}
		return end - span.getBegin() > 120 && covered.length() >= 120 ? covered + "..." : covered.toString();
	}

	private static String tags(SpanAnnotation span) {
		return span.getTags().stream().map(Tag::getName).collect(Collectors.joining(", "));
	}

	private void editorSelectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part instanceof AnnotationEditor annotationEditor) {
			if (annotationEditor != editor) {
				show(annotationEditor);
			}
			if (!syncing && selection instanceof ITextSelection text) {
				List<SpanAnnotation> at = SpanCommands.spansAt(editor.getContent(), text.getOffset());
				syncing = true;
				try {
					viewer.setSelection(new StructuredSelection(at), true);
				} finally {
					syncing = false;
				}
			}
		}
	}

	private void show(AnnotationEditor newEditor) {
		if (editor != null && editor.getContent() != null) {
			editor.getContent().eAdapters().remove(contentListener);
		}
		editor = newEditor;
		if (editor != null) {
			editor.getContent().eAdapters().add(contentListener);
			setContentDescription(editor.getPartName());
		} else {
			setContentDescription("Open an article to see its annotations.");
		}
		refresh();
	}

	private void refresh() {
		refreshPending = false;
		if (viewer.getControl().isDisposed()) {
			return;
		}
		DocumentContent content = editor == null ? null : editor.getContent();
		viewer.setInput(content == null ? new Object[0] : content.getSpans().toArray());
	}

	/** The table (for tests). */
	public TableViewer getViewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(editorSelection);
		show(null);
		super.dispose();
	}
}
