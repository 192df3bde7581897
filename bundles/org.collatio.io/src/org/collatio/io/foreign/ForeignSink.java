/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.foreign;

import java.io.IOException;

import org.collatio.io.FormatException;

/**
 * Where a {@link ForeignReader} hands what it reads, one document at a time, so that a large
 * project is never held whole in memory. The survey behind the mapping page and the import itself
 * are both sinks.
 */
public interface ForeignSink {

	/** A code of the format's code book; all codes come before the first document. */
	default void code(ForeignCode code) {
	}

	/** One document, complete with its spans and links. */
	void document(ForeignDocument document) throws IOException, FormatException;

	/** Something of the source as a whole that is not imported (a user list, a memo, an event type), in words. */
	default void leftOut(String what) {
	}
}
