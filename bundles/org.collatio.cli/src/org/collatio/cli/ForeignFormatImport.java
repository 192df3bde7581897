/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusLayout;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.CorpusStore.LayerChoice;
import org.collatio.io.FormatException;
import org.collatio.io.NewCorpusFolder;
import org.collatio.io.Progress;
import org.collatio.io.foreign.DocumentMatcher;
import org.collatio.io.foreign.ForeignImport;
import org.collatio.io.foreign.ForeignReader;
import org.collatio.io.foreign.ForeignSurvey;
import org.collatio.io.foreign.ImportMapping;
import org.collatio.io.foreign.ImportSummary;

/**
 * {@code collatio import --format uima-xmi|brat|... PATH}: another tool's annotations, surveyed
 * (which also checks the whole source), mapped by the options and imported into a new corpus, or
 * into an existing one (documents of identical text get the annotations, on the layer of
 * {@code --coder} or the first coder's; the others are added). {@code --dry-run} prints the survey
 * and what would be imported, and writes nothing. Exit codes: 0 done, 1 the source was refused (the
 * message names the file, line or entry), 2 a wrong option or no such PATH, 3 a file that cannot be read or written.
 */
final class ForeignFormatImport {

	/** The mapping options of the command line. */
	record Options(List<String> types, String noteFeature, String coder, boolean flat, boolean dryRun) {
	}

	private ForeignFormatImport() {
	}

	static int run(ForeignReader reader, Path source, Path corpus, Options options, PrintWriter out, PrintWriter err) {
		if (!Files.exists(source)) {
			err.println("collatio: " + source + ": no such file or folder");
			return ExitCodes.USAGE;
		}
		try {
			boolean existing = Files.isRegularFile(corpus.resolve(CorpusLayout.CORPUS_FILE));
			if (!existing) {
				NewCorpusFolder.requireEmpty(corpus);
				if (options.coder() != null) {
					throw new IllegalArgumentException("--coder names a layer of an existing corpus; " + corpus + " holds no corpus yet");
				}
			}
			ForeignSurvey survey;
			if (existing) {
				try (CorpusStore store = CorpusStore.openReadOnly(corpus)) {
					survey = ForeignImport.survey(reader, source, DocumentMatcher.of(store), Progress.NONE);
				}
			} else {
				survey = ForeignImport.survey(reader, source, DocumentMatcher.none(), Progress.NONE);
			}
			ImportMapping mapping = mapping(reader, source, survey, options);
			if (options.dryRun()) {
				out.println("Dry run: nothing was written. " + reader.label() + " in " + source + ":");
				survey.describe().forEach(line -> out.println("  " + line));
				out.println("Would import:");
				for (ImportMapping.LayerMapping layer : mapping.layers()) {
					out.println("  " + layer.layer() + ": " + (!layer.imported() ? "not imported"
							: "tags in \"" + layer.tagSet() + "\" from " + (layer.tagFeature() == null ? "the type's name" : "feature " + layer.tagFeature())
									+ (layer.noteFeature() != null ? ", note from " + layer.noteFeature() : "")));
				}
				return ExitCodes.OK;
			}
			ImportSummary summary = existing
					? ForeignImport.intoCorpus(reader, source, mapping, corpus, options.coder() == null ? LayerChoice.FIRST_CODER : LayerChoice.coder(options.coder()),
							Progress.NONE)
					: ForeignImport.intoNewCorpus(reader, source, mapping, corpus, Progress.NONE);
			out.println("Imported " + reader.label() + " from " + source + " into " + corpus + (options.coder() != null ? " as " + options.coder() : "") + ".");
			summary.describe().forEach(line -> out.println("  " + line));
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
		} catch (CancellationException e) {
			err.println("collatio: cancelled; nothing was written");
			return ExitCodes.IO_FAILURE;
		} catch (IOException e) {
			err.println("collatio: cannot import " + source + " into " + corpus + ": " + e.getMessage());
			return ExitCodes.IO_FAILURE;
		}
	}

	/** The survey's default mapping, narrowed by {@code --type TYPE[=FEATURE]}, with {@code --note-feature} and {@code --flat}. */
	static ImportMapping mapping(ForeignReader reader, Path source, ForeignSurvey survey, Options options) {
		ImportMapping mapping = ImportMapping.defaults(survey, reader.label());
		if (!options.types().isEmpty()) {
			Map<String, String> types = new LinkedHashMap<>();
			for (String type : options.types()) {
				int equals = type.indexOf('=');
				types.put(equals < 0 ? type : type.substring(0, equals), equals < 0 ? null : type.substring(equals + 1));
			}
			try {
				mapping = mapping.only(types);
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("--type: " + source + ": " + e.getMessage(), e);
			}
		}
		if (options.noteFeature() != null) {
			mapping = mapping.withNoteFeature(options.noteFeature());
		}
		return options.flat() ? mapping.withHierarchical(false) : mapping;
	}
}
