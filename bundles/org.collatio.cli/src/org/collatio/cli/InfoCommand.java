/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Corpus;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code collatio info --corpus DIR} */
@Command(name = "info", mixinStandardHelpOptions = true,
		description = "Count what a corpus holds: documents, spans, claims, relations, entities, propositions, tags.")
final class InfoCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The corpus folder.")
	Path corpus;

	@Override
	public Integer call() throws CorpusException {
		try (CorpusStore store = CorpusStore.open(corpus)) {
			Corpus model = store.getCorpus();
			int spans = 0;
			int claims = 0;
			int mentions = 0;
			int unreadable = 0;
			var err = spec.commandLine().getErr();
			for (Document document : model.getDocuments()) {
				try {
					DocumentContent content = store.getContent(document);
					spans += content.getSpans().size();
					claims += content.getClaims().size();
					mentions += content.getMentions().size();
				} catch (CorpusException e) {
					err.println("unreadable: " + e.getMessage());
					unreadable++;
				}
				store.unloadContent(document);
			}
			var out = spec.commandLine().getOut();
			out.println("corpus       " + model.getName() + " (" + store.getLayout().directory() + ")");
			out.println("documents    " + model.getDocuments().size());
			out.println("spans        " + spans);
			out.println("claims       " + claims);
			out.println("relations    " + model.getRelations().size());
			out.println("mentions     " + mentions);
			out.println("entities     " + model.getEntities().size());
			out.println("propositions " + model.getPropositions().size());
			out.println("tag sets     " + model.getTagSets().size());
			return unreadable > 0 ? ExitCodes.INPUT_REJECTED : ExitCodes.OK;
		}
	}
}
