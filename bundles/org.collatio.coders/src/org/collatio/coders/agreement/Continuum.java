/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.agreement;

import java.util.Objects;

/**
 * A continuum that coders unitize: one document, named by its id, with its length in characters.
 * Offsets of {@link Unit}s on it run from 0 to {@code length}.
 */
public record Continuum(String document, int length) {

	public Continuum {
		Objects.requireNonNull(document, "document");
		if (length < 0) {
			throw new IllegalArgumentException("negative length " + length + " of " + document);
		}
	}
}
