/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.curation;

/** What the curated layer holds at a row's range. */
public enum CuratedState {
	/** No span at that range: nothing decided yet. */
	OPEN,
	/** A span identical to (at least) one coder's version: accepted, the row is done. */
	ACCEPTED,
	/** A span that differs from every coder's version: the curator edited it. */
	EDITED
}
