/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share;

import java.nio.file.Path;
import java.util.List;

import org.collatio.share.merge.Conflict;
import org.collatio.share.merge.XmiMerger;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * A corpus folder shared through a Git server (issue 14): several coders each work in a clone of
 * their own and {@link #sync} exchanges their work.
 * <p>
 * The folder is the working tree of a Git repository ({@code .git} inside it). Its source files are
 * shared (corpus.xmi, documents/*.txt and *.xmi, {@value #CONFLICTS_FILE}); derived files (indexes,
 * the claim index, the lock, leftovers) are ignored. A sync commits my changes in my name, fetches,
 * and fast-forwards or merges <em>by itself</em>, file by file against the merge base: a file
 * changed on one side takes that side's version; a text is written once (two texts under one name
 * are refused); an XMI file changed on both sides goes to an {@link XmiMerger}. Then it pushes.
 * <p>
 * Contract with the caller (the command line, the workbench): save the corpus and hold its lock
 * (an open {@code CorpusStore}) around a sync; the sync works on the files only, never on a live
 * model, and writes nothing outside the corpus folder. When {@link SyncResult#changedFiles()}, reopen
 * the corpus. Every method runs on the caller's thread (a job in the workbench) and may take long.
 * Failures are {@link ShareException}s whose message names the remote and the problem; nothing
 * local is lost, and the next sync tries again (also after a sync that was killed).
 */
public final class SharedCorpus {

	/** The conflicts no merge could resolve, at the corpus root (see {@link SyncResult#conflicts()}). */
	public static final String CONFLICTS_FILE = "conflicts.json";

	private SharedCorpus() {
	}

	/** Whether the folder is shared (a Git working tree). */
	public static boolean isShared(Path corpus) {
		return CorpusRepository.isShared(corpus);
	}

	/**
	 * Shares a corpus: makes the folder a Git working tree (if it is not one), writes the ignore and
	 * attribute files, commits everything in the coder's name, adds the remote {@code origin} and
	 * pushes. The remote must be an empty repository.
	 *
	 * @return what was committed and that it was pushed
	 */
	public static SyncResult share(Path corpus, String remoteUrl, Credentials credentials, String coderName, IProgressMonitor monitor)
			throws ShareException {
		return Sharing.share(corpus.toAbsolutePath().normalize(), remoteUrl, credentials, coderName, orNull(monitor));
	}

	/**
	 * Clones a shared corpus into {@code target} (a new or empty folder). A remote that holds no
	 * Collatio corpus (no corpus.xmi at the top) is refused, with nothing left behind.
	 */
	public static void clone(String url, Path target, Credentials credentials, IProgressMonitor monitor) throws ShareException {
		Cloning.cloneInto(url, target, credentials, orNull(monitor));
	}

	/**
	 * Synchronises a shared corpus with its remote: commits my changes ("CODER: what changed"),
	 * fetches, brings the others' work in (a fast-forward, or a merge through {@code merger}), commits
	 * the merge with both parents and pushes; a push refused because someone pushed meanwhile is
	 * fetched and merged again (a few times). Unresolved conflicts go to {@value #CONFLICTS_FILE}.
	 */
	public static SyncResult sync(Path corpus, String coderName, Credentials credentials, XmiMerger merger, IProgressMonitor monitor)
			throws ShareException {
		try (var git = CorpusRepository.open(corpus.toAbsolutePath().normalize())) {
			return new Sync(git, coderName, credentials, merger).run(orNull(monitor));
		}
	}

	/**
	 * The versions of the corpus, newest first.
	 *
	 * @param path only the versions that changed this file or folder ('/'-separated, relative to
	 *            the corpus), or null for all
	 * @param max at most this many
	 */
	public static List<LogEntry> log(Path corpus, String path, int max) throws ShareException {
		return History.log(corpus.toAbsolutePath().normalize(), History.path(path), max);
	}

	/** The versions that changed a document: its text or its annotations in any layer. */
	public static List<LogEntry> logOfDocument(Path corpus, String documentId, int max) throws ShareException {
		return History.log(corpus.toAbsolutePath().normalize(), History.document(documentId), max);
	}

	/**
	 * A file as it was in a version, to open it read-only.
	 *
	 * @param commitId a commit id from {@link #log} (or a unique prefix of it)
	 * @param path the file, '/'-separated, relative to the corpus
	 */
	public static byte[] readAt(Path corpus, String commitId, String path) throws ShareException {
		return History.readAt(corpus.toAbsolutePath().normalize(), commitId, path);
	}

	/**
	 * The conflicts recorded in the corpus's {@value #CONFLICTS_FILE} and not resolved yet (empty
	 * when there is no such file).
	 */
	public static List<Conflict> conflicts(Path corpus) throws ShareException {
		Path file = corpus.resolve(CONFLICTS_FILE);
		if (!java.nio.file.Files.isRegularFile(file)) {
			return List.of();
		}
		try {
			return ConflictsFile.read(java.nio.file.Files.readAllBytes(file)).stream().map(ConflictsFile.Entry::conflict).toList();
		} catch (java.io.IOException e) {
			throw CorpusRepository.local(file, "cannot be read", e);
		}
	}

	/**
	 * Records conflicts as resolved: they leave {@value #CONFLICTS_FILE} (written atomically; removed
	 * when none is left), and the next sync sends that with the resolution.
	 */
	public static void resolved(Path corpus, java.util.Collection<Conflict> resolved) throws ShareException {
		Path file = corpus.toAbsolutePath().normalize().resolve(CONFLICTS_FILE);
		if (!java.nio.file.Files.isRegularFile(file)) {
			return;
		}
		try {
			java.util.Set<Conflict> done = java.util.Set.copyOf(resolved);
			List<ConflictsFile.Entry> left = ConflictsFile.read(java.nio.file.Files.readAllBytes(file)).stream()
					.filter(entry -> !done.contains(entry.conflict())).toList();
			if (left.isEmpty()) {
				java.nio.file.Files.delete(file);
			} else {
				byte[] bytes = ConflictsFile.write(left);
				org.collatio.core.store.AtomicFiles.write(file, out -> out.write(bytes));
			}
		} catch (java.io.IOException e) {
			throw CorpusRepository.local(file, "cannot be written", e);
		}
	}

	private static IProgressMonitor orNull(IProgressMonitor monitor) {
		return monitor == null ? new NullProgressMonitor() : monitor;
	}
}
