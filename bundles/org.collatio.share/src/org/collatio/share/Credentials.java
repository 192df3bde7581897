/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share;

import java.nio.file.Path;

import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;

/**
 * Who talks to the Git server. For an https remote: a user name and a token (a personal access
 * token of the server, or a password). For an ssh remote: the keys in the SSH folder
 * ({@code ~/.ssh} unless told otherwise; the token, when given, is the passphrase of a protected
 * key) and whether a server whose host key is not known yet is trusted on first use. {@link #NONE}
 * for a folder (file URL) or a git daemon. Never written anywhere: the command line reads the
 * token from an environment variable each time.
 *
 * @param user the user name on the server, or null
 * @param token the token (or a key's passphrase), or null
 * @param sshDirectory the folder of the SSH keys and known_hosts, or null for {@code ~/.ssh}
 * @param acceptNewHostKey whether an ssh server's host key that is not in known_hosts is added
 *        there and trusted (as OpenSSH's {@code StrictHostKeyChecking accept-new}); a host key
 *        that differs from the known one is refused whatever this says
 */
public record Credentials(String user, String token, Path sshDirectory, boolean acceptNewHostKey) {

	/** No credentials: a remote in a folder or behind a git daemon. */
	public static final Credentials NONE = new Credentials(null, null);

	/** A user name and a token, the SSH defaults. */
	public Credentials(String user, String token) {
		this(user, token, null, false);
	}

	/** These credentials with the SSH folder and the trust of new host keys given. */
	public Credentials withSsh(Path directory, boolean acceptNew) {
		return new Credentials(user, token, directory, acceptNew);
	}

	/** Whether there is a user name or a token to send. */
	public boolean isPresent() {
		return user != null || token != null;
	}

	/**
	 * JGit's provider for these credentials: the user name and token when asked for them (a key's
	 * passphrase is asked as a password), and "no" to every yes/no question (host keys are decided
	 * by {@link SshSessions}' configuration, never by a question answered blindly).
	 */
	CredentialsProvider provider() {
		return new CredentialsProvider() {
			@Override
			public boolean isInteractive() {
				return false;
			}

			@Override
			public boolean supports(CredentialItem... items) {
				for (CredentialItem item : items) {
					if (!(item instanceof CredentialItem.Username || item instanceof CredentialItem.Password || item instanceof CredentialItem.YesNoType
							|| item instanceof CredentialItem.InformationalMessage)) {
						return false;
					}
				}
				return true;
			}

			@Override
			public boolean get(URIish uri, CredentialItem... items) {
				for (CredentialItem item : items) {
					if (item instanceof CredentialItem.Username name) {
						if (user == null) {
							return false;
						}
						name.setValue(user);
					} else if (item instanceof CredentialItem.Password password) {
						if (token == null) {
							return false;
						}
						password.setValue(token.toCharArray());
					} else if (item instanceof CredentialItem.YesNoType question) {
						question.setValue(false);
					}
				}
				return true;
			}
		};
	}

	@Override
	public String toString() {
		String ssh = (sshDirectory == null ? "" : ", ssh=" + sshDirectory) + (acceptNewHostKey ? ", accept new host key" : "");
		return isPresent() ? "Credentials[user=" + user + ", token=" + (token == null ? "none" : "***") + ssh + "]" : "Credentials[none" + ssh + "]";
	}
}
