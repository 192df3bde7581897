/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.collatio.ui.testing.DeclaredIds;
import org.junit.jupiter.api.Test;

/** The id constants of org.collatio.coders.ui (views, commands, parameters) are the ids its plugin.xml declares and uses. */
class DeclaredIdsTest {

	@Test
	void everyIdConstantIsDeclaredInTheExtensionRegistry() throws Exception {
		assertTrue(DeclaredIds.count("org.collatio.coders.ui") >= 5, "the check finds the bundle's ids");
		assertEquals(List.of(), DeclaredIds.undeclared("org.collatio.coders.ui"));
	}
}
