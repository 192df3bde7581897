/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.collatio.core.store.CorpusLayout;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Clones a shared corpus into a new (or empty) folder. The remote's history is fetched first and
 * its tip checked: without corpus.xmi at the top it is not a Collatio corpus, and the clone is
 * refused with nothing left behind. A failure at any point removes what the clone made.
 */
final class Cloning {

	private Cloning() {
	}

	static void cloneInto(String url, Path target, Credentials credentials, IProgressMonitor monitor) throws ShareException {
		SubMonitor progress = SubMonitor.convert(monitor, "Cloning " + CorpusRepository.display(url), 10);
		Path folder = target.toAbsolutePath().normalize();
		boolean existed = Files.exists(folder);
		if (existed && (!Files.isDirectory(folder) || !isEmpty(folder))) {
			throw new ShareException(ShareException.Problem.LOCAL, folder + ": exists and is not an empty folder; clone into a new folder");
		}
		boolean done = false;
		try {
			Files.createDirectories(folder);
			try (Git git = Git.init().setDirectory(folder.toFile()).setInitialBranch(CorpusRepository.DEFAULT_BRANCH).call()) {
				Repository repository = git.getRepository();
				CorpusRepository.configure(repository);
				CorpusRepository.setRemote(repository, url, CorpusRepository.DEFAULT_BRANCH);
				try (Remote remote = new Remote(git, credentials)) {
					remote.fetch(progress.split(8));
				}
				String branch = checkout(repository, url);
				if (!branch.equals(CorpusRepository.DEFAULT_BRANCH)) {
					CorpusRepository.setRemote(repository, url, branch);
				}
				git.reset().setMode(ResetType.HARD).call();
				progress.worked(2);
			}
			done = true;
		} catch (IOException | GitAPIException | JGitInternalException e) {
			throw CorpusRepository.local(folder, "the clone cannot be written", e);
		} finally {
			if (!done) {
				removeQuietly(folder, !existed);
			}
		}
	}

	/** Picks the remote's branch (its HEAD, else main, else master, else the only one), checks it is a corpus, makes it the local branch. */
	private static String checkout(Repository repository, String url) throws IOException, ShareException {
		String prefix = Constants.R_REMOTES + CorpusRepository.REMOTE + "/";
		Ref chosen = null;
		for (String name : new String[] { CorpusRepository.DEFAULT_BRANCH, "master" }) {
			chosen = chosen != null ? chosen : repository.exactRef(prefix + name);
		}
		if (chosen == null) {
			var branches = repository.getRefDatabase().getRefsByPrefix(prefix);
			if (branches.size() == 1) {
				chosen = branches.get(0);
			} else if (branches.isEmpty()) {
				throw new ShareException(ShareException.Problem.NOT_A_CORPUS, CorpusRepository.display(url) + ": holds no corpus (the repository is empty)");
			} else {
				throw new ShareException(ShareException.Problem.NOT_A_CORPUS, CorpusRepository.display(url) + ": not a shared Collatio corpus (it has "
						+ branches.size() + " branches and neither main nor master)");
			}
		}
		String branch = chosen.getName().substring(prefix.length());
		try (RevWalk walk = new RevWalk(repository)) {
			RevCommit tip = walk.parseCommit(chosen.getObjectId());
			if (Trees.idAt(repository, tip.getTree(), CorpusLayout.CORPUS_FILE) == null) {
				throw new ShareException(ShareException.Problem.NOT_A_CORPUS, CorpusRepository.display(url) + ": not a Collatio corpus (it has no "
						+ CorpusLayout.CORPUS_FILE + " at the top); nothing was cloned");
			}
			RefUpdate create = repository.updateRef(Constants.R_HEADS + branch);
			create.setNewObjectId(tip);
			create.update();
			RefUpdate head = repository.updateRef(Constants.HEAD);
			head.link(Constants.R_HEADS + branch);
		}
		return branch;
	}

	private static boolean isEmpty(Path folder) {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		} catch (IOException e) {
			return false;
		}
	}

	/** Removes what a failed clone made: the folder if it made it, else the folder's contents. */
	private static void removeQuietly(Path folder, boolean folderToo) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
				if (folderToo || !path.equals(folder)) {
					Files.deleteIfExists(path);
				}
			}
		} catch (IOException e) {
			// left as it is: the next clone into it is refused with a message naming it
		}
	}
}
