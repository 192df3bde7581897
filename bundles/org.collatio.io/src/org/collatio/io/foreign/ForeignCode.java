/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.foreign;

import java.util.List;

/**
 * A code of a format's code book (REFI-QDA's CodeBook, brat's annotation.conf, a UIMA type system's
 * types): its path from the root, a colour as {@code #rrggbb} or null, a description or null.
 */
public record ForeignCode(List<String> path, String colour, String description) {

	public ForeignCode {
		if (path.isEmpty()) {
			throw new IllegalArgumentException("a code without a name");
		}
		path = List.copyOf(path);
	}
}
