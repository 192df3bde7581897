/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.io.ExportFormat;
import org.collatio.io.ExportFormats;
import org.collatio.io.ExportScope;
import org.collatio.io.ExportSummary;
import org.collatio.io.Progress;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code collatio export --corpus DIR --format ID --out PATH [--document ID]... [--all-layers]} */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

	/** The format ids, for picocli's completion and ${COMPLETION-CANDIDATES}. */
	static final class FormatIds extends ArrayList<String> {
		private static final long serialVersionUID = 1L;

		FormatIds() {
			super(ExportFormats.all().stream().map(ExportFormat::id).toList());
		}
	}

	@Spec
	CommandSpec spec;

	@Mixin
	LayerOption layerOption = new LayerOption();

	@Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The corpus folder.")
	Path corpus;

	@Option(names = "--format", required = true, paramLabel = "ID", completionCandidates = FormatIds.class,
			description = "One of: ${COMPLETION-CANDIDATES}.")
	String format;

	@Option(names = "--out", required = true, paramLabel = "PATH",
			description = "Where to write: a file for native and qdpx, a folder (created if missing) for the others.")
	Path out;

	@Option(names = "--document", paramLabel = "ID", description = "Export only this document (repeatable); default: the whole corpus.")
	List<String> documents;

	@Option(names = "--all-layers", description = { "Write every coder's layer and the curated one, each named by its coder (uima-xmi: a view per layer;",
			"w3c: creator and collatio:layer; qdpx: creatingUser; csv, jsonl: a coder column). Default: the layer read (--layer).",
			"Not for brat (one layer) nor native (it holds every layer already)." })
	boolean allLayers;

	/** The description lists every format of the registry with its label. */
	static void describeFormats(CommandLine export) {
		List<String> lines = new ArrayList<>();
		lines.add("Export the annotated corpus in a format other tools read (mappings: FORMATS.md of org.collatio.io):");
		for (ExportFormat format : ExportFormats.all()) {
			lines.add(String.format("  %-9s %s%s", format.id(), format.label(), format.isImportable() ? "; collatio import reads it back" : ""));
		}
		export.getCommandSpec().usageMessage().description(lines.toArray(String[]::new));
	}

	@Override
	public Integer call() throws CorpusException {
		var err = spec.commandLine().getErr();
		ExportFormat chosen = ExportFormats.byId(format).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
				"Invalid value for option '--format': '" + format + "' is not one of " + ExportFormats.ids()));
		if (allLayers && !chosen.holdsLayers()) {
			err.println("collatio: --all-layers: " + chosen.id() + " cannot export every coder's layer: " + chosen.layersNote() + ".");
			return ExitCodes.USAGE;
		}
		ExportScope scope = (documents == null ? ExportScope.WHOLE_CORPUS : ExportScope.of(documents)).withEveryLayer(allLayers);
		try (CorpusStore store = Stores.read(corpus, layerOption.layer, err)) {
			ExportSummary summary = chosen.export(store, scope, out, Progress.NONE);
			spec.commandLine().getOut().printf("Wrote %s to %s.%n", summary.describeCounts(), out);
			summary.warnings().forEach(warning -> err.println("collatio: " + warning + "."));
			return ExitCodes.OK;
		} catch (IllegalArgumentException e) {
			err.println("collatio: " + e.getMessage());
			return ExitCodes.USAGE;
		} catch (IOException e) {
			err.println("collatio: cannot write " + out + ": " + e.getMessage());
			return ExitCodes.IO_FAILURE;
		}
	}
}
