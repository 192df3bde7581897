/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli;

import org.collatio.share.Credentials;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --user U --token-env VAR}: how the Git server is logged into (a picocli mixin). */
final class RemoteOptions {

	@Option(names = "--user", paramLabel = "USER", description = "The user name on an https Git server.")
	String user;

	@Option(names = "--token-env", paramLabel = "VAR",
			description = "The environment variable holding the token (or password) for an https Git server; it is never written anywhere.")
	String tokenVariable;

	/** The credentials given, or none; a variable that is not set is bad usage. */
	Credentials credentials(CommandLine commandLine) {
		String token = null;
		if (tokenVariable != null) {
			token = System.getenv(tokenVariable);
			if (token == null || token.isEmpty()) {
				throw new CommandLine.ParameterException(commandLine, "the environment variable " + tokenVariable + " (--token-env) is not set");
			}
		}
		return user == null && token == null ? Credentials.NONE : new Credentials(user, token);
	}
}
