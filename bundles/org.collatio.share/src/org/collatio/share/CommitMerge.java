/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.collatio.share.merge.Conflict;
import org.collatio.share.merge.MergeException;
import org.collatio.share.merge.MergeOutcome;
import org.collatio.share.merge.XmiMerger;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The three-way merge of two versions of a corpus against their merge base, file by file, done in
 * the object database (nothing in the working tree is touched):
 * <ul>
 * <li>a file changed on one side only (added, modified, deleted) takes that side's version;</li>
 * <li>a text file ({@code .txt}) is written once: the same name holds the same text on both sides.
 * Two texts under one name mean a damaged repository or another corpus: the merge is refused;</li>
 * <li>an XMI file changed on both sides goes to the {@link XmiMerger}; what it cannot resolve are
 * {@link Conflict}s, the merged file holding my version meanwhile;</li>
 * <li>any other file changed on both sides keeps my version, and the conflict is recorded;</li>
 * <li>{@value SharedCorpus#CONFLICTS_FILE} merges as a set of entries, plus this merge's conflicts.</li>
 * </ul>
 */
final class CommitMerge {

	/** The merged tree, the files merged by the merger, and the conflicts of this merge. */
	record Result(ObjectId tree, List<String> merged, List<Conflict> conflicts) {
	}

	private record Versions(String path, ObjectId base, ObjectId mine, ObjectId theirs, FileMode mode) {
	}

	private final Repository repository;
	private final ObjectInserter inserter;
	private final ObjectReader reader;
	private final String remote;

	CommitMerge(Repository repository, ObjectInserter inserter, ObjectReader reader, String remote) {
		this.repository = repository;
		this.inserter = inserter;
		this.reader = reader;
		this.remote = CorpusRepository.display(remote);
	}

	/**
	 * @param coder who merges (whose version is "mine")
	 * @param others who made their version, for the conflicts file
	 */
	Result merge(RevTree base, RevTree mine, RevTree theirs, XmiMerger merger, String coder, String others) throws ShareException, IOException {
		DirCache merged = DirCache.newInCore();
		DirCacheBuilder builder = merged.builder();
		List<Versions> both = new ArrayList<>();
		List<Conflict> conflicts = new ArrayList<>();
		Versions conflictsFile = null;
		try (TreeWalk walk = new TreeWalk(repository, reader)) {
			walk.setRecursive(true);
			if (base == null) {
				walk.addTree(new EmptyTreeIterator());
			} else {
				walk.addTree(base);
			}
			walk.addTree(mine);
			walk.addTree(theirs);
			while (walk.next()) {
				Versions v = new Versions(walk.getPathString(), id(walk, 0), id(walk, 1), id(walk, 2), walk.getRawMode(1) != 0 ? walk.getFileMode(1)
						: walk.getFileMode(2));
				if (v.path().equals(SharedCorpus.CONFLICTS_FILE)) {
					conflictsFile = v;
				} else if (Objects.equals(v.mine(), v.theirs()) || Objects.equals(v.theirs(), v.base())) {
					add(builder, v.path(), v.mine(), walk.getFileMode(1));
				} else if (Objects.equals(v.mine(), v.base())) {
					add(builder, v.path(), v.theirs(), walk.getFileMode(2));
				} else if (v.path().endsWith(".txt")) {
					throw new ShareException(ShareException.Problem.NOT_MERGEABLE, remote + ": " + v.path() + " differs from this corpus's "
							+ "(a document's text is written once, so the same name must hold the same text): one of the two repositories is "
							+ "damaged or holds another corpus; nothing was merged, your work is committed here");
				} else if (v.path().endsWith(".xmi")) {
					both.add(v);
				} else {
					add(builder, v.path(), v.mine(), walk.getFileMode(1));
					conflicts.add(new Conflict(v.path(), "File", v.path(), null, abbreviate(v.base()), abbreviate(v.mine()), abbreviate(v.theirs())));
				}
			}
		}
		List<String> mergedPaths = new ArrayList<>();
		for (Versions v : both) {
			MergeOutcome outcome;
			try {
				outcome = merger.merge(v.path(), Trees.read(reader, v.base()), Trees.read(reader, v.mine()), Trees.read(reader, v.theirs()));
			} catch (MergeException | RuntimeException e) {
				throw new ShareException(ShareException.Problem.NOT_MERGEABLE, remote + ": " + (e.getMessage() == null ? v.path() + " cannot be merged"
						: e.getMessage()) + "; nothing was merged, your work is committed here and the next sync tries again", e);
			}
			if (outcome.merged() != null) {
				add(builder, v.path(), inserter.insert(Constants.OBJ_BLOB, outcome.merged()), v.mode());
			}
			mergedPaths.add(v.path());
			conflicts.addAll(outcome.conflicts());
		}
		mergeConflictsFile(builder, conflictsFile, conflicts, coder, others);
		builder.finish();
		return new Result(merged.writeTree(inserter), mergedPaths, conflicts);
	}

	private void mergeConflictsFile(DirCacheBuilder builder, Versions file, List<Conflict> conflicts, String coder, String others)
			throws ShareException, IOException {
		if (file == null && conflicts.isEmpty()) {
			return;
		}
		Versions v = file != null ? file : new Versions(SharedCorpus.CONFLICTS_FILE, null, null, null, FileMode.REGULAR_FILE);
		if (conflicts.isEmpty() && (Objects.equals(v.mine(), v.theirs()) || Objects.equals(v.theirs(), v.base()))) {
			add(builder, v.path(), v.mine(), v.mode());
			return;
		}
		if (conflicts.isEmpty() && Objects.equals(v.mine(), v.base())) {
			add(builder, v.path(), v.theirs(), v.mode());
			return;
		}
		List<ConflictsFile.Entry> added = conflicts.stream().map(c -> new ConflictsFile.Entry(c, coder, others)).toList();
		byte[] base = Trees.read(reader, v.base());
		byte[] mine = Trees.read(reader, v.mine());
		byte[] theirs = Trees.read(reader, v.theirs());
		byte[] bytes;
		try {
			bytes = ConflictsFile.merge(base, mine, theirs, added);
		} catch (IOException e) {
			throw new ShareException(ShareException.Problem.NOT_MERGEABLE, remote + ": " + SharedCorpus.CONFLICTS_FILE + " is damaged on one side ("
					+ e.getMessage() + "); nothing was merged, your work is committed here", e);
		}
		if (bytes != null) {
			add(builder, v.path(), inserter.insert(Constants.OBJ_BLOB, bytes), FileMode.REGULAR_FILE);
		}
	}

	private static ObjectId id(TreeWalk walk, int tree) {
		return walk.getRawMode(tree) == 0 ? null : walk.getObjectId(tree);
	}

	private static void add(DirCacheBuilder builder, String path, ObjectId id, FileMode mode) {
		if (id == null) {
			return; // deleted
		}
		DirCacheEntry entry = new DirCacheEntry(path);
		entry.setFileMode(mode == null || mode == FileMode.MISSING ? FileMode.REGULAR_FILE : mode);
		entry.setObjectId(id);
		builder.add(entry);
	}

	private static String abbreviate(ObjectId id) {
		return id == null ? null : "version " + id.abbreviate(10).name();
	}
}
