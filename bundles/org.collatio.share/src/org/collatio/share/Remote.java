/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share;

import java.util.Collection;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.SshTransport;

/** The exchanges with the remote {@value CorpusRepository#REMOTE}: list, fetch, push. */
final class Remote implements AutoCloseable {

	/** Seconds a network read may wait. */
	private static final int TIMEOUT = 60;

	private final Git git;
	private final Credentials credentials;
	private final String url;

	Remote(Git git, Credentials credentials) {
		this.git = git;
		this.credentials = credentials == null ? Credentials.NONE : credentials;
		this.url = CorpusRepository.remoteUrl(git.getRepository());
	}

	String url() {
		return url;
	}

	/** The SSH transport of this exchange, made at the first ssh connection; closed with it. */
	private SshSessions ssh;

	/** A command of JGit's that talks to the remote: credentials, time-out and, for ssh://, our SSH transport. */
	private <C extends TransportCommand<C, ?>> C talking(C command) {
		command.setCredentialsProvider(credentials.provider()).setTimeout(TIMEOUT);
		command.setTransportConfigCallback(transport -> {
			if (transport instanceof SshTransport sshTransport) {
				if (ssh == null) {
					ssh = new SshSessions(credentials);
				}
				sshTransport.setSshSessionFactory(ssh);
			}
		});
		return command;
	}

	@Override
	public void close() {
		if (ssh != null) {
			ssh.close();
			ssh = null;
		}
	}

	/** The remote's branches and tags. */
	Collection<Ref> list(IProgressMonitor monitor) throws ShareException {
		try {
			return talking(git.lsRemote().setRemote(CorpusRepository.REMOTE).setHeads(true)).call();
		} catch (GitAPIException | JGitInternalException e) {
			throw Failures.of(url, "reading", e, monitor);
		}
	}

	/** Brings the remote's branches into refs/remotes/origin/. */
	void fetch(IProgressMonitor monitor) throws ShareException {
		try {
			talking(git.fetch().setRemote(CorpusRepository.REMOTE).setRemoveDeletedRefs(true).setProgressMonitor(new JGitProgress(monitor))).call();
		} catch (GitAPIException | JGitInternalException e) {
			throw Failures.of(url, "fetching", e, monitor);
		}
	}

	/** How a push ended. */
	enum Pushed {
		/** The remote's branch is mine now. */
		DONE,
		/** Someone pushed meanwhile: fetch, merge and push again. */
		BEHIND,
		/**
		 * The server could not lock the branch: another push is being written there (someone else's,
		 * or one of a sync that was killed and that the server still finishes). Wait a moment, then
		 * fetch, merge and push again.
		 */
		BUSY
	}

	/** Pushes the branch; refused for another reason than someone pushing first: an exception. */
	Pushed push(String branch, IProgressMonitor monitor) throws ShareException {
		String ref = Constants.R_HEADS + branch;
		Iterable<PushResult> results;
		try {
			results = talking(git.push().setRemote(CorpusRepository.REMOTE).setRefSpecs(new RefSpec(ref + ":" + ref)).setProgressMonitor(new JGitProgress(monitor)))
					.call();
		} catch (GitAPIException | JGitInternalException e) {
			throw Failures.of(url, "pushing", e, monitor);
		}
		for (PushResult result : results) {
			for (RemoteRefUpdate update : result.getRemoteUpdates()) {
				switch (update.getStatus()) {
				case OK, UP_TO_DATE:
					break;
				case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED:
					return Pushed.BEHIND;
				case REJECTED_OTHER_REASON:
					if (isLockedOnServer(update.getMessage())) {
						return Pushed.BUSY;
					}
					throw refused(branch, update);
				default:
					throw refused(branch, update);
				}
			}
		}
		return Pushed.DONE;
	}

	/** What git and JGit servers answer when the branch is locked by another push under way. */
	private static boolean isLockedOnServer(String message) {
		String text = message == null ? "" : message.toLowerCase(java.util.Locale.ROOT);
		return text.contains("failed to update ref") || text.contains("lock") || text.contains("cannot update the ref");
	}

	private ShareException refused(String branch, RemoteRefUpdate update) {
		return new ShareException(ShareException.Problem.REJECTED, CorpusRepository.display(url) + ": the server refused the push of " + branch + " ("
				+ update.getStatus().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + (update.getMessage() == null ? "" : ": " + update.getMessage())
				+ "); your work is committed here and the next sync tries again");
	}
}
