/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.collatio.cli.Cli;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** {@code collatio --version} names this build, qualifier included, so that an update shows. */
class VersionTest {

	@Test
	void versionIsTheBundlesOwnWithItsBuildQualifier() {
		CliRun run = CliRun.of("--version");
		Version bundle = FrameworkUtil.getBundle(Cli.class).getVersion();
		assertEquals(0, run.code());
		assertEquals("Collatio " + bundle, run.out().strip());
		assertTrue(bundle.getQualifier().matches("\\d{12}"), "a build qualifier, not a literal one: " + bundle);
	}
}
