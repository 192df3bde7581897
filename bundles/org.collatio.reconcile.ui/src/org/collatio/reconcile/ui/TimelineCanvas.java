/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile.ui;

import java.util.List;
import java.util.function.Consumer;

import org.collatio.model.RelationKind;
import org.collatio.reconcile.Account;
import org.collatio.reconcile.Palette;
import org.collatio.reconcile.Timeline;
import org.collatio.reconcile.TimelineLayout;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * The accounts on a time axis by when they were said: a lane per speaker, a dot per account in its
 * stance colour, relations as lines (contradictions dashed). Clicking a dot selects its account.
 */
final class TimelineCanvas {

	/** The geometry shared with the HTML report. */
	private static final TimelineLayout LAYOUT = TimelineLayout.STANDARD;
	static final int LANE_HEIGHT = LAYOUT.laneHeight();

	private final Canvas canvas;
	private Timeline timeline = new Timeline(List.of());
	private Account selected;

	TimelineCanvas(Composite parent, Consumer<Account> onClick) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		canvas.addPaintListener(e -> paint(e.gc));
		canvas.addListener(SWT.MouseDown, e -> accountAt(e.x, e.y).ifPresent(onClick));
	}

	void show(List<Account> accounts) {
		timeline = new Timeline(accounts);
		canvas.setToolTipText(timeline.undated().isEmpty() ? null : timeline.undated().size() + " accounts without a date are not shown");
		canvas.redraw();
	}

	void select(Account account) {
		selected = account;
		canvas.redraw();
	}

	/** The height the timeline needs for its lanes. */
	int preferredHeight() {
		return LAYOUT.height(timeline.lanes().size());
	}

	Timeline timeline() {
		return timeline;
	}

	Canvas control() {
		return canvas;
	}

	/** Where a point is drawn. */
	Point location(Timeline.Point point) {
		return new Point(LAYOUT.x(point, canvas.getClientArea().width), LAYOUT.y(point.lane()));
	}

	java.util.Optional<Account> accountAt(int x, int y) {
		return timeline.points().stream().filter(p -> {
			Point at = location(p);
			return Math.abs(at.x - x) <= LAYOUT.dotRadius() + 1 && Math.abs(at.y - y) <= LAYOUT.dotRadius() + 1;
		}).map(Timeline.Point::account).findFirst();
	}

	private void paint(GC gc) {
		gc.setAntialias(SWT.ON);
		Rectangle area = canvas.getClientArea();
		Color grey = canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW);
		if (timeline.points().isEmpty()) {
			gc.setForeground(grey);
			gc.drawString("No dated accounts to place on a timeline.", 8, 8, true);
			return;
		}
		for (int lane = 0; lane < timeline.lanes().size(); lane++) {
			int y = LAYOUT.y(lane);
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
			gc.drawString(shorten(gc, timeline.lanes().get(lane), LAYOUT.left() - 12), 6, y - gc.getFontMetrics().getHeight() / 2, true);
			gc.setForeground(grey);
			gc.drawLine(LAYOUT.left(), y, LAYOUT.left() + LAYOUT.plotWidth(area.width), y);
		}
		int axis = LAYOUT.axis(timeline.lanes().size());
		gc.setForeground(grey);
		String first = timeline.first().orElseThrow().toString();
		gc.drawString(first, LAYOUT.left() - gc.textExtent(first).x / 2, axis - 6, true);
		if (!timeline.first().equals(timeline.last())) {
			String last = timeline.last().orElseThrow().toString();
			gc.drawString(last, LAYOUT.left() + LAYOUT.plotWidth(area.width) - gc.textExtent(last).x / 2, axis - 6, true);
		}
		for (Timeline.Point point : timeline.points()) {
			for (Account.Link link : point.account().links()) {
				timeline.pointOf(link.otherKey()).filter(other -> link.outgoing()).ifPresent(other -> {
					gc.setForeground(color(Palette.relation(link.kind())));
					gc.setLineStyle(link.kind() == RelationKind.CONTRADICTS ? SWT.LINE_DASH : SWT.LINE_SOLID);
					gc.setLineWidth(2);
					Point a = location(point);
					Point b = location(other);
					gc.drawLine(a.x, a.y, b.x, b.y);
				});
			}
		}
		gc.setLineStyle(SWT.LINE_SOLID);
		for (Timeline.Point point : timeline.points()) {
			Point at = location(point);
			gc.setBackground(color(Palette.stance(point.account().stanceValue())));
			int r = LAYOUT.dotRadius();
			gc.fillOval(at.x - r, at.y - r, 2 * r, 2 * r);
			if (point.account() == selected) {
				gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
				gc.setLineWidth(2);
				gc.drawOval(at.x - r - 3, at.y - r - 3, 2 * r + 6, 2 * r + 6);
			}
		}
	}

	private Color color(String hex) {
		int[] rgb = Palette.rgb(hex);
		return new Color(rgb[0], rgb[1], rgb[2]);
	}

	private static String shorten(GC gc, String text, int width) {
		String shown = text;
		while (shown.length() > 3 && gc.textExtent(shown).x > width) {
			shown = shown.substring(0, shown.length() - 2);
		}
		return shown.equals(text) ? text : shown + "\u2026";
	}
}
