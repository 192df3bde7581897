/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/** Reading trees: what differs between two, the blob at a path, and who a coder is to Git. */
final class Trees {

	private Trees() {
	}

	/** The files that differ from {@code before} (null: the empty tree) to {@code after}. */
	static List<Change> diff(Repository repository, RevTree before, RevTree after) throws IOException {
		return diff(repository, before, after, TreeFilter.ANY_DIFF);
	}

	/** {@link #diff(Repository, RevTree, RevTree)} of the paths a filter accepts (it must include ANY_DIFF). */
	static List<Change> diff(Repository repository, RevTree before, RevTree after, TreeFilter filter) throws IOException {
		List<Change> changes = new ArrayList<>();
		try (TreeWalk walk = new TreeWalk(repository)) {
			walk.setRecursive(true);
			if (before == null) {
				walk.addTree(new EmptyTreeIterator());
			} else {
				walk.addTree(before);
			}
			walk.addTree(after);
			walk.setFilter(filter);
			while (walk.next()) {
				Change.Kind kind = walk.getRawMode(0) == 0 ? Change.Kind.ADDED : walk.getRawMode(1) == 0 ? Change.Kind.DELETED : Change.Kind.MODIFIED;
				changes.add(new Change(walk.getPathString(), kind));
			}
		}
		return changes;
	}

	/** The id of the file at {@code path} in a tree, or null when it has none. */
	static ObjectId idAt(Repository repository, RevTree tree, String path) throws IOException {
		try (TreeWalk walk = TreeWalk.forPath(repository, path, tree)) {
			return walk == null || walk.getFileMode(0) == FileMode.TREE ? null : walk.getObjectId(0);
		}
	}

	/** A blob's bytes, or null for null. */
	static byte[] read(ObjectReader reader, ObjectId id) throws IOException {
		return id == null ? null : reader.open(id, Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
	}

	/** The id Git gives these bytes as a file. */
	static ObjectId idOf(byte[] bytes) {
		try (org.eclipse.jgit.lib.ObjectInserter.Formatter formatter = new org.eclipse.jgit.lib.ObjectInserter.Formatter()) {
			return formatter.idFor(Constants.OBJ_BLOB, bytes);
		}
	}

	/** A coder as the author and committer of a commit (Git needs an e-mail address: none is given). */
	static PersonIdent ident(String coder) {
		String name = coder == null || coder.isBlank() ? "Collatio" : coder.replaceAll("[<>\\n\\r]", " ").strip();
		return new PersonIdent(name, "");
	}

	/** Paths of changes. */
	static List<String> paths(List<Change> changes) {
		return changes.stream().map(Change::path).toList();
	}
}
