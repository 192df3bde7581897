/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.merge;

/** A version that cannot be merged (not a Collatio file, damaged); the message names the file and the problem. */
public class MergeException extends Exception {

	private static final long serialVersionUID = 1L;

	public MergeException(String message, Throwable cause) {
		super(message, cause);
	}

	public MergeException(String message) {
		super(message);
	}
}
