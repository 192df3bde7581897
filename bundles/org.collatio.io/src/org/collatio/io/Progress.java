/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.util.concurrent.CancellationException;

/**
 * How an export or import reports its progress and learns that it should stop; independent of SWT
 * and the Eclipse runtime so that the command line and the workbench both drive it. Work is counted
 * in documents.
 */
public interface Progress {

	/** Reports nothing and is never cancelled. */
	Progress NONE = new Progress() {
	};

	/** The work begins: {@code totalWork} documents (or other steps) will follow. */
	default void begin(String task, int totalWork) {
	}

	/** One more step is done; {@code what} names it (a document id). */
	default void worked(String what) {
	}

	default boolean isCanceled() {
		return false;
	}

	/** Throws {@link CancellationException} when cancelled; the output is then left as it was. */
	default void checkCanceled() {
		if (isCanceled()) {
			throw new CancellationException("cancelled");
		}
	}
}
