/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share;

import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * Who talks to the Git server: a user name and a token (a personal access token of the server, or
 * a password) for an https remote; {@link #NONE} for a folder (file URL) or a git daemon. Never
 * written anywhere: the command line reads the token from an environment variable each time.
 *
 * @param user the user name on the server, or null
 * @param token the token, or null
 */
public record Credentials(String user, String token) {

	/** No credentials: a remote in a folder or behind a git daemon. */
	public static final Credentials NONE = new Credentials(null, null);

	/** Whether there is anything to send. */
	public boolean isPresent() {
		return user != null || token != null;
	}

	/** JGit's provider for these credentials, or null for none. */
	CredentialsProvider provider() {
		return isPresent() ? new UsernamePasswordCredentialsProvider(user == null ? "" : user, token == null ? "" : token) : null;
	}

	@Override
	public String toString() {
		return isPresent() ? "Credentials[user=" + user + ", token=" + (token == null ? "none" : "***") + "]" : "Credentials[none]";
	}
}
