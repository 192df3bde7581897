/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli;

/** What the exit code of a command says. */
public final class ExitCodes {

	/** Everything asked was done. */
	public static final int OK = 0;
	/** Done, but some input was rejected (each rejection was reported). */
	public static final int INPUT_REJECTED = 1;
	/** The command line was wrong: nothing was done. */
	public static final int USAGE = 2;
	/** A file could not be read or written (a corpus, an output): what was done is saved. */
	public static final int IO_FAILURE = 3;

	private ExitCodes() {
	}
}
