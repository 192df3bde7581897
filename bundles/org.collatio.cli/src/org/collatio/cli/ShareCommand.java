/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.share.ShareException;
import org.collatio.share.SharedCorpus;
import org.collatio.share.SyncResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code collatio share --corpus DIR --remote URL [--user U --token-env VAR] [--coder NAME]} */
@Command(name = "share", mixinStandardHelpOptions = true,
		description = { "Share a corpus through a Git server: the folder becomes a Git working tree, everything is committed in",
				"the coder's name and pushed to the remote (an empty repository: a bare one in a folder, on a git daemon,",
				"or on an https server with a user and a token). Colleagues then 'collatio clone' it and everyone",
				"'collatio sync's. Derived files (search index, claim index, lock) are not shared." })
final class ShareCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The corpus folder.")
	Path corpus;

	@Option(names = "--remote", required = true, paramLabel = "URL",
			description = "The Git repository: https://host/path.git, git://host/path.git or file:///path/to/bare.git.")
	String remote;

	@Option(names = "--coder", paramLabel = "NAME", description = "Who shares (default: the corpus's first coder).")
	String coder;

	@Mixin
	RemoteOptions remoteOptions;

	@Override
	public Integer call() throws CorpusException {
		var err = spec.commandLine().getErr();
		var credentials = remoteOptions.credentials(spec.commandLine());
		try (CorpusStore store = Coding.open(corpus, coder, err)) {
			store.save();
			SyncResult result = SharedCorpus.share(corpus, remote, credentials, Coding.name(store), null);
			spec.commandLine().getOut().printf("Shared %s with %s: %s committed (%s) and pushed.%n", corpus, remote, SyncCommand.files(result.committed().size()),
					result.commitMessage() == null ? "nothing new" : result.commitMessage());
			return ExitCodes.OK;
		} catch (ShareException e) {
			return ShareFailures.report(e, err);
		}
	}
}
