/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli;

import org.collatio.share.Credentials;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --user U --token-env VAR --ssh-dir DIR --accept-new-host-key}: how the Git server is
 * logged into (a picocli mixin).
 */
final class RemoteOptions {

	@Option(names = "--user", paramLabel = "USER", description = "The user name on an https Git server.")
	String user;

	@Option(names = "--token-env", paramLabel = "VAR",
			description = "The environment variable holding the token (or password) for an https Git server; it is never written anywhere.")
	String tokenVariable;

	@Option(names = "--ssh-dir", paramLabel = "DIR",
			description = "The folder of your SSH keys and known_hosts, for an ssh:// server (default: ~/.ssh). With --token-env, the token is the key's passphrase.")
	java.nio.file.Path sshDirectory;

	@Option(names = "--accept-new-host-key",
			description = "Trust an ssh server whose host key is not in known_hosts yet, and add it there (check its fingerprint first). A key that changed is always refused.")
	boolean acceptNewHostKey;

	/** The credentials given, or none; a variable that is not set is bad usage. */
	Credentials credentials(CommandLine commandLine) {
		String token = null;
		if (tokenVariable != null) {
			token = System.getenv(tokenVariable);
			if (token == null || token.isEmpty()) {
				throw new CommandLine.ParameterException(commandLine, "the environment variable " + tokenVariable + " (--token-env) is not set");
			}
		}
		return new Credentials(user, token, sshDirectory, acceptNewHostKey);
	}
}
