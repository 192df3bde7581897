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

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code collatio clone URL DIR [--user U --token-env VAR]} */
@Command(name = "clone", mixinStandardHelpOptions = true,
		description = { "Clone a shared corpus into a new (or empty) folder, to code it and 'collatio sync' with the others.",
				"A repository that holds no Collatio corpus is refused, with nothing left behind." })
final class CloneCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "URL", description = "The Git repository of the shared corpus.")
	String url;

	@Parameters(index = "1", paramLabel = "DIR", description = "The folder to clone into (new or empty).")
	Path target;

	@Mixin
	RemoteOptions remoteOptions;

	@Override
	public Integer call() throws CorpusException {
		var err = spec.commandLine().getErr();
		var credentials = remoteOptions.credentials(spec.commandLine());
		try {
			SharedCorpus.clone(url, target, credentials, null);
		} catch (ShareException e) {
			return ShareFailures.report(e, err);
		}
		try (CorpusStore store = CorpusStore.openReadOnly(target)) {
			spec.commandLine().getOut().printf("Cloned %s into %s: %d documents, coders %s.%n", url, target, store.getCorpus().getDocuments().size(),
					store.getCorpus().getAnnotators().isEmpty() ? "none yet"
							: String.join(", ", store.getCorpus().getAnnotators().stream().map(a -> a.getName()).toList()));
		}
		return ExitCodes.OK;
	}
}
