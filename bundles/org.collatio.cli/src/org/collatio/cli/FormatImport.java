/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

import org.collatio.core.store.CorpusException;
import org.collatio.io.ExportFormat;
import org.collatio.io.ExportFormats;
import org.collatio.io.ExportSummary;
import org.collatio.io.FormatException;
import org.collatio.io.Progress;

/**
 * {@code collatio import --format native|w3c PATH}: an export read back into a new corpus. Bad
 * input (a corrupt archive, an annotation that does not fit its text) gives exit code 1, a folder
 * that already holds a corpus 2, a file that cannot be read or written 3; each message names the
 * file and the problem.
 */
final class FormatImport {

	private FormatImport() {
	}

	static int run(String id, Path source, Path corpus, PrintWriter out, PrintWriter err) {
		ExportFormat format = ExportFormats.byId(id).filter(ExportFormat::isImportable).orElse(null);
		if (format == null) {
			err.println("collatio: --format " + id + " cannot be imported; importable: articles (the default), "
					+ String.join(", ", ExportFormats.all().stream().filter(ExportFormat::isImportable).map(ExportFormat::id).toList()));
			return ExitCodes.USAGE;
		}
		try {
			ExportSummary summary = format.importer().importInto(source, corpus, Progress.NONE);
			out.printf("Imported %s from %s into %s.%n", summary.describeCounts(), source, corpus);
			return ExitCodes.OK;
		} catch (FormatException e) {
			err.println("collatio: " + e.getMessage());
			return ExitCodes.INPUT_REJECTED;
		} catch (IllegalArgumentException e) {
			err.println("collatio: " + e.getMessage());
			return ExitCodes.USAGE;
		} catch (CorpusException e) {
			err.println("collatio: " + e.getMessage());
			return ExitCodes.IO_FAILURE;
		} catch (IOException e) {
			err.println("collatio: cannot import " + source + " into " + corpus + ": " + e.getMessage());
			return ExitCodes.IO_FAILURE;
		}
	}
}
