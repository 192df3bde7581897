/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.views;

import org.collatio.ui.views.TextColumns;
import java.util.List;
import java.util.function.Function;

import org.collatio.model.edit.ModelLabels;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Entity;
import org.collatio.ui.session.CorpusSession;
import org.collatio.ui.views.CorpusViewPart;
import org.collatio.ui.views.Recomputation;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * The people, organizations, places and outlets of the corpus with their aliases. Selecting two or
 * more and choosing Merge folds the others into the first selected (Pashinian into Pashinyan):
 * their names become aliases and every claim and mention moves, as one undoable command. The name
 * and the aliases (comma-separated) are edited in place; the Claims column counts the claims each
 * entity made or relayed across the corpus.
 */
public final class EntitiesView extends CorpusViewPart {

	public static final String ID = "org.collatio.editor.views.entities";

	private TableViewer viewer;
	private CorpusSession session;
	private final CorpusSession.Listener corpusListener = store -> this.recomputation.schedule();
	private final Runnable commandStackListener = () -> whenVisible(() -> this.recomputation.schedule());
	private java.util.Map<Entity, List<EntityOccurrences.Occurrence>> occurrences = java.util.Map.of();
	/** The entities (handles) and the occurrences' snapshot, taken on the UI thread. */
	private record Snapshot(Object[] entities, EntityOccurrences.Snapshot occurrences) {
	}

	private record Shown(Object[] entities, java.util.Map<Entity, List<EntityOccurrences.Occurrence>> occurrences) {
	}

	private Recomputation<Snapshot, Shown> recomputation;
	private TableViewer occurrenceViewer;

	@Override
	public void createPartControl(Composite parent) {
		org.eclipse.swt.custom.SashForm sash = new org.eclipse.swt.custom.SashForm(parent, SWT.VERTICAL);
		Composite holder = new Composite(sash, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		viewer = new TableViewer(holder, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(layout, "Name", 35, Entity::getCanonicalName).setEditingSupport(new EntityNameEditing(viewer, this::session, false));
		column(layout, "Kind", 12, e -> ModelLabels.of(e.getKind()));
		column(layout, "Aliases", 40, e -> String.join(", ", e.getAliases())).setEditingSupport(new EntityNameEditing(viewer, this::session, true));
		column(layout, "Claims", 13, e -> Long.toString(occurrences.getOrDefault(e, List.of()).stream().filter(o -> o.isClaim()).count()));
		// a click selects (so the context menu and Merge act on the selection); F2 or a double-click edits
		org.eclipse.jface.viewers.TableViewerEditor.create(viewer, new org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent event) {
				return event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
						|| event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.KEY_PRESSED && event.keyCode == SWT.F2;
			}
		}, org.eclipse.jface.viewers.ColumnViewerEditor.TABBING_HORIZONTAL | org.eclipse.jface.viewers.ColumnViewerEditor.KEYBOARD_ACTIVATION);
		getSite().setSelectionProvider(viewer);
		createOccurrences(sash);
		sash.setWeights(3, 2);
		viewer.addSelectionChangedListener(e -> showOccurrences());
		// Merge Entities is a command (MergeEntitiesHandler) in the toolbar and the context menu (plugin.xml)
		contextMenu(viewer);
		session = session();
		// the occurrences are found in a job, from a snapshot taken on the UI thread (see Recomputation)
		recomputation = new Recomputation<>("Entity occurrences", viewer.getControl(), () -> {
			CorpusStore store = session.getStore();
			if (store == null) {
				return new Snapshot(new Object[0], null);
			}
			org.collatio.core.derived.ClaimIndex index = claimIndex();
			return new Snapshot(store.getCorpus().getEntities().toArray(), EntityOccurrences.snapshot(store.getCorpus(), index));
		}, (snapshot, monitor) -> new Shown(snapshot.entities(),
				snapshot.occurrences() == null ? java.util.Map.of() : EntityOccurrences.of(snapshot.occurrences(), monitor)), this::show,
				busy -> setContentDescription(busy ? "updating\u2026" : ""));
		watchSession(corpusListener, commandStackListener);
		recomputation.schedule();
	}

	@Override
	public void dispose() {
		if (recomputation != null) {
			recomputation.cancel();
		}
		super.dispose();
	}

	private TableViewerColumn column(TableColumnLayout layout, String title, int weight, Function<Entity, String> text) {
		return TextColumns.add(viewer, layout, title, weight, 40, Entity.class, text);
	}

	private void show(Shown shown) {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			occurrences = shown.occurrences();
			viewer.setInput(shown.entities());
			showOccurrences();
		}
	}

	/** Below the entities: where the selected one occurs (claims it made or relayed, mentions); opening a row shows it. */
	private void createOccurrences(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		occurrenceViewer = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		occurrenceViewer.getTable().setHeaderVisible(true);
		occurrenceViewer.setContentProvider(ArrayContentProvider.getInstance());
		occurrenceColumn(layout, "Source", 30, o -> (o.document().getOutlet() == null ? o.document().getId() : o.document().getOutlet())
				+ (o.document().getPublicationDate() == null ? "" : ", " + o.document().getPublicationDate()));
		occurrenceColumn(layout, "Role", 12, EntityOccurrences.Occurrence::role);
		occurrenceColumn(layout, "Text", 58, o -> "\u201c" + o.text() + "\u201d");
		occurrenceViewer.addOpenListener(e -> openOccurrence(occurrenceViewer.getStructuredSelection().getFirstElement()));
	}

	private void occurrenceColumn(TableColumnLayout layout, String title, int weight, Function<EntityOccurrences.Occurrence, String> text) {
		TableViewerColumn column = new TableViewerColumn(occurrenceViewer, SWT.LEFT);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 40));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((EntityOccurrences.Occurrence) element);
			}
		});
	}

	private void showOccurrences() {
		Object selected = viewer.getStructuredSelection().getFirstElement();
		occurrenceViewer.setInput(selected instanceof Entity entity ? occurrences.getOrDefault(entity, List.of()) : List.of());
	}

	/** Opens the article of an occurrence with its span selected. */
	public void openOccurrence(Object element) {
		if (!(element instanceof EntityOccurrences.Occurrence occurrence)) {
			return;
		}
		try {
			var editor = (org.collatio.editor.AnnotationEditor) getSite().getPage()
					.openEditor(new org.collatio.editor.DocumentEditorInput(occurrence.document()), org.collatio.editor.AnnotationEditor.ID);
			if (occurrence.begin() >= 0) {
				editor.selectRange(occurrence.begin(), occurrence.end());
			}
		} catch (org.eclipse.ui.PartInitException e) {
			MessageDialog.openError(getSite().getShell(), "Open Article", "Cannot open " + occurrence.document().getId() + ": " + e.getMessage());
		}
	}

	/** The occurrences of the selected entity (for tests). */
	public TableViewer getOccurrenceViewer() {
		return occurrenceViewer;
	}

	/** Merges every selected entity after the first into the first, as one command per entity. */
	public void mergeSelection() {
		MergeEntitiesHandler.merge(getSite().getShell(), session, viewer.getStructuredSelection().toList());
	}

	/** The table (for tests). */
	public TableViewer getViewer() {
		return viewer;
	}

	@Override
	protected Control focusControl() {
		return viewer.getControl();
	}
}
