/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.collatio.ui.testing.DeclaredIds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The id constants of the workbench and the editor are the ids their plugin.xml declare and use. */
class DeclaredIdsTest {

	@ParameterizedTest
	@ValueSource(strings = { "org.collatio.ui", "org.collatio.editor" })
	void everyIdConstantIsDeclaredInTheExtensionRegistry(String bundle) throws Exception {
		assertTrue(DeclaredIds.count(bundle) >= 5, "the check finds the bundle's ids");
		assertEquals(List.of(), DeclaredIds.undeclared(bundle));
	}
}
