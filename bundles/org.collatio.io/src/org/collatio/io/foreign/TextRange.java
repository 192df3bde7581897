/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.foreign;

/**
 * A stretch of a document's text in UTF-16 units, end exclusive. Every reader converts its
 * format's unit (brat's and W3C's code points, REFI-QDA's characters) to this explicitly and checks
 * the range against the text before handing it on.
 */
public record TextRange(int begin, int end) {

	public TextRange {
		if (begin < 0 || end < begin) {
			throw new IllegalArgumentException("not a text range: " + begin + ".." + end);
		}
	}

	/** Whether the range lies inside a text of {@code length} UTF-16 units. */
	public boolean fits(int length) {
		return end <= length;
	}
}
