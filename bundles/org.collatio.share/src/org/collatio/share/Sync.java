/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.collatio.share.merge.Conflict;
import org.collatio.share.merge.XmiMerger;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;

/**
 * One sync of a shared corpus folder: commit my changes, fetch, fast-forward or merge (a merge made
 * here, file by file: {@link CommitMerge}), push; a push refused because someone pushed meanwhile
 * (or because the server's branch is locked by a push under way) fetches and merges again, up to
 * {@value #ATTEMPTS} times.
 */
final class Sync {

	static final int ATTEMPTS = 5;

	private final Git git;
	private final Repository repository;
	private final Path corpus;
	private final String coder;
	private final XmiMerger merger;
	private final Remote remote;
	private final String branch;

	private final Set<String> broughtIn = new LinkedHashSet<>();
	private final Set<String> merged = new LinkedHashSet<>();
	private final List<Conflict> conflicts = new ArrayList<>();
	private boolean pushed;

	Sync(Git git, String coder, Credentials credentials, XmiMerger merger) throws ShareException {
		this.git = git;
		this.repository = git.getRepository();
		this.corpus = repository.getWorkTree().toPath();
		this.coder = coder;
		this.merger = merger;
		this.remote = new Remote(git, credentials);
		this.branch = CorpusRepository.branch(repository);
	}

	SyncResult run(IProgressMonitor monitor) throws ShareException {
		try {
			return exchangeAll(monitor);
		} finally {
			remote.close();
		}
	}

	private SyncResult exchangeAll(IProgressMonitor monitor) throws ShareException {
		SubMonitor progress = SubMonitor.convert(monitor, "Synchronising with " + CorpusRepository.display(remote.url()), 10 + 10 * ATTEMPTS);
		CorpusRepository.clearStaleLocks(repository, branch);
		Trees.paths(Checkout.completeInterrupted(git)).forEach(broughtIn::add);
		progress.subTask("Committing your changes");
		Commits.Committed mine = Commits.commitAll(git, coder, null);
		progress.worked(10);
		for (int attempt = 1;; attempt++) {
			checkCanceled(progress);
			progress.subTask("Fetching");
			remote.fetch(progress.split(4));
			Remote.Pushed pushedNow = exchange(progress.split(6));
			if (pushedNow == Remote.Pushed.DONE) {
				break;
			}
			if (attempt == ATTEMPTS) {
				throw new ShareException(ShareException.Problem.REJECTED, CorpusRepository.display(remote.url()) + ": others pushed " + ATTEMPTS
						+ " times while this sync merged their work; your work is committed and merged here, sync again to send it");
			}
			if (pushedNow == Remote.Pushed.BUSY) {
				pause(attempt);
			}
		}
		return new SyncResult(mine.paths(), mine.message(), List.copyOf(broughtIn), List.copyOf(merged), conflicts, pushed);
	}

	/** Brings the fetched branch in and sends mine; BEHIND when someone pushed first. */
	private Remote.Pushed exchange(IProgressMonitor monitor) throws ShareException {
		try (RevWalk walk = new RevWalk(repository)) {
			ObjectId headId = repository.resolve(Constants.HEAD);
			ObjectId theirsId = repository.resolve(Constants.R_REMOTES + CorpusRepository.REMOTE + "/" + branch);
			if (headId == null) {
				throw new ShareException(ShareException.Problem.LOCAL, corpus + ": the repository has no commit on " + branch);
			}
			RevCommit head = walk.parseCommit(headId);
			if (theirsId != null) {
				RevCommit theirs = walk.parseCommit(theirsId);
				if (head.equals(theirs)) {
					return Remote.Pushed.DONE;
				}
				if (walk.isMergedInto(head, theirs)) {
					Checkout.move(repository, head, theirs);
					Trees.paths(Trees.diff(repository, head.getTree(), theirs.getTree())).forEach(broughtIn::add);
					return Remote.Pushed.DONE;
				}
				if (!walk.isMergedInto(theirs, head)) {
					walk.reset();
					merge(walk, head, theirs);
				}
			}
			checkCanceled(monitor);
			monitor.subTask("Pushing");
			Remote.Pushed result = remote.push(branch, monitor);
			pushed |= result == Remote.Pushed.DONE;
			return result;
		} catch (IOException e) {
			throw CorpusRepository.local(corpus, "the repository cannot be read", e);
		}
	}

	/** Merges theirs into mine, commits the merge with both parents and moves the folder to it. */
	private void merge(RevWalk walk, RevCommit head, RevCommit theirs) throws ShareException, IOException {
		walk.setRevFilter(RevFilter.MERGE_BASE);
		walk.markStart(head);
		walk.markStart(theirs);
		RevCommit base = walk.next();
		walk.reset();
		walk.setRevFilter(RevFilter.ALL);
		List<String> others = Commits.authorsSince(repository, head, theirs);
		String otherNames = others.isEmpty() ? "another coder" : String.join(", ", others);
		RevCommit mergeCommit;
		CommitMerge.Result result;
		try (ObjectInserter inserter = repository.newObjectInserter(); ObjectReader reader = inserter.newReader()) {
			result = new CommitMerge(repository, inserter, reader, remote.url()).merge(base == null ? null : walk.parseCommit(base).getTree(), head.getTree(),
					theirs.getTree(), merger, Trees.ident(coder).getName(), otherNames);
			List<Change> in = Trees.diff(repository, head.getTree(), walk.parseTree(result.tree()));
			String message = Trees.ident(coder).getName() + ": merges the work of " + otherNames + " (" + ChangeSummary.describe(in, List.of()) + ")"
					+ (result.conflicts().isEmpty() ? "" : "; " + result.conflicts().size() + (result.conflicts().size() == 1 ? " conflict" : " conflicts")
							+ ", see " + SharedCorpus.CONFLICTS_FILE);
			PersonIdent ident = Trees.ident(coder);
			CommitBuilder commit = new CommitBuilder();
			commit.setTreeId(result.tree());
			commit.setParentIds(head, theirs);
			commit.setAuthor(ident);
			commit.setCommitter(ident);
			commit.setMessage(message);
			ObjectId id = inserter.insert(commit);
			inserter.flush();
			mergeCommit = walk.parseCommit(id);
			Trees.paths(in).forEach(broughtIn::add);
		}
		Checkout.move(repository, head, mergeCommit);
		merged.addAll(result.merged());
		conflicts.addAll(result.conflicts());
	}

	/** A moment for the push under way on the server to finish: 0.25 s, then longer. */
	private static void pause(int attempt) {
		try {
			Thread.sleep(250L * attempt * attempt);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		}
	}

	private static void checkCanceled(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}
}
