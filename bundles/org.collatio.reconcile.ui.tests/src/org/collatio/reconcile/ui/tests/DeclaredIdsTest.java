/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.collatio.ui.testing.DeclaredIds;
import org.junit.jupiter.api.Test;

/**
 * The id constants of the reconciliation and search views are the ids their plugin.xml declare and
 * use; the workbench's references to them (perspective) are checked here, where they are installed.
 */
class DeclaredIdsTest {

	@Test
	void everyIdConstantOfTheReconciliationAndSearchBundlesIsDeclared() throws Exception {
		for (String bundle : List.of("org.collatio.reconcile.ui", "org.collatio.search.ui", "org.collatio.ui")) {
			assertTrue(DeclaredIds.count(bundle) >= 1, "the check finds the ids of " + bundle);
			assertEquals(List.of(), DeclaredIds.undeclared(bundle), bundle);
		}
	}
}
