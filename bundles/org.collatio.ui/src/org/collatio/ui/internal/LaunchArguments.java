/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.internal;

import java.nio.file.Path;

/**
 * The workbench's own command-line arguments: {@code --corpus DIR} opens (or creates) that corpus;
 * without it the seed corpus in the user's data folder is opened, built from {@code --seeds DIR}
 * (default: the {@code seeds} folder of the installation) the first time. {@code --coder NAME}
 * says who is coding (recorded, as if answered on first start).
 */
record LaunchArguments(Path corpus, Path seeds, String coder) {

	static LaunchArguments parse(String[] args) {
		Path corpus = null;
		Path seeds = null;
		String coder = null;
		for (int i = 0; i < args.length - 1; i++) {
			switch (args[i]) {
			case "--corpus", "-corpus" -> corpus = Path.of(args[++i]);
			case "--seeds", "-seeds" -> seeds = Path.of(args[++i]);
			case "--coder", "-coder" -> coder = args[++i];
			default -> {
				// arguments of the platform (-data, -clearPersistedState, ...) are not ours
			}
			}
		}
		return new LaunchArguments(corpus, seeds, coder);
	}
}
