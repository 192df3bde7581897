/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.views;

import java.util.List;
import java.util.function.Function;

import org.collatio.core.edit.ClaimCommands;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Entity;
import org.collatio.ui.session.CorpusSession;
import org.collatio.ui.views.CorpusViewPart;
import org.eclipse.jface.action.Action;
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
	private final CorpusSession.Listener corpusListener = store -> show(store);
	private final Runnable commandStackListener = () -> whenVisible(() -> show(session.getStore()));
	private java.util.Map<Entity, Integer> claimCounts = java.util.Map.of();

	@Override
	public void createPartControl(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		viewer = new TableViewer(holder, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(layout, "Name", 35, Entity::getCanonicalName).setEditingSupport(new EntityNameEditing(viewer, this::session, false));
		column(layout, "Kind", 12, e -> e.getKind().getLiteral().toLowerCase(java.util.Locale.ROOT));
		column(layout, "Aliases", 40, e -> String.join(", ", e.getAliases())).setEditingSupport(new EntityNameEditing(viewer, this::session, true));
		column(layout, "Claims", 13, e -> Integer.toString(claimCounts.getOrDefault(e, 0)));
		getSite().setSelectionProvider(viewer);
		Action merge = new Action("Merge into First Selected") {
			@Override
			public void run() {
				mergeSelection();
			}
		};
		merge.setToolTipText("Fold the other selected entities into the first one: names become aliases, claims follow");
		getViewSite().getActionBars().getToolBarManager().add(merge);
		session = session();
		watchSession(corpusListener, commandStackListener);
		show(session.getStore());
	}

	private TableViewerColumn column(TableColumnLayout layout, String title, int weight, Function<Entity, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 40));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Entity) element);
			}
		});
		return column;
	}

	private void show(CorpusStore store) {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			claimCounts = countClaims(store);
			viewer.setInput(store == null ? new Object[0] : store.getCorpus().getEntities().toArray());
		}
	}

	/** How many claims each entity made or relayed, across the documents that have annotations. */
	private static java.util.Map<Entity, Integer> countClaims(CorpusStore store) {
		java.util.Map<Entity, Integer> counts = new java.util.HashMap<>();
		if (store == null) {
			return counts;
		}
		for (var document : store.getCorpus().getDocuments()) {
			if (store.hasAnnotations(document)) {
				try {
					for (var claim : store.getContent(document).getClaims()) {
						java.util.stream.Stream.of(claim.getSpeaker(), claim.getVia()).filter(java.util.Objects::nonNull).distinct()
								.forEach(e -> counts.merge(e, 1, Integer::sum));
					}
				} catch (CorpusException e) {
					// a document that cannot be read is reported where it is opened; it counts no claims here
				}
			}
		}
		return counts;
	}

	/** Merges every selected entity after the first into the first, as one command per entity. */
	public void mergeSelection() {
		List<?> selected = viewer.getStructuredSelection().toList();
		if (selected.size() < 2) {
			MessageDialog.openInformation(getSite().getShell(), "Merge Entities", "Select the entity to keep first, then the ones to fold into it.");
			return;
		}
		Entity kept = (Entity) selected.get(0);
		try {
			for (Object other : selected.subList(1, selected.size())) {
				session.getEditingDomain().getCommandStack()
						.execute(ClaimCommands.merge(session.getEditingDomain(), session.getStore(), kept, (Entity) other));
			}
		} catch (CorpusException e) {
			MessageDialog.openError(getSite().getShell(), "Merge Entities", e.getMessage());
		}
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
