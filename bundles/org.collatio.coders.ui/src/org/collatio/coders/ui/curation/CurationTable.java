/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.ui.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.collatio.coders.curation.CoderLayer;
import org.collatio.coders.curation.CuratedState;
import org.collatio.coders.curation.Curation;
import org.collatio.coders.curation.CurationRow;
import org.collatio.coders.curation.SpanVersion;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;

/**
 * The rows of a {@link Curation} in a virtual table: position, text, how the coders differ, one
 * column per coder (their tags, note and claim), and what the curated layer holds. Differences are
 * tinted by kind; a version the curated layer holds is tinted green and ticked. The coders' columns
 * follow the coders of the curation shown.
 */
public final class CurationTable {

	/** Columns before the coders' (position, text, difference). */
	public static final int FIRST_CODER_COLUMN = 3;
	private static final String TICK = "\u2713 ";

	private final Composite holder;
	private final TableColumnLayout layout = new TableColumnLayout();
	private final TableViewer viewer;
	private final CurationColours colours;
	private List<CoderLayer> coders;

	public CurationTable(Composite parent) {
		holder = new Composite(parent, SWT.NONE);
		holder.setLayout(layout);
		// virtual: a long article with hundreds of ranges fills only the rows on screen
		viewer = new TableViewer(holder, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER | SWT.VIRTUAL);
		viewer.setUseHashlookup(true);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		colours = new CurationColours(new LocalResourceManager(JFaceResources.getResources(), viewer.getTable()));
		setCoders(List.of());
	}

	/** The composite to lay out in the view. */
	public Composite getControl() {
		return holder;
	}

	public TableViewer getViewer() {
		return viewer;
	}

	/** Shows a curation's rows, remaking the coders' columns when its coders changed. */
	public void show(Curation curation) {
		if (!curation.coders().equals(coders)) {
			setCoders(curation.coders());
		}
		viewer.setInput(curation.rows());
	}

	/** The coder whose column is at a point of the table, or null. */
	public CoderLayer coderAt(Point point) {
		ViewerCell cell = viewer.getCell(point);
		int index = cell == null ? -1 : cell.getColumnIndex() - FIRST_CODER_COLUMN;
		return index >= 0 && index < coders.size() ? coders.get(index) : null;
	}

	private void setCoders(List<CoderLayer> newCoders) {
		coders = List.copyOf(newCoders);
		viewer.getTable().setRedraw(false);
		try {
			for (TableColumn column : viewer.getTable().getColumns()) {
				column.dispose();
			}
			column("At", 5, row -> String.valueOf(row.begin()), null);
			column("Text", 25, CurationRow::excerpt, null);
			column("Difference", 9, row -> row.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), row -> colours.of(row.kind()));
			for (CoderLayer coder : coders) {
				column(coder.label(), 60 / Math.max(1, coders.size() + 1), row -> version(row, coder.layer()),
						row -> row.holds(coder.layer()) ? colours.done() : colours.of(row.kind()));
			}
			column("Curated", 60 / Math.max(1, coders.size() + 1), this::curated, row -> row.isDone() ? colours.done() : null);
		} finally {
			viewer.getTable().setRedraw(true);
		}
		holder.layout(true, true);
	}

	private void column(String title, int weight, Function<CurationRow, String> text, Function<CurationRow, Color> background) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 40));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((CurationRow) element);
			}

			@Override
			public Color getBackground(Object element) {
				return background == null ? null : background.apply((CurationRow) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return getText(element);
			}
		});
	}

	private static String version(CurationRow row, String layer) {
		SpanVersion version = row.version(layer);
		return version == null ? "\u2014" : (row.holds(layer) ? TICK : "") + version.describe();
	}

	private String curated(CurationRow row) {
		if (row.state() == CuratedState.OPEN) {
			return "";
		}
		if (row.state() == CuratedState.EDITED) {
			return "edited: " + row.curated().describe();
		}
		return TICK + row.acceptedFrom().stream().map(this::label).collect(Collectors.joining(" = "));
	}

	private String label(String layer) {
		return coders.stream().filter(c -> c.layer().equals(layer)).map(CoderLayer::label).findFirst().orElse(layer);
	}

	/** The rows selected. */
	public List<CurationRow> getSelection() {
		return new ArrayList<>(viewer.getStructuredSelection().stream().map(CurationRow.class::cast).toList());
	}
}
