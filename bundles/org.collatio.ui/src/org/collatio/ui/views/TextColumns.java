/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.views;

import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/** A text column of a table: its title, its share of the width, and the text of each row's element. */
public final class TextColumns {

	private TextColumns() {
	}

	/** Adds a column to {@code viewer} whose cells show {@code text} of the rows' elements (of {@code type}). */
	public static <T> TableViewerColumn add(TableViewer viewer, TableColumnLayout layout, String title, int weight, int minimumWidth, Class<T> type,
			Function<? super T, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, minimumWidth));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(type.cast(element));
			}
		});
		return column;
	}
}
