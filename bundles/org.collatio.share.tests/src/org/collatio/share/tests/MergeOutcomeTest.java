/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.collatio.share.merge.Conflict;
import org.collatio.share.merge.MergeOutcome;
import org.junit.jupiter.api.Test;

/** A merge outcome keeps the conflicts it was given, unchangeable by whoever made it. */
class MergeOutcomeTest {

	@Test
	void theConflictsAreACopy() {
		List<Conflict> conflicts = new ArrayList<>();
		conflicts.add(new Conflict("corpus.xmi", "Proposition", "p1", "statement", "old", "mine", "theirs"));
		MergeOutcome outcome = new MergeOutcome(new byte[0], conflicts);
		conflicts.clear();
		assertEquals(1, outcome.conflicts().size());
		assertThrows(UnsupportedOperationException.class, () -> outcome.conflicts().clear());
	}
}
