/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.curation;

/** A span's range: UTF-16 offsets into the document text, end exclusive. Ordered by begin, then end. */
public record Range(int begin, int end) implements Comparable<Range> {

	@Override
	public int compareTo(Range other) {
		return begin != other.begin ? Integer.compare(begin, other.begin) : Integer.compare(end, other.end);
	}
}
