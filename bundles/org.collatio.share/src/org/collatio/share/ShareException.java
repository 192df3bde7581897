/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share;

/**
 * Sharing, cloning or synchronising failed. The message names the remote (or the corpus folder)
 * and the problem, for the user to read as it is; nothing local was lost, and the next sync tries
 * again.
 */
public class ShareException extends Exception {

	private static final long serialVersionUID = 1L;

	/** What went wrong, for a caller that reacts differently (the command line's exit code). */
	public enum Problem {
		/** The server could not be reached: unknown host, refused connection, time-out. */
		NETWORK,
		/** The server refused the user name or token, or the SSH key. */
		AUTHENTICATION,
		/** An ssh server whose host key is not known here (not trusted yet), or differs from the known one. */
		HOST_KEY,
		/** No repository at that address, or an address of a kind not supported. */
		NO_REPOSITORY,
		/** The remote or the folder holds no Collatio corpus. */
		NOT_A_CORPUS,
		/** The corpus folder is not shared yet, or is shared with another remote. */
		NOT_SHARED,
		/** The server refused the push (other than someone pushing meanwhile, which is retried). */
		REJECTED,
		/** The two histories cannot be merged: a damaged or foreign repository, a file the merger refused. */
		NOT_MERGEABLE,
		/** A local file or the local repository could not be read or written. */
		LOCAL
	}

	private final Problem problem;

	public ShareException(Problem problem, String message, Throwable cause) {
		super(message, cause);
		this.problem = problem;
	}

	public ShareException(Problem problem, String message) {
		this(problem, message, null);
	}

	public Problem getProblem() {
		return problem;
	}
}
