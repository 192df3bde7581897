/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.merge;

import java.util.List;

/**
 * The merged file (null: deleted on both sides, or deleted on one and unchanged on the other) and
 * the conflicts left for the user; until one is resolved, the merged file holds my value and the
 * conflict records both.
 */
public record MergeOutcome(byte[] merged, List<Conflict> conflicts) {

	public MergeOutcome {
		conflicts = List.copyOf(conflicts);
	}
}
