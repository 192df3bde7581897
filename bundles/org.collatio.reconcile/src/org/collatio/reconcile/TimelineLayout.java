/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile;

/**
 * Where a {@link Timeline} is drawn, in pixels, the same in the Reconciliation view's canvas and in
 * the HTML report's SVG: lane labels on the left, a lane per speaker, the dates along the plot.
 *
 * @param left where the plot starts (lane labels before it)
 * @param top the first lane's line
 * @param laneHeight from one lane's line to the next
 * @param right the margin after the plot
 * @param bottom below the last lane: the axis' dates
 * @param dotRadius a dated account's dot
 */
public record TimelineLayout(int left, int top, int laneHeight, int right, int bottom, int dotRadius) {

	/** The one layout of the view and the report. */
	public static final TimelineLayout STANDARD = new TimelineLayout(160, 18, 24, 36, 20, 6);

	/** The width of the plot in an area {@code width} wide (never under 10). */
	public int plotWidth(int width) {
		return Math.max(10, width - left - right);
	}

	/** The x of a point in an area {@code width} wide. */
	public int x(Timeline.Point point, int width) {
		return left + (int) Math.round(point.x() * plotWidth(width));
	}

	/** The y of a lane's line. */
	public int y(int lane) {
		return top + lane * laneHeight;
	}

	/** The y of the axis (the dates), below the last of {@code lanes}. */
	public int axis(int lanes) {
		return y(Math.max(1, lanes));
	}

	/** The height the timeline needs for {@code lanes} lanes. */
	public int height(int lanes) {
		return axis(lanes) + bottom;
	}
}
