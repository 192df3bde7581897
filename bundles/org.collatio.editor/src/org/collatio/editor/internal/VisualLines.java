/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

/**
 * The pieces of a range of a {@link StyledText}, one per visual (wrapped) line, for painters that
 * outline ranges (suggestions, other coders' spans). Where each visual line ends is found by a
 * binary search over offsets (the y of an offset never decreases along the text), so a range costs
 * a few widget calls per visual line rather than one per character: outlines are painted on every
 * repaint of the editor, so their cost is paid on the UI thread at every keystroke.
 */
final class VisualLines {

	private VisualLines() {
	}

	/**
	 * One rectangle per visual line of {@code [begin, end)}: x and y where the line's part of the range
	 * starts, the width to the right edge of its last character, the widget's line height.
	 */
	static List<Rectangle> of(StyledText text, int begin, int end) {
		List<Rectangle> pieces = new ArrayList<>();
		int lineHeight = text.getLineHeight();
		int start = begin;
		while (start < end) {
			Point first = text.getLocationAtOffset(start);
			int last = lastOnSameLine(text, start, end - 1, first.y);
			Rectangle lastCharacter = text.getTextBounds(last, last);
			pieces.add(new Rectangle(first.x, first.y, Math.max(0, lastCharacter.x + lastCharacter.width - first.x), lineHeight));
			start = last + 1;
		}
		return pieces;
	}

	/** The last offset in {@code [from, to]} drawn on the visual line at {@code y} ({@code from} is on it). */
	private static int lastOnSameLine(StyledText text, int from, int to, int y) {
		int low = from;
		int high = to;
		while (low < high) {
			int middle = (low + high + 1) >>> 1;
			if (text.getLocationAtOffset(middle).y == y) {
				low = middle;
			} else {
				high = middle - 1;
			}
		}
		return low;
	}
}
