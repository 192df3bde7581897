/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli;

import java.io.PrintWriter;

import org.collatio.share.ShareException;

/** How a failure of sharing becomes a message and an exit code. */
final class ShareFailures {

	private ShareFailures() {
	}

	/**
	 * Prints the message; returns 1 when the input was refused (not a corpus, not shared, no
	 * repository at that address, histories that cannot be merged), 3 when the server or a file could
	 * not be reached, read or written.
	 */
	static int report(ShareException e, PrintWriter err) {
		err.println("collatio: " + e.getMessage());
		return switch (e.getProblem()) {
		case NOT_A_CORPUS, NOT_SHARED, NO_REPOSITORY, NOT_MERGEABLE -> ExitCodes.INPUT_REJECTED;
		case NETWORK, AUTHENTICATION, HOST_KEY, REJECTED, LOCAL -> ExitCodes.IO_FAILURE;
		};
	}
}
