/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.agreement;

import java.util.Objects;

/**
 * A unit that one coder identified on a document: the characters {@code [begin, end)} with a
 * category (a tag). Categories are compared as strings with {@link String#equals}: "1000" and
 * "1001", or "Aa" and "BB" (equal hash codes), are distinct categories.
 */
public record Unit(String coder, String document, int begin, int end, String category) {

	public Unit {
		Objects.requireNonNull(coder, "coder");
		Objects.requireNonNull(document, "document");
		Objects.requireNonNull(category, "category");
		if (begin < 0 || end < begin) {
			throw new IllegalArgumentException("bad offsets [" + begin + ", " + end + ") of a unit of " + coder + " in " + document);
		}
	}

	/** Its length in characters. */
	public int length() {
		return end - begin;
	}
}
