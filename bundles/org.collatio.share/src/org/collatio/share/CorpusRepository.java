/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.collatio.core.store.AtomicFiles;
import org.collatio.core.store.CorpusLayout;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.URIish;

/**
 * A corpus folder as a Git working tree: the repository in {@code .git} inside it, the remote
 * {@value #REMOTE}, one branch. What is shared is the corpus's source (corpus.xmi, documents/*.txt
 * and *.xmi, {@value SharedCorpus#CONFLICTS_FILE}); what is derived or left by a process is ignored
 * ({@link #IGNORED}). Every file is stored byte for byte ({@link #ATTRIBUTES}): the offsets of
 * spans count the characters of the exact text.
 */
final class CorpusRepository {

	static final String REMOTE = "origin";
	static final String DEFAULT_BRANCH = "main";
	/** Names the commit a sync is moving the working tree to, until the branch points to it. */
	static final String SYNC_REF = "refs/collatio/sync";
	static final String IGNORE_FILE = ".gitignore";
	static final String ATTRIBUTES_FILE = ".gitattributes";

	/** Derived files (rebuilt when missing) and what a process leaves while it writes (see CorpusLayout). */
	static final List<String> IGNORED = List.of("/" + CorpusLayout.INDEX_FOLDER + "/", "/" + CorpusLayout.INDEX_FOLDER + "@*/",
			"/" + CorpusLayout.DERIVED_FOLDER + "/", "/.collatio.lock", "/" + CorpusLayout.DOCUMENTS_FOLDER + "/.orphaned/", ".*.tmp");

	static final List<String> ATTRIBUTES = List.of("* -text", "*.xmi -merge", "*.txt -merge");

	private CorpusRepository() {
	}

	static boolean isShared(Path corpus) {
		return Files.isDirectory(corpus.resolve(Constants.DOT_GIT));
	}

	/** The repository of a shared corpus folder. */
	static Git open(Path corpus) throws ShareException {
		if (!Files.isRegularFile(corpus.resolve(CorpusLayout.CORPUS_FILE))) {
			throw new ShareException(ShareException.Problem.NOT_A_CORPUS, corpus + ": not a Collatio corpus (it has no " + CorpusLayout.CORPUS_FILE + ")");
		}
		if (!isShared(corpus)) {
			throw new ShareException(ShareException.Problem.NOT_SHARED, corpus + ": the corpus is not shared yet (share it, or clone a shared one)");
		}
		try {
			Repository repository = new FileRepositoryBuilder().setWorkTree(corpus.toFile()).setGitDir(corpus.resolve(Constants.DOT_GIT).toFile())
					.setMustExist(true).build();
			Git git = new Git(repository, true);
			if (remoteUrl(repository) == null) {
				git.close();
				throw new ShareException(ShareException.Problem.NOT_SHARED, corpus + ": the corpus has no remote to synchronise with (share it first)");
			}
			return git;
		} catch (IOException | RuntimeException e) {
			throw local(corpus, "the Git repository cannot be opened", e);
		}
	}

	/** Makes the folder a Git working tree if it is not one yet. */
	static Git openOrInit(Path corpus) throws ShareException {
		try {
			if (isShared(corpus)) {
				return new Git(new FileRepositoryBuilder().setWorkTree(corpus.toFile()).setGitDir(corpus.resolve(Constants.DOT_GIT).toFile())
						.setMustExist(true).build(), true);
			}
			return Git.init().setDirectory(corpus.toFile()).setInitialBranch(DEFAULT_BRANCH).call();
		} catch (IOException | GitAPIException | RuntimeException e) {
			throw local(corpus, "cannot make it a Git repository", e);
		}
	}

	/**
	 * Settings that keep every file byte for byte whatever the user's own Git settings say (no line
	 * ending conversion, no signing a sync could not do), and no background work in the repository.
	 */
	static void configure(Repository repository) throws IOException {
		StoredConfig config = repository.getConfig();
		config.setBoolean(ConfigConstants.CONFIG_CORE_SECTION, null, ConfigConstants.CONFIG_KEY_AUTOCRLF, false);
		config.setString(ConfigConstants.CONFIG_CORE_SECTION, null, "safecrlf", "false");
		config.setBoolean(ConfigConstants.CONFIG_COMMIT_SECTION, null, ConfigConstants.CONFIG_KEY_GPGSIGN, false);
		config.setBoolean(ConfigConstants.CONFIG_GC_SECTION, null, ConfigConstants.CONFIG_KEY_AUTODETACH, false);
		config.save();
	}

