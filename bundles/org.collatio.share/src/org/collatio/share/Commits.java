/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.collatio.core.store.CorpusLayout;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/** Commits what changed in the working tree, in the coder's name, with a message saying what it is. */
final class Commits {

	private Commits() {
	}

	/** What was committed: nothing ({@link #NONE}), or these paths with this message. */
	record Committed(List<String> paths, String message) {

		static final Committed NONE = new Committed(List.of(), null);
	}

	/** The files changed in the working tree against the last commit (added, modified, deleted). */
	static List<Change> workingChanges(Git git) throws GitAPIException {
		Status status = git.status().call();
		Set<String> removed = new TreeSet<>(status.getRemoved());
		removed.addAll(status.getMissing());
		Set<String> added = new TreeSet<>(status.getAdded());
		added.addAll(status.getUntracked());
		added.removeAll(removed);
		Set<String> modified = new TreeSet<>(status.getChanged());
		modified.addAll(status.getModified());
		modified.addAll(status.getConflicting());
		modified.removeAll(added);
		modified.removeAll(removed);
		TreeMap<String, Change> changes = new TreeMap<>();
		added.forEach(p -> changes.put(p, new Change(p, Change.Kind.ADDED)));
		modified.forEach(p -> changes.put(p, new Change(p, Change.Kind.MODIFIED)));
		removed.forEach(p -> changes.put(p, new Change(p, Change.Kind.DELETED)));
		return List.copyOf(changes.values());
	}

	/**
	 * Commits every change of the working tree (ignored files aside) as the coder's. The message is
	 * "CODER: WHAT" or, with {@code action}, "CODER: ACTION (WHAT)".
	 */
	static Committed commitAll(Git git, String coder, String action) throws ShareException {
		Repository repository = git.getRepository();
		Path corpus = repository.getWorkTree().toPath();
		try {
			List<Change> changes = workingChanges(git);
			if (changes.isEmpty()) {
				return Committed.NONE;
			}
			git.add().addFilepattern(".").setAll(true).call();
			String what = ChangeSummary.describe(changes, corpusParts(repository, changes));
			String message = Trees.ident(coder).getName() + ": " + (action == null ? what : action + " (" + what + ")");
			PersonIdent ident = Trees.ident(coder);
			git.commit().setAuthor(ident).setCommitter(ident).setMessage(message).setNoVerify(true).setSign(false).call();
			return new Committed(Trees.paths(changes), message);
		} catch (GitAPIException | JGitInternalException | IOException e) {
			throw CorpusRepository.local(corpus, "your changes cannot be committed", e);
		}
	}

	/** What changed in corpus.xmi between the last commit and the working tree. */
	private static List<String> corpusParts(Repository repository, List<Change> changes) throws IOException {
		boolean modified = changes.stream().anyMatch(c -> c.path().equals(CorpusLayout.CORPUS_FILE) && c.kind() == Change.Kind.MODIFIED);
		ObjectId head = repository.resolve(Constants.HEAD);
		if (!modified || head == null) {
			return List.of();
		}
		try (RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader()) {
			RevCommit commit = walk.parseCommit(head);
			byte[] before = Trees.read(reader, Trees.idAt(repository, commit.getTree(), CorpusLayout.CORPUS_FILE));
			byte[] after = Files.readAllBytes(repository.getWorkTree().toPath().resolve(CorpusLayout.CORPUS_FILE));
			return CorpusFeatures.changed(before, after);
		}
	}

	/** The names of the authors of the commits in {@code theirs} that {@code mine} does not have. */
	static List<String> authorsSince(Repository repository, ObjectId mine, ObjectId theirs) throws IOException {
		Set<String> names = new java.util.LinkedHashSet<>();
		try (RevWalk walk = new RevWalk(repository)) {
			walk.markStart(walk.parseCommit(theirs));
			if (mine != null) {
				walk.markUninteresting(walk.parseCommit(mine));
			}
			for (RevCommit commit : walk) {
				names.add(commit.getAuthorIdent().getName());
			}
		}
		return new ArrayList<>(names);
	}
}
