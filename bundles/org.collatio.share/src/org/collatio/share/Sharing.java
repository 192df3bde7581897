/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.collatio.core.store.CorpusLayout;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Shares a corpus folder: makes it a Git working tree, commits everything, names the remote and
 * pushes. The remote must be empty (or hold this very history, when an earlier share could not
 * push): a remote holding something else is refused, and cloning it is the way to join it.
 */
final class Sharing {

	private Sharing() {
	}

	static SyncResult share(Path corpus, String url, Credentials credentials, String coder, IProgressMonitor monitor) throws ShareException {
		SubMonitor progress = SubMonitor.convert(monitor, "Sharing " + corpus + " with " + CorpusRepository.display(url), 10);
		if (!Files.isRegularFile(corpus.resolve(CorpusLayout.CORPUS_FILE))) {
			throw new ShareException(ShareException.Problem.NOT_A_CORPUS, corpus + ": not a Collatio corpus (it has no " + CorpusLayout.CORPUS_FILE + ")");
		}
		try (Git git = CorpusRepository.openOrInit(corpus)) {
			Repository repository = git.getRepository();
			String branch = CorpusRepository.branch(repository);
			String existing = CorpusRepository.remoteUrl(repository);
			if (existing != null && !existing.equals(url)) {
				throw new ShareException(ShareException.Problem.NOT_SHARED, corpus + ": already shared with " + CorpusRepository.display(existing)
						+ "; sync with it, or share a copy of the corpus");
			}
			try {
				CorpusRepository.configure(repository);
				CorpusRepository.writeHouseFiles(corpus);
				CorpusRepository.setRemote(repository, url, branch);
			} catch (IOException e) {
				throw CorpusRepository.local(corpus, "cannot be prepared for sharing", e);
			}
			CorpusRepository.clearStaleLocks(repository, branch);
			Commits.Committed committed = Commits.commitAll(git, coder, existing == null ? "shares the corpus" : null);
			progress.worked(3);
			Remote.Pushed pushed;
			try (Remote remote = new Remote(git, credentials)) {
				checkEmpty(repository, remote.list(progress.split(2)), url, branch);
				pushed = remote.push(branch, progress.split(5));
			}
			if (pushed != Remote.Pushed.DONE) {
				throw new ShareException(ShareException.Problem.REJECTED, CorpusRepository.display(url)
						+ ": someone pushed to it while this corpus was being shared; sync to merge their work");
			}
			return new SyncResult(committed.paths(), committed.message(), List.of(), List.of(), List.of(), true);
		}
	}

	/** Refuses a remote that holds something other than this history. */
	private static void checkEmpty(Repository repository, Collection<Ref> refs, String url, String branch) throws ShareException {
		for (Ref ref : refs) {
			boolean ours = false;
			if (ref.getName().equals(Constants.R_HEADS + branch)) {
				try (RevWalk walk = new RevWalk(repository)) {
					ObjectId head = repository.resolve(Constants.HEAD);
					ours = repository.getObjectDatabase().has(ref.getObjectId())
							&& walk.isMergedInto(walk.parseCommit(ref.getObjectId()), walk.parseCommit(head));
				} catch (IOException e) {
					ours = false;
				}
			}
			if (!ours) {
				throw new ShareException(ShareException.Problem.NOT_SHARED, CorpusRepository.display(url) + ": already holds a repository (" + ref.getName()
						+ "); share into an empty repository, or clone this one to work on its corpus");
			}
		}
	}
}
