/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.search.CorpusIndex;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code collatio index --corpus DIR} */
@Command(name = "index", mixinStandardHelpOptions = true,
		description = "Build the search index of a corpus again from its documents (DIR/index). Searching builds it when missing;"
				+ " this is for after a hand edit, or to time it.")
final class IndexCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	LayerOption layerOption = new LayerOption();

	@Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The corpus folder.")
	Path corpus;

	@Override
	public Integer call() throws CorpusException, IOException {
		long start = System.nanoTime();
		var err = spec.commandLine().getErr();
		try (CorpusStore store = Stores.write(corpus, layerOption.layer, false, err); CorpusIndex index = CorpusIndex.open(store)) {
			if (index.getRebuildReason() == null) {
				index.rebuild();
			}
			spec.commandLine().getOut().printf("Indexed %d documents in %.1f s.%n", store.getCorpus().getDocuments().size(),
					(System.nanoTime() - start) / 1e9);
			index.getUnreadable().forEach(e -> err.println("collatio: left out of the index, damaged: " + e.getMessage()));
			return index.getUnreadable().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_REJECTED;
		}
	}
}
