/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.collatio.core.imports.ArticleImporter;
import org.collatio.core.imports.ImportException;
import org.collatio.core.imports.ImportOptions;
import org.collatio.core.imports.ImportReport;
import org.collatio.core.imports.MetadataFiles;
import org.collatio.core.store.CorpusStore;
import org.collatio.io.ExportFormat;
import org.collatio.io.ExportFormats;
import org.collatio.io.foreign.ForeignReaders;
import org.collatio.io.foreign.W3cAnnotationReader;
import org.collatio.search.CorpusIndex;
import org.eclipse.core.runtime.NullProgressMonitor;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code collatio import --corpus DIR PATH...} */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = { "Import plain-text (UTF-8, with or without BOM) and HTML articles into a corpus, creating it if missing.",
				"Folders are imported recursively. Metadata comes from NAME.meta.json beside each article",
				"({\"title\", \"outlet\", \"author\", \"url\", \"date\": \"YYYY[-MM[-DD]]\", \"language\"}), from a catalogue",
				"(--metadata), from HTML meta tags, or is guessed (a title-like first line; a closing 'Source: X' line).",
				"Web-page leftovers (comment forms, link lists, share buttons) are marked, never deleted.",
				"Each rejected file (binary, not UTF-8, empty, too large, duplicate) is reported; the rest goes on.",
				"With --format native (a corpus zip) or w3c (a W3C Web Annotation export folder), PATH is one export of",
				"'collatio export', read back into a new or empty corpus folder.",
				"With --format uima-xmi (a folder or an INCEpTION/WebAnno zip) or brat (a folder of .txt and .ann), PATH holds",
				"another tool's annotations: imported into a new corpus, or into an existing one (documents of identical text",
				"get the annotations, on the layer of --coder; the others are added). --dry-run shows what would be imported." })
final class ImportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The corpus folder (created if missing).")
	Path corpus;

	@Option(names = "--metadata", paramLabel = "FILE", description = "A JSON catalogue: file name -> metadata object.")
	Path catalogue;

	@Option(names = "--max-size", paramLabel = "MB", defaultValue = "20", description = "Largest file accepted, in MB (default: ${DEFAULT-VALUE}).")
	double maxSizeMb;

	@Option(names = { "-q", "--quiet" }, description = "Print only rejections and the summary.")
	boolean quiet;

	@Option(names = "--index", description = "Also bring the search index up to date, in the same run (it is otherwise built by the first search).")
	boolean index;

	@Option(names = "--format", paramLabel = "ID", defaultValue = "articles",
			description = "articles (default: .txt/.html files), native or w3c (an export to read back), uima-xmi or brat (another tool's annotations).")
	String format;

	@Option(names = "--type", paramLabel = "TYPE[=FEATURE]",
			description = "With uima-xmi or brat: import only this annotation type (repeatable), its tags from FEATURE (default: its value or label feature, else its name; TYPE= for its name).")
	List<String> types = new ArrayList<>();

	@Option(names = "--note-feature", paramLabel = "NAME", description = "With uima-xmi or brat: the feature whose value becomes the span's note.")
	String noteFeature;

	@Option(names = "--coder", paramLabel = "NAME", description = "With uima-xmi or brat into an existing corpus: import as this coder's layer (registered if new).")
	String coder;

	@Option(names = "--flat", description = "With uima-xmi or brat: values such as A/B or A > B stay one tag instead of nested tags.")
	boolean flat;

	@Option(names = "--dry-run", description = "With uima-xmi or brat: show what the source holds and what would be imported; write nothing.")
	boolean dryRun;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders; with --format native or w3c, the export.")
	List<Path> paths;

	@Override
	public Integer call() throws Exception {
		if (!"articles".equals(format)) {
			if (paths.size() != 1) {
				throw new CommandLine.ParameterException(spec.commandLine(), "--format " + format + " imports exactly one PATH");
			}
			// Collatio's own exports (native; a W3C export written by Collatio) are read back whole; any
			// other producer's file goes through the readers of other tools' annotations
			boolean ownExport = ExportFormats.byId(format).filter(ExportFormat::isImportable).isPresent()
					&& (!"w3c".equals(format) || !Files.exists(paths.get(0)) || W3cAnnotationReader.isCollatioExport(paths.get(0)));
			var reader = ForeignReaders.byId(format).filter(r -> !ownExport);
			if (reader.isPresent()) {
				return ForeignFormatImport.run(reader.get(), paths.get(0), corpus, new ForeignFormatImport.Options(types, noteFeature, coder, flat, dryRun),
						spec.commandLine().getOut(), spec.commandLine().getErr());
			}
			return FormatImport.run(format, paths.get(0), corpus, spec.commandLine().getOut(), spec.commandLine().getErr());
		}
		ImportOptions options = ImportOptions.defaults().withMaxBytes((long) (maxSizeMb * 1024 * 1024));
		if (catalogue != null) {
			try {
				options = options.withCatalogue(MetadataFiles.readCatalogue(catalogue));
			} catch (ImportException e) {
				spec.commandLine().getErr().println("collatio: " + e.getMessage());
				return ExitCodes.USAGE;
			}
		}
		ImportReport report;
		var err = spec.commandLine().getErr();
		try (CorpusStore store = CorpusStore.openOrCreate(corpus, corpus.toAbsolutePath().normalize().getFileName().toString());
				CorpusIndex searchIndex = index ? CorpusIndex.open(store) : null) {
			// an open index follows the import's save: the new documents are indexed as they are saved
			store.getRecoveries().forEach(line -> err.println("collatio: " + corpus + ": " + line + "."));
			if (searchIndex != null) {
				// the index commits on its own thread; closing it (before the store) waits for the last commit
				store.setListenerFailureHandler(e -> err.println("collatio: " + e.getMessage()));
				searchIndex.setFailureHandler(e -> err.println("collatio: " + e.getMessage()));
			}
			report = new ArticleImporter(store, options).importPaths(paths, new NullProgressMonitor());
		}
		var out = spec.commandLine().getOut();
		for (ImportReport.Outcome outcome : report.outcomes()) {
			if (outcome.skipped()) {
				if (!quiet) {
					out.println("skipped " + outcome.file() + ": " + outcome.problem());
				}
			} else if (!outcome.imported()) {
				err.println("rejected " + outcome.file() + ": " + outcome.problem());
			} else if (!quiet) {
				out.println("imported " + outcome.file() + " as " + outcome.documentId());
			}
		}
		out.println(report.summary());
		return report.rejectedCount() > 0 ? ExitCodes.INPUT_REJECTED : ExitCodes.OK;
	}
}
