/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.collatio.reconcile.Timeline;
import org.collatio.reconcile.TimelineLayout;
import org.junit.jupiter.api.Test;

/** The one geometry of the timeline, shared by the view's canvas and the HTML report. */
class TimelineLayoutTest {

	private static final TimelineLayout LAYOUT = new TimelineLayout(100, 10, 20, 30, 15, 5);

	private static Timeline.Point at(double x, int lane) {
		return new Timeline.Point(null, LocalDate.of(2023, 9, 21), x, lane);
	}

	@Test
	void theFirstDateIsAtTheLeftOfThePlotAndTheLastAtItsRight() {
		assertEquals(100, LAYOUT.x(at(0, 0), 500));
		assertEquals(470, LAYOUT.x(at(1, 0), 500), "500 wide: 100 of labels, 370 of plot, 30 of margin");
		assertEquals(285, LAYOUT.x(at(0.5, 0), 500));
		assertEquals(110, LAYOUT.x(at(1, 0), 50), "a narrow area still has a plot of 10");
	}

	@Test
	void lanesFollowOneAnotherAndTheAxisComesAfterTheLast() {
		assertEquals(10, LAYOUT.y(0));
		assertEquals(50, LAYOUT.y(2));
		assertEquals(70, LAYOUT.axis(3));
		assertEquals(85, LAYOUT.height(3));
		assertEquals(LAYOUT.height(1), LAYOUT.height(0), "room for one lane's message when there is none");
	}
}
