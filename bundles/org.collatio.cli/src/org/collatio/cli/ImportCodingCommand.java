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
import org.collatio.io.CodingImport;
import org.collatio.io.CodingReport;
import org.collatio.io.FormatException;
import org.collatio.io.Progress;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code collatio import-coding --corpus DIR FILE}: a colleague's coding added as their layer. A
 * file that is not a coding file, is damaged, codes other articles or other texts, or is the coding
 * of this corpus's own coder is refused (exit code 1) with nothing written; a clash (a shared object
 * both changed differently) keeps this corpus's version and is reported.
 */
@Command(name = "import-coding", mixinStandardHelpOptions = true,
		description = { "Add a colleague's coding (a " + CodingExport.EXTENSION + " file of 'collatio export-coding') to a corpus as their layer,",
				"beside the corpus's own coder's: their annotations of each document, new tag sets, tags, entities and",
				"propositions, and their relations. A shared object both of you changed differently is a clash: this corpus's",
				"version is kept and the clash reported. Importing the same coder's file again replaces their layer.",
				"Refused, with nothing written, when the file is not a coding file or is damaged, when it codes a document",
				"this corpus does not have or whose text differs, or when it is the coding of this corpus's own coder." })
final class ImportCodingCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The corpus folder (its first coder is the one importing).")
	Path corpus;

	@Parameters(index = "0", paramLabel = "FILE", description = "The coding file.")
	Path file;

	@Override
	public Integer call() throws CorpusException {
		var out = spec.commandLine().getOut();
		var err = spec.commandLine().getErr();
		CodingReport report;
		try (CorpusStore store = Stores.write(corpus, false, err)) {
			report = CodingImport.importInto(store, file, Progress.NONE);
		} catch (FormatException e) {
			err.println("collatio: " + e.getMessage());
			err.println("collatio: nothing was imported.");
			return ExitCodes.INPUT_REJECTED;
		} catch (IOException e) {
			err.println("collatio: cannot import " + file + " into " + corpus + ": " + e.getMessage());
			return ExitCodes.IO_FAILURE;
		}
		out.printf("Imported the coding of %s from %s as layer %s%s:%n", report.coderName(), file, report.coderId(),
				report.coderAdded() ? " (a new coder of this corpus)" : "");
		out.println("documents    " + report.documents() + (report.removedDocuments() > 0 ? " (" + report.removedDocuments()
				+ " no longer in the coding removed from the layer)" : ""));
		out.println("spans        " + report.spans());
		out.println("claims       " + report.claims());
		out.println("mentions     " + report.mentions());
		out.println("relations    " + report.relations());
		out.println("added        " + report.describeAdded());
		out.println("clashes      " + report.clashes().size() + (report.clashes().isEmpty() ? "" : " (this corpus's version kept)"));
		report.clashes().forEach(clash -> out.println("clash: " + clash.describe()));
		report.notes().forEach(note -> out.println("note: " + note));
		return ExitCodes.OK;
	}
}
