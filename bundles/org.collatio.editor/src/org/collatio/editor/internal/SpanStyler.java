/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts a stretch of text into segments by the spans that cover it, so each segment can be drawn
 * with the colour of its innermost span and an outline when spans overlap there. Pure arithmetic on
 * offsets, independent of SWT.
 */
public final class SpanStyler {

	/** A span to draw: [begin, end) and its colour key. */
	public record Span(int begin, int end, String color) {
		int length() {
			return end - begin;
		}
	}

	/** [begin, end) covered by {@code depth} spans; {@code inner} is the shortest, {@code outer} the next one (or null). */
	public record Segment(int begin, int end, String inner, String outer, int depth) {
	}

	private SpanStyler() {
	}

	/**
	 * The covered segments of [from, to), in order. A sweep over the cut points with the set of
	 * spans open at each: O(n log n) for n spans, as long as few spans overlap at one place.
	 */
	public static List<Segment> segments(List<Span> spans, int from, int to) {
		List<Span> visible = new ArrayList<>();
		TreeSet<Integer> cuts = new TreeSet<>();
		for (Span span : spans) {
			if (span.begin() < to && span.end() > from && span.end() > span.begin()) {
				visible.add(span);
				cuts.add(Math.max(from, span.begin()));
				cuts.add(Math.min(to, span.end()));
			}
		}
		visible.sort(Comparator.comparingInt(Span::begin));
		List<Segment> segments = new ArrayList<>();
		List<Span> open = new ArrayList<>();
		int next = 0;
		Integer start = null;
		for (Integer end : cuts) {
			if (start != null) {
				int segmentStart = start;
				while (next < visible.size() && visible.get(next).begin() <= segmentStart) {
					open.add(visible.get(next++));
				}
				open.removeIf(span -> span.end() <= segmentStart);
				Segment segment = segment(open, segmentStart, end);
				if (segment != null) {
					segments.add(segment);
				}
			}
			start = end;
		}
		return segments;
	}

	private static Segment segment(List<Span> open, int start, int end) {
		Span inner = null;
		Span outer = null;
		for (Span span : open) {
			if (inner == null || span.length() < inner.length()) {
				outer = inner;
				inner = span;
			} else if (outer == null || span.length() < outer.length()) {
				outer = span;
			}
		}
		return inner == null ? null : new Segment(start, end, inner.color(), outer == null ? null : outer.color(), open.size());
	}
}
