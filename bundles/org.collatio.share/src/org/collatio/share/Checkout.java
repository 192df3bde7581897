/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheCheckout;
import org.eclipse.jgit.errors.CheckoutConflictException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Moves the corpus folder from one commit to the next (a fast-forward, or a merge made by the sync):
 * the files that differ are written (each to a temporary file renamed into place), then the index,
 * then the branch. While it is under way {@value CorpusRepository#SYNC_REF} names the commit it
 * moves to, so that a sync killed half-way is completed by the next one.
 */
final class Checkout {

	private Checkout() {
	}

	/** Moves from {@code from} (HEAD, with no change in the working tree) to {@code to}. */
	static void move(Repository repository, RevCommit from, RevCommit to) throws ShareException {
		Path corpus = repository.getWorkTree().toPath();
		try {
			setJournal(repository, to);
			DirCache index = repository.lockDirCache();
			try {
				DirCacheCheckout checkout = new DirCacheCheckout(repository, from.getTree(), index, to.getTree());
				checkout.setFailOnConflict(true);
				checkout.checkout();
			} catch (CheckoutConflictException e) {
				throw new ShareException(ShareException.Problem.LOCAL, corpus + ": files changed while the sync was writing them (" + e.getMessage()
						+ "); save, close the corpus elsewhere and sync again", e);
			} finally {
				index.unlock();
			}
			RefUpdate update = repository.updateRef(Constants.HEAD);
			update.setExpectedOldObjectId(from);
			update.setNewObjectId(to);
			update.setRefLogMessage("collatio sync", false);
			RefUpdate.Result result = update.update();
			if (result != RefUpdate.Result.FAST_FORWARD && result != RefUpdate.Result.FORCED && result != RefUpdate.Result.NO_CHANGE) {
				throw new IOException("the branch could not be moved (" + result + ")");
			}
			clearJournal(repository);
		} catch (IOException | JGitInternalException e) {
			throw CorpusRepository.local(corpus, "the files brought in cannot be written", e);
		}
	}

	/**
	 * Completes a move a killed sync left half done: when every file changed in the working tree
	 * holds the version of the commit it was moving to (nobody has worked here since), the move is
	 * finished. Otherwise the journal is dropped and the sync commits the folder as it is (nothing is
	 * lost: what came in is merged again). Returns the files brought in by completing it.
	 */
	static List<Change> completeInterrupted(Git git) throws ShareException {
		Repository repository = git.getRepository();
		Path corpus = repository.getWorkTree().toPath();
		try (RevWalk walk = new RevWalk(repository)) {
			Ref journal = repository.exactRef(CorpusRepository.SYNC_REF);
			if (journal == null) {
				return List.of();
			}
			RevCommit target = walk.parseCommit(journal.getObjectId());
			ObjectId headId = repository.resolve(Constants.HEAD);
			if (headId == null || headId.equals(target) || !walk.isMergedInto(walk.parseCommit(headId), target)) {
				clearJournal(repository);
				return List.of();
			}
			RevCommit head = walk.parseCommit(headId);
			for (Change change : Commits.workingChanges(git)) {
				Path file = corpus.resolve(change.path());
				ObjectId wanted = Trees.idAt(repository, target.getTree(), change.path());
				ObjectId present = Files.isRegularFile(file) ? Trees.idOf(Files.readAllBytes(file)) : null;
				if (!java.util.Objects.equals(wanted, present)) {
					clearJournal(repository); // someone worked here since: committed as it is
					return List.of();
				}
			}
			git.reset().setMode(ResetType.HARD).setRef(target.name()).call();
			List<Change> brought = Trees.diff(repository, head.getTree(), target.getTree());
			clearJournal(repository);
			return brought;
		} catch (IOException | GitAPIException | JGitInternalException e) {
			throw CorpusRepository.local(corpus, "an interrupted sync cannot be completed", e);
		}
	}

	private static void setJournal(Repository repository, ObjectId target) throws IOException {
		RefUpdate update = repository.updateRef(CorpusRepository.SYNC_REF);
		update.setNewObjectId(target);
		update.forceUpdate();
	}

	private static void clearJournal(Repository repository) throws IOException {
		if (repository.exactRef(CorpusRepository.SYNC_REF) != null) {
			RefUpdate update = repository.updateRef(CorpusRepository.SYNC_REF);
			update.setForceUpdate(true);
			update.delete();
		}
	}
}
