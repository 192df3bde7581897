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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code collatio info --corpus DIR} */
@Command(name = "info", mixinStandardHelpOptions = true,
		description = "Count what a corpus holds: documents, spans, claims, relations, entities, propositions, tags.")
final class InfoCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	LayerOption layerOption = new LayerOption();

	@Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The corpus folder.")
	Path corpus;

	@Option(names = "--timing", description = "Also print how long opening the corpus and loading each document took.")
	boolean timing;

	@Override
	public Integer call() throws CorpusException {
		long start = System.nanoTime();
		try (CorpusStore store = Stores.read(corpus, layerOption.layer, spec.commandLine().getErr())) {
			Corpus model = store.getCorpus();
			model.getDocuments().forEach(Document::getTitle);
			long opened = System.nanoTime() - start;
			long[] loads = new long[model.getDocuments().size()];
			int i = 0;
			int spans = 0;
			int claims = 0;
			int mentions = 0;
			int unreadable = 0;
			var err = spec.commandLine().getErr();
			for (Document document : model.getDocuments()) {
				long loadStart = System.nanoTime();
				try {
					DocumentContent content = store.getContent(document);
					loads[i++] = System.nanoTime() - loadStart;
					spans += content.getSpans().size();
					claims += content.getClaims().size();
					mentions += content.getMentions().size();
				} catch (CorpusException e) {
					err.println("collatio: damaged: " + e.getMessage());
					unreadable++;
				}
				store.unloadContent(document);
			}
			var out = spec.commandLine().getOut();
			out.println("corpus       " + model.getName() + " (" + store.getLayout().directory() + ")");
			out.println("layer        " + (store.getLayerName() == null ? "(the corpus has no coder yet)"
					: store.getLayerName() + " (" + org.collatio.core.store.Coders.displayName(model, store.getLayerName()) + ")"));
			out.println("coders       " + org.collatio.core.store.Coders.list(model));
			out.println("documents    " + model.getDocuments().size());
			out.println("spans        " + spans);
			out.println("claims       " + claims);
			out.println("relations    " + org.collatio.core.derived.LayerRelations.of(store).size());
			out.println("mentions     " + mentions);
			out.println("entities     " + model.getEntities().size());
			out.println("propositions " + model.getPropositions().size());
			out.println("tag sets     " + model.getTagSets().size());
			if (timing) {
				java.util.Arrays.sort(loads, 0, i);
				out.printf("open         %.1f ms (corpus file with %d documents' metadata)%n", opened / 1e6, loads.length);
				if (i > 0) {
					out.printf("load         median %.2f ms, max %.2f ms per document (text and annotations)%n", loads[i / 2] / 1e6,
							loads[i - 1] / 1e6);
				}
			}
			return unreadable > 0 ? ExitCodes.INPUT_REJECTED : ExitCodes.OK;
		}
	}
}
