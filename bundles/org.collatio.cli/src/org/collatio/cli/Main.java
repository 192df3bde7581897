/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The command line on a plain class path, as the launch script starts it: the headless bundles
 * (model, store, import, search) are ordinary Java libraries, so a command needs no OSGi framework
 * and starts in a fraction of the time. {@link CliApplication} runs the same commands inside Equinox.
 */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
		PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
		System.exit(Cli.run(args, out, err));
	}
}
