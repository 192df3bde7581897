/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.io.BratExport;
import org.collatio.io.TableExport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code collatio export --corpus DIR --format ID --out FOLDER} */
@Command(name = "export", mixinStandardHelpOptions = true,
		description = { "Export the annotated corpus into a folder, in a format other tools read:",
				"  csv    claims.csv and relations.csv, one row per claim / relation (offsets in UTF-16 units and code points)",
				"  jsonl  the same as JSON Lines", "  brat   brat standoff: ID.txt + ID.ann per document and annotation.conf from the tag set" })
final class ExportCommand implements Callable<Integer> {

	enum Format {
		csv, jsonl, brat
	}

	@Spec
	CommandSpec spec;

	@Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The corpus folder.")
	Path corpus;

	@Option(names = "--format", required = true, paramLabel = "ID", description = "One of: ${COMPLETION-CANDIDATES}.")
	Format format;

	@Option(names = "--out", required = true, paramLabel = "FOLDER", description = "Where to write (created if missing).")
	Path out;

	@Override
	public Integer call() throws CorpusException {
		var print = spec.commandLine().getOut();
		try (CorpusStore store = CorpusStore.open(corpus)) {
			switch (format) {
			case csv, jsonl -> {
				int[] rows = TableExport.export(store, format == Format.csv ? TableExport.Format.CSV : TableExport.Format.JSONL, out);
				print.printf("Wrote %d claims and %d relations to %s.%n", rows[0], rows[1], out);
			}
			case brat -> {
				BratExport.Result result = BratExport.export(store, out);
				print.printf("Wrote %d documents, %d text-bound annotations and %d relations to %s.%n", result.documents(),
						result.textBound(), result.relations(), out);
				if (result.crossDocumentRelationsSkipped() > 0) {
					spec.commandLine().getErr().printf("collatio: %d relations join claims of different documents; brat cannot hold them.%n",
							result.crossDocumentRelationsSkipped());
				}
			}
			}
			return ExitCodes.OK;
		} catch (IOException e) {
			spec.commandLine().getErr().println("collatio: cannot write " + out + ": " + e.getMessage());
			return ExitCodes.IO_FAILURE;
		}
	}
}
