/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.foreign;

import java.util.List;
import java.util.Map;

/**
 * One document as read: its exact text (never rewritten), the name it had in the source (a file
 * name, a REFI-QDA source name, a W3C source IRI), metadata the format carries (title, url, date...),
 * its spans and links, and what it held that does not map, in words, for the summary.
 */
public record ForeignDocument(String name, String text, Map<String, String> metadata, List<ForeignSpan> spans, List<ForeignLink> links,
		List<String> leftOut) {

	public ForeignDocument {
		metadata = Map.copyOf(metadata);
		spans = List.copyOf(spans);
		links = List.copyOf(links);
		leftOut = List.copyOf(leftOut);
	}
}
