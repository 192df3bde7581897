/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.collatio.reconcile.Account;
import org.collatio.reconcile.Labels;
import org.collatio.reconcile.Palette;
import org.collatio.core.store.PartialDate;
import org.collatio.reconcile.Reconciliation;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;

/**
 * The accounts side by side: one row per claim with source, dates, speaker, via, stance, kind, quote
 * and relations. Rows are tinted by stance, contradicted rows bold, relations in their colour.
 * Clicking a header sorts by that column (again: reversed); the default order puts contradicted
 * accounts first, then by date. A filter text keeps the rows that contain it in any column.
 */
final class AccountTable {

	/** A column: its title, weight, text and sort order. */
	private record Column(String title, int weight, Function<Account, String> text, Comparator<Account> order) {
	}

	private static final List<Column> COLUMNS = List.of( //
			new Column("Proposition", 14, a -> a.proposition() == null || a.proposition().getStatement() == null ? "" : a.proposition().getStatement(), null),
			new Column("Source", 11, Account::outlet, null), //
			new Column("Published", 7, Account::published, Comparator.comparing(Account::published, PartialDate::compareTexts)),
			new Column("Speaker", 10, Account::speaker, null), //
			new Column("Via", 7, Account::via, null),
			new Column("When said", 7, a -> a.whenStated().isEmpty() && a.whenDate() != null ? a.whenDate() : a.whenStated(),
					Comparator.comparing(Account::date, PartialDate::compareTexts)),
			new Column("Stance", 6, Account::stance, null), //
			new Column("Kind", 7, Account::kind, null), //
			new Column("Quote", 30, a -> "\u201c" + a.quote() + "\u201d", null), //
			new Column("Relations", 20, Labels::links, null));

	private final TableViewer viewer;
	private final TableColumnLayout layout;
	private final LocalResourceManager resources;
	private final Font bold;
	private String filter = "";
	private int sortColumn = -1;
	private boolean descending;

	AccountTable(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		layout = new TableColumnLayout();
		holder.setLayout(layout);
		// virtual: a table item is made when its row is shown, so ten thousand accounts cost what a screenful does
		viewer = new TableViewer(holder, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER | SWT.VIRTUAL);
		viewer.setUseHashlookup(true);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		resources = new LocalResourceManager(JFaceResources.getResources(), viewer.getControl());
		bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
		for (int i = 0; i < COLUMNS.size(); i++) {
			addColumn(layout, i);
		}
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				return comparator().compare((Account) a, (Account) b);
			}
		});
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return filter.isEmpty() || COLUMNS.stream().anyMatch(c -> c.text().apply((Account) element).toLowerCase(Locale.ROOT).contains(filter));
			}
		});
	}

	private void addColumn(TableColumnLayout layout, int index) {
		Column spec = COLUMNS.get(index);
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(spec.title());
		column.getColumn().setMoveable(true);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(spec.weight(), 50));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return spec.text().apply((Account) element);
			}

			@Override
			public Color getBackground(Object element) {
				return color(Palette.stanceTint(((Account) element).stanceValue()));
			}

			@Override
			public Color getForeground(Object element) {
				Account account = (Account) element;
				if (spec.title().equals("Stance")) {
					return color(Palette.stance(account.stanceValue()));
				}
				if (spec.title().equals("Relations") && !account.links().isEmpty()) {
					return color(Palette.relation(account.links().stream().anyMatch(l -> l.kind() == org.collatio.model.RelationKind.CONTRADICTS)
							? org.collatio.model.RelationKind.CONTRADICTS : account.links().get(0).kind()));
				}
				return null;
			}

			@Override
			public Font getFont(Object element) {
				return ((Account) element).inConflict() ? bold : null;
			}

			@Override
			public String getToolTipText(Object element) {
				return spec.title().equals("Quote") || spec.title().equals("Relations") ? getText(element) : null;
			}
		});
		column.getColumn().addListener(SWT.Selection, e -> sortBy(index));
	}

	/** Sorts by a column; the same column again reverses the order. */
	void sortBy(int index) {
		descending = index == sortColumn && !descending;
		sortColumn = index;
		TableColumn column = viewer.getTable().getColumn(index);
		viewer.getTable().setSortColumn(column);
		viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
		viewer.refresh();
	}

	private Comparator<Account> comparator() {
		if (sortColumn < 0) {
			// the accounts come in this order from the reconciliation (computed in a job): kept as they are
			return (a, b) -> 0;
		}
		Column column = COLUMNS.get(sortColumn);
		Comparator<Account> order = column.order() != null ? column.order()
				: Comparator.comparing((Account a) -> column.text().apply(a), String.CASE_INSENSITIVE_ORDER);
		order = order.thenComparing(Reconciliation.ORDER);
		return descending ? order.reversed() : order;
	}

	void setFilter(String text) {
		filter = text.strip().toLowerCase(Locale.ROOT);
		viewer.refresh();
	}

	/** Shows the proposition column only when the accounts of several propositions are shown together. */
	void showPropositionColumn(boolean show) {
		TableColumn column = viewer.getTable().getColumn(0);
		layout.setColumnData(column, show ? new ColumnWeightData(COLUMNS.get(0).weight(), 50) : new org.eclipse.jface.viewers.ColumnPixelData(0, false));
		column.setResizable(show);
		viewer.getTable().getParent().layout(true);
	}

	private Color color(String hex) {
		int[] rgb = Palette.rgb(hex);
		return resources.create(ColorDescriptor.createFrom(new RGB(rgb[0], rgb[1], rgb[2])));
	}

	TableViewer viewer() {
		return viewer;
	}

	static int columnIndex(String title) {
		for (int i = 0; i < COLUMNS.size(); i++) {
			if (COLUMNS.get(i).title().equals(title)) {
				return i;
			}
		}
		throw new IllegalArgumentException(title);
	}
}
