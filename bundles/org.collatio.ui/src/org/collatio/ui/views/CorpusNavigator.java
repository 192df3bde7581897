/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.views;

import java.util.Comparator;
import java.util.function.Function;

import org.collatio.core.store.CorpusStore;
import org.collatio.model.Document;
import org.collatio.ui.session.CorpusPart;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.ISaveablePart;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * The documents of the open corpus: title, outlet and publication date, sortable by each column.
 * Reads only the corpus metadata, never a document's text or annotations. Saveable: Ctrl+S saves
 * the corpus, and closing with unsaved changes asks first.
 */
public final class CorpusNavigator extends CorpusViewPart implements ISaveablePart, CorpusPart {

	public static final String ID = "org.collatio.ui.views.corpus";
	public static final String OPEN_DOCUMENT_COMMAND = "org.collatio.ui.commands.openDocument";

	private TableViewer viewer;
	private CorpusSession session;
	private ModelLabelProvider icons;
	private final CorpusSession.Listener listener = this::show;
	private final Runnable commandStackListener = this::commandStackChanged;
	/** Documents whose title, outlet or date a command changed since the last update of their rows. */
	private final java.util.Set<Document> relabel = new java.util.LinkedHashSet<>();
	/** On every listed document: notes the ones a command changed, so that only their rows are redrawn. */
	private final org.eclipse.emf.common.notify.Adapter documentChanges = new org.eclipse.emf.common.notify.impl.AdapterImpl() {
		@Override
		public void notifyChanged(org.eclipse.emf.common.notify.Notification notification) {
			if (!notification.isTouch() && notification.getNotifier() instanceof Document document) {
				relabel.add(document);
			}
		}
	};
	private Document[] watched = new Document[0];

	@Override
	public void createPartControl(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		TableColumnLayout columns = new TableColumnLayout();
		holder.setLayout(columns);
		viewer = new TableViewer(holder, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL);
		viewer.getTable().setHeaderVisible(true);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		session = session();
		icons = ModelLabelProvider.of(session);
		viewer.getControl().addDisposeListener(e -> icons.dispose());
		column(columns, "Title", 60, Document::getTitle);
		column(columns, "Outlet", 25, Document::getOutlet);
		column(columns, "Date", 15, Document::getPublicationDate);
		getSite().setSelectionProvider(viewer);
		contextMenu(viewer);
		viewer.addOpenListener(event -> openSelection());

		watchSession(listener, commandStackListener);
		show(session.getStore());
	}

	/** Double-click or Enter: the open-document command, whose handler the editor bundle provides. */
	private void openSelection() {
		try {
			getSite().getService(IHandlerService.class).executeCommand(OPEN_DOCUMENT_COMMAND, null);
		} catch (Exception e) {
			ILog.of(getClass()).error("Cannot open the selected document", e);
		}
	}

	private void commandStackChanged() {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			CorpusStore store = session.getStore();
			if (store != null && !java.util.Arrays.equals((Object[]) viewer.getInput(), store.getCorpus().getDocuments().toArray())) {
				show(store); // documents imported, or the import undone
			} else if (!relabel.isEmpty()) {
				// only the rows of documents a command changed: a tag or a claim redraws no row of the
				// list, which at the scale of a project holds thousands of articles
				viewer.update(relabel.toArray(), null);
			}
			relabel.clear();
		}
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		session.saveReportingErrors(getSite().getShell());
	}

	@Override
	public void doSaveAs() {
		throw new UnsupportedOperationException("a corpus is saved in place");
	}

	@Override
	public boolean isDirty() {
		return session != null && session.isDirty();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public boolean isSaveOnCloseNeeded() {
		return isDirty();
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<Document, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		TableColumn widget = column.getColumn();
		widget.setText(title);
		widget.setMoveable(true);
		layout.setColumnData(widget, new ColumnWeightData(weight, 40));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = text.apply((Document) element);
				return value == null ? "" : value;
			}

			@Override
			public String getToolTipText(Object element) {
				return ((Document) element).getImportedFrom();
			}

			@Override
			public Image getImage(Object element) {
				// the first column carries the edit layer's icon of a document
				return widget == viewer.getTable().getColumn(0) ? icons.getImage(element) : null;
			}
		});
		widget.addListener(SWT.Selection, e -> sortBy(widget, text));
	}

	private void sortBy(TableColumn column, Function<Document, String> key) {
		var table = viewer.getTable();
		int direction = table.getSortColumn() == column && table.getSortDirection() == SWT.UP ? SWT.DOWN : SWT.UP;
		table.setSortColumn(column);
		table.setSortDirection(direction);
		Comparator<Document> order = Comparator.comparing(d -> nullToEmpty(key.apply(d)), String.CASE_INSENSITIVE_ORDER);
		Comparator<Document> directed = direction == SWT.UP ? order : order.reversed();
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				return directed.compare((Document) a, (Document) b);
			}
		});
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	private void show(CorpusStore store) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		for (Document document : watched) {
			document.eAdapters().remove(documentChanges);
		}
		watched = store == null ? new Document[0] : store.getCorpus().getDocuments().toArray(Document[]::new);
		for (Document document : watched) {
			document.eAdapters().add(documentChanges);
		}
		relabel.clear();
		viewer.setInput(watched);
		setContentDescription(store == null ? "No corpus is open." : store.getCorpus().getDocuments().size() + " documents");
	}

	@Override
	public void dispose() {
		for (Document document : watched) {
			document.eAdapters().remove(documentChanges);
		}
		watched = new Document[0];
		super.dispose();
	}

	/** The viewer (for the UI tests). */
	public TableViewer getViewer() {
		return viewer;
	}

	@Override
	protected Control focusControl() {
		return viewer.getControl();
	}
}