	/** Writes the ignore and attribute files, keeping whatever else they say. True if one was changed. */
	static boolean writeHouseFiles(Path corpus) throws IOException {
		boolean ignore = ensureLines(corpus.resolve(IGNORE_FILE), "# Collatio: derived files and leftovers of a process, never shared", IGNORED);
		boolean attributes = ensureLines(corpus.resolve(ATTRIBUTES_FILE), "# Collatio: every file byte for byte; a sync merges corpus files itself",
				ATTRIBUTES);
		return ignore || attributes;
	}

	private static boolean ensureLines(Path file, String comment, List<String> lines) throws IOException {
		List<String> present = Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
		List<String> missing = new ArrayList<>(lines);
		missing.removeAll(present.stream().map(String::strip).toList());
		if (missing.isEmpty()) {
			return false;
		}
		StringBuilder text = new StringBuilder();
		present.forEach(line -> text.append(line).append('\n'));
		if (present.isEmpty()) {
			text.append(comment).append('\n');
		}
		missing.forEach(line -> text.append(line).append('\n'));
		byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		AtomicFiles.write(file, out -> out.write(bytes));
		return true;
	}

	/**
	 * Removes the lock files a process killed during a sync leaves in the repository. The caller holds
	 * the corpus lock, so no other Collatio process is writing this repository.
	 */
	static void clearStaleLocks(Repository repository, String branch) {
		Path git = repository.getDirectory().toPath();
		List<String> names = List.of("index.lock", "HEAD.lock", "config.lock", "packed-refs.lock", "shallow.lock", Constants.R_HEADS + branch + ".lock",
				Constants.R_REMOTES + REMOTE + "/" + branch + ".lock", SYNC_REF + ".lock");
		for (String name : names) {
			try {
				Files.deleteIfExists(git.resolve(name));
			} catch (IOException e) {
				// reported by the step that needs the lock
			}
		}
	}

	static String remoteUrl(Repository repository) {
		return repository.getConfig().getString(ConfigConstants.CONFIG_REMOTE_SECTION, REMOTE, ConfigConstants.CONFIG_KEY_URL);
	}

	static void setRemote(Repository repository, String url, String branch) throws IOException {
		StoredConfig config = repository.getConfig();
		config.setString(ConfigConstants.CONFIG_REMOTE_SECTION, REMOTE, ConfigConstants.CONFIG_KEY_URL, url);
		config.setString(ConfigConstants.CONFIG_REMOTE_SECTION, REMOTE, "fetch", "+" + Constants.R_HEADS + "*:" + Constants.R_REMOTES + REMOTE + "/*");
		config.setString(ConfigConstants.CONFIG_BRANCH_SECTION, branch, ConfigConstants.CONFIG_KEY_REMOTE, REMOTE);
		config.setString(ConfigConstants.CONFIG_BRANCH_SECTION, branch, ConfigConstants.CONFIG_KEY_MERGE, Constants.R_HEADS + branch);
		config.save();
	}

	/** The branch the working tree is on. */
	static String branch(Repository repository) throws ShareException {
		try {
			String branch = repository.getBranch();
			return branch == null ? DEFAULT_BRANCH : branch;
		} catch (IOException e) {
			throw local(repository.getWorkTree().toPath(), "the Git repository cannot be read", e);
		}
	}

	/** A remote's address as shown to the user: without a password. */
	static String display(String url) {
		try {
			URIish uri = new URIish(url);
			return uri.getPass() == null ? url : uri.setPass(null).toString();
		} catch (java.net.URISyntaxException e) {
			return url;
		}
	}

	static ShareException local(Path where, String what, Throwable e) {
		String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		return new ShareException(ShareException.Problem.LOCAL, where + ": " + what + " (" + reason + ")", e);
	}
}
