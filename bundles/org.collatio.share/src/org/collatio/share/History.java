/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.collatio.core.store.CorpusLayout;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/** The versions of a shared corpus: its log, and a file as it was in one of them. */
final class History {

	private History() {
	}

	static List<LogEntry> log(Path corpus, TreeFilter paths, int max) throws ShareException {
		try (Git git = CorpusRepository.open(corpus); RevWalk walk = new RevWalk(git.getRepository())) {
			Repository repository = git.getRepository();
			ObjectId head = repository.resolve(Constants.HEAD);
			List<LogEntry> entries = new ArrayList<>();
			if (head == null) {
				return entries;
			}
			walk.markStart(walk.parseCommit(head));
			if (paths != null) {
				walk.setTreeFilter(AndTreeFilter.create(paths, TreeFilter.ANY_DIFF));
			}
			for (RevCommit commit : walk) {
				if (entries.size() >= max) {
					break;
				}
				RevCommit parent = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
				TreeFilter filter = paths == null ? TreeFilter.ANY_DIFF : AndTreeFilter.create(paths, TreeFilter.ANY_DIFF);
				List<String> changed = Trees.paths(Trees.diff(repository, parent == null ? null : parent.getTree(), commit.getTree(), filter));
				entries.add(new LogEntry(commit.name(), commit.getAuthorIdent().getName(), commit.getAuthorIdent().getWhenAsInstant(),
						commit.getFullMessage().strip(), changed));
			}
			return entries;
		} catch (IOException e) {
			throw CorpusRepository.local(corpus, "the history cannot be read", e);
		}
	}

	/** Only a path (a file or a folder), with '/'. */
	static TreeFilter path(String path) {
		return path == null ? null : PathFilter.create(path);
	}

	/** A document's files: its text and its annotations in every layer. */
	static TreeFilter document(String documentId) {
		return new DocumentFilter(documentId);
	}

	static byte[] readAt(Path corpus, String commitId, String path) throws ShareException {
		try (Git git = CorpusRepository.open(corpus); RevWalk walk = new RevWalk(git.getRepository());
				ObjectReader reader = git.getRepository().newObjectReader()) {
			Repository repository = git.getRepository();
			ObjectId id = repository.resolve(commitId + "^{commit}");
			if (id == null) {
				throw new ShareException(ShareException.Problem.LOCAL, corpus + ": has no version " + commitId);
			}
			RevCommit commit = walk.parseCommit(id);
			ObjectId file = Trees.idAt(repository, commit.getTree(), path);
			if (file == null) {
				throw new ShareException(ShareException.Problem.LOCAL, corpus + ": " + path + " is not in version " + commit.abbreviate(10).name());
			}
			return Trees.read(reader, file);
		} catch (MissingObjectException | org.eclipse.jgit.errors.AmbiguousObjectException | org.eclipse.jgit.errors.RevisionSyntaxException e) {
			throw new ShareException(ShareException.Problem.LOCAL, corpus + ": has no version " + commitId, e);
		} catch (IOException e) {
			throw CorpusRepository.local(corpus, "the version " + commitId + " cannot be read", e);
		}
	}

	/** Accepts documents/ID.txt, documents/ID.xmi and documents/ID@LAYER.xmi. */
	private static final class DocumentFilter extends TreeFilter {

		private final String folder = CorpusLayout.DOCUMENTS_FOLDER;
		private final String id;

		DocumentFilter(String id) {
			this.id = id;
		}

		@Override
		public boolean include(TreeWalk walker) {
			String path = walker.getPathString();
			if (walker.isSubtree()) {
				return path.equals(folder);
			}
			if (!path.startsWith(folder + "/")) {
				return false;
			}
			String name = path.substring(folder.length() + 1);
			return name.equals(id + ".txt") || CorpusLayout.parse(name).map(f -> f.documentId().equals(id)).orElse(false);
		}

		@Override
		public boolean shouldBeRecursive() {
			return true;
		}

		@Override
		public TreeFilter clone() {
			return this;
		}

		@Override
		public String toString() {
			return "document " + id;
		}
	}
}
