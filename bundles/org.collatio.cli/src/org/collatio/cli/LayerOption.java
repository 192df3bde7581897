/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli;

import picocli.CommandLine.Option;

/** {@code --layer}: which coders' layer a command reads (a picocli mixin). */
final class LayerOption {

	@Option(names = "--layer", paramLabel = "LAYER",
			description = "The layer read: a coder's name or id, or curated (default: the curated layer once it exists, else the first coder's).")
	String layer;
}
