/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.io.CodingExport;
import org.collatio.io.ExportSummary;
import org.collatio.io.Progress;
import org.collatio.model.Annotator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code collatio export-coding --corpus DIR [--coder NAME] --out FILE} */
@Command(name = "export-coding", mixinStandardHelpOptions = true,
		description = { "Export one coder's coding of a corpus as one file (" + CodingExport.EXTENSION + "), for a colleague who codes",
				"the same articles in a corpus folder of their own: the coder's annotations of every document, the tag sets,",
				"entities and propositions, and the relations between the coder's claims. 'collatio import-coding' adds it",
				"to the colleague's corpus as this coder's layer." })
final class ExportCodingCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The corpus folder.")
	Path corpus;

	@Option(names = "--coder", paramLabel = "NAME", description = "Whose coding to export (default: the corpus's first coder).")
	String coder;

	@Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (by convention NAME" + CodingExport.EXTENSION + ").")
	Path out;

	@Override
	public Integer call() throws CorpusException {
		var err = spec.commandLine().getErr();
		try (CorpusStore store = Stores.read(corpus, err)) {
			Annotator chosen;
			try {
				chosen = CodingExport.coder(store, coder);
			} catch (IllegalArgumentException e) {
				err.println("collatio: " + e.getMessage());
				return store.getCorpus().getAnnotators().isEmpty() ? ExitCodes.INPUT_REJECTED : ExitCodes.USAGE; // nothing to export, or a wrong --coder
			}
			ExportSummary summary = CodingExport.export(store, chosen, out, Progress.NONE);
			spec.commandLine().getOut().printf("Wrote the coding of %s (%s) to %s.%n", chosen.getName(), summary.describeCounts(), out);
			summary.warnings().forEach(warning -> err.println("collatio: " + warning + "."));
			return ExitCodes.OK;
		} catch (IOException e) {
			err.println("collatio: cannot write " + out + ": " + e.getMessage());
			return ExitCodes.IO_FAILURE;
		}
	}
}
