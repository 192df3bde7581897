/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.search.CorpusIndex;
import org.collatio.search.QuerySyntaxException;
import org.collatio.search.SearchHit;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code collatio search --corpus DIR QUERY} */
@Command(name = "search", mixinStandardHelpOptions = true,
		description = { "Search the texts and annotations of a corpus; print each hit with its document, offsets and context.",
				"Query: words and \"phrases\" (all must match), OR, NOT, -word, \"near words\"~5, field:value with fields",
				"text, title, outlet, author, date, url, tag, note, speaker (any alias), via, stance, kind, proposition, paraphrase;",
				"date:[2020 TO 2021]. Offsets are UTF-16 code units into the document text, end exclusive.",
				"The index (DIR/index) is built when missing and rebuilt when unreadable." })
final class SearchCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	LayerOption layerOption = new LayerOption();

	@Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The corpus folder.")
	Path corpus;

	@Option(names = "--max", paramLabel = "N", defaultValue = "20", description = "At most N documents (default: ${DEFAULT-VALUE}).")
	int max;

	@Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query (several words are joined).")
	List<String> query;

	@Override
	public Integer call() throws CorpusException, IOException {
		var out = spec.commandLine().getOut();
		var err = spec.commandLine().getErr();
		try (CorpusStore store = Stores.write(corpus, layerOption.layer, true, err); CorpusIndex index = CorpusIndex.open(store)) {
			if (index.getRebuildReason() != null) {
				err.println("collatio: " + index.getRebuildReason());
			}
			String text = String.join(" ", query);
			List<SearchHit> hits;
			int total;
			try {
				hits = index.search(text, max);
				total = index.count(text);
			} catch (QuerySyntaxException e) {
				err.println("collatio: invalid query: " + e.getMessage());
				err.println("  " + text);
				if (e.getColumn() > 0) {
					err.println("  " + " ".repeat(e.getColumn() - 1) + "^");
				}
				return ExitCodes.USAGE;
			}
			for (SearchHit hit : hits) {
				out.printf("%s  %s%s%n", hit.documentId(), hit.title() == null ? "" : hit.title(),
						hit.outlet() == null ? "" : "  (" + hit.outlet() + (hit.date() == null ? "" : ", " + hit.date()) + ")");
				for (SearchHit.Passage passage : hit.passages()) {
					out.printf("    %d-%d  ...%s[%s]%s...%n", passage.begin(), passage.end(), passage.before(), passage.match(), passage.after());
				}
			}
			out.println(total + (total == 1 ? " document matches" : " documents match") + (total > hits.size() ? " (" + hits.size() + " shown)" : "") + ".");
			index.getUnreadable().forEach(e -> err.println("collatio: left out of the search, damaged: " + e.getMessage()));
			return index.getUnreadable().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_REJECTED;
		}
	}
}
