/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.errors.NotSupportedException;

/** A failure to talk to a remote, said in words: the remote, the problem, and that nothing was lost. */
final class Failures {

	/** An HTTP status that refuses the user, as a number standing alone in a message. */
	private static final Pattern HTTP_REFUSED = Pattern.compile("(?<![\\w/.-])40[13](?![\\w/.-])");

	static final String NOTHING_LOST = "nothing here was changed or lost; the next sync tries again";

	private Failures() {
	}

	/**
	 * The exception to throw for a failure of an exchange with {@code remote} (shown without a
	 * password); a cancelled exchange ends with {@link OperationCanceledException}.
	 */
	static ShareException of(String remote, String doing, Throwable e, IProgressMonitor monitor) {
		if (monitor != null && monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
		String shown = CorpusRepository.display(remote);
		// the address is taken out of the messages first: a folder named .../junit4013/... is no HTTP 401
		String message = messages(e).replace(remote, " ").replace(shown, " ").toLowerCase(Locale.ROOT);
		ShareException.Problem problem;
		String what;
		Throwable unknownHost = cause(e, UnknownHostException.class);
		if (unknownHost != null) {
			problem = ShareException.Problem.NETWORK;
			what = "unknown host " + unknownHost.getMessage() + " (no network, or a wrong address)";
		} else if (cause(e, ConnectException.class) != null || message.contains("connection refused")) {
			problem = ShareException.Problem.NETWORK;
			what = "the server cannot be reached (connection refused)";
		} else if (cause(e, SocketTimeoutException.class) != null || cause(e, NoRouteToHostException.class) != null || message.contains("timed out")
				|| message.contains("timeout")) {
			problem = ShareException.Problem.NETWORK;
			what = "the server does not answer (timed out)";
		} else if (message.contains("host key") || message.contains("server key") || message.contains("hostkey")) {
			problem = ShareException.Problem.HOST_KEY;
			what = message.contains("changed") || message.contains("mismatch") || message.contains("modified")
					? "the server's SSH host key differs from the one known here (in known_hosts): it may not be the server you think; "
							+ "check with its administrator before you change known_hosts"
					: "the server's SSH host key is not known here (not in known_hosts); check its fingerprint, then trust it once "
							+ "(--accept-new-host-key on the command line) or add it with ssh-keyscan";
		} else if (cause(e, NoRemoteRepositoryException.class) != null || cause(e, InvalidRemoteException.class) != null) {
			problem = ShareException.Problem.NO_REPOSITORY;
			what = "there is no Git repository at this address";
		} else if (cause(e, NotSupportedException.class) != null || message.contains("not supported")) {
			problem = ShareException.Problem.NO_REPOSITORY;
			what = "this kind of address is not supported (use https://, ssh://, git:// or a folder)";
		} else if (message.contains("not authorized") || message.contains("authentication") || HTTP_REFUSED.matcher(message).find()
				|| message.contains("auth fail") || message.contains("credentials") || message.contains("no more authentication methods")) {
			problem = ShareException.Problem.AUTHENTICATION;
			what = remote.startsWith("ssh://") || remote.matches("^[\\w.-]+@[\\w.-]+:.*")
					? "the server refused the SSH key (check that your public key is on the server and the key is in the SSH folder)"
					: "the user name or token was refused (check --user and the token)";
		} else if (message.contains("not found") || message.contains("does not appear to be a git repository") || message.contains("not a git repository")) {
			problem = ShareException.Problem.NO_REPOSITORY;
			what = "there is no Git repository at this address";
		} else {
			problem = ShareException.Problem.NETWORK;
			what = firstMessage(e);
		}
		return new ShareException(problem, shown + ": " + doing + " failed: " + what + "; " + NOTHING_LOST, e);
	}

	private static String messages(Throwable e) {
		StringBuilder all = new StringBuilder();
		for (Throwable t = e; t != null; t = t.getCause()) {
			all.append(t.getMessage()).append(' ');
		}
		return all.toString();
	}

	private static String firstMessage(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t.getMessage() != null && !t.getMessage().isBlank()) {
				return t.getMessage();
			}
		}
		return e.getClass().getSimpleName();
	}

	private static Throwable cause(Throwable e, Class<? extends Throwable> type) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return t;
			}
		}
		return null;
	}
}
