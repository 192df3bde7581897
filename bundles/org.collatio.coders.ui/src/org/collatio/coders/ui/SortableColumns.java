/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.ui;

import java.util.Comparator;
import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.TableColumn;

/** Columns that sort their table when their header is clicked (again: the other way). */
final class SortableColumns<T> {

	private final TableViewer viewer;
	private final TableColumnLayout layout;

	SortableColumns(TableViewer viewer, TableColumnLayout layout) {
		this.viewer = viewer;
		this.layout = layout;
	}

	<K extends Comparable<K>> void add(String title, int weight, Function<T, String> text, Function<T, K> key, Class<T> type) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 40));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return type.isInstance(element) ? text.apply(type.cast(element)) : "";
			}
		});
		Comparator<T> order = Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
		column.getColumn().addListener(SWT.Selection, e -> sort(column.getColumn(), order, type));
	}

	private void sort(TableColumn column, Comparator<T> order, Class<T> type) {
		var table = viewer.getTable();
		int direction = table.getSortColumn() == column && table.getSortDirection() == SWT.UP ? SWT.DOWN : SWT.UP;
		table.setSortColumn(column);
		table.setSortDirection(direction);
		Comparator<T> directed = direction == SWT.UP ? order : order.reversed();
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				return directed.compare(type.cast(a), type.cast(b));
			}
		});
	}
}
