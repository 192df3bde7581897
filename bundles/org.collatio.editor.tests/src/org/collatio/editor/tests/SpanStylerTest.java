/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.collatio.editor.internal.SpanStyler;
import org.collatio.editor.internal.SpanStyler.Segment;
import org.collatio.editor.internal.SpanStyler.Span;
import org.junit.jupiter.api.Test;

/** How overlapping and nested spans are cut into drawable segments. */
class SpanStylerTest {

	@Test
	void nestedSpansShowTheInnerColourAndAnOutlineOfTheOuter() {
		List<Segment> segments = SpanStyler.segments(List.of(new Span(0, 30, "outer"), new Span(10, 15, "inner")), 0, 100);
		assertEquals(List.of(new Segment(0, 10, "outer", null, 1), new Segment(10, 15, "inner", "outer", 2),
				new Segment(15, 30, "outer", null, 1)), segments);
	}

	@Test
	void crossingSpansAreCutWhereTheyOverlap() {
		List<Segment> segments = SpanStyler.segments(List.of(new Span(0, 10, "a"), new Span(5, 20, "b")), 0, 100);
		assertEquals(List.of(new Segment(0, 5, "a", null, 1), new Segment(5, 10, "a", "b", 2), new Segment(10, 20, "b", null, 1)),
				segments);
	}

	@Test
	void onlyTheRequestedRegionIsStyledAndGapsStayUnstyled() {
		List<Segment> segments = SpanStyler.segments(List.of(new Span(0, 10, "a"), new Span(40, 50, "b"), new Span(90, 95, "c")), 5, 45);
		assertEquals(List.of(new Segment(5, 10, "a", null, 1), new Segment(40, 45, "b", null, 1)), segments);
	}
}
