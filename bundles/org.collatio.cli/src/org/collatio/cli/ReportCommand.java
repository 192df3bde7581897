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
import org.collatio.model.RelationKind;
import org.collatio.reconcile.PropositionAccounts;
import org.collatio.reconcile.Reconciliation;
import org.collatio.reconcile.Report;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code collatio report --corpus DIR --out FILE.html|FILE.md} */
@Command(name = "report", mixinStandardHelpOptions = true,
		description = { "Write the reconciliation report of a corpus, as one self-contained HTML file or Markdown.",
				"For each proposition: its verdict, the accounts side by side (source, date, speaker, via, stance, quote),",
				"their relations and a timeline; contested propositions first." })
final class ReportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	LayerOption layerOption = new LayerOption();

	@Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The corpus folder.")
	Path corpus;

	@Option(names = "--out", required = true, paramLabel = "FILE", description = "The report file; .md writes Markdown, anything else HTML.")
	Path out;

	@Option(names = "--format", paramLabel = "html|markdown", description = "Overrides the format the file name implies.")
	Report.Format format;

	@Override
	public Integer call() throws CorpusException {
		try (CorpusStore store = Stores.read(corpus, layerOption.layer, spec.commandLine().getErr())) {
			List<PropositionAccounts> propositions = Reconciliation.of(store);
			String name = store.getCorpus().getName() == null ? corpus.getFileName().toString() : store.getCorpus().getName();
			Report.write(name, propositions, format != null ? format : Report.Format.forFile(out), out);
			long contested = propositions.stream().filter(PropositionAccounts::contested).count();
			long accounts = propositions.stream().mapToLong(p -> p.accounts().size()).sum();
			long contradictions = propositions.stream().mapToLong(p -> p.count(RelationKind.CONTRADICTS)).sum();
			spec.commandLine().getOut().printf("Wrote %s: %d propositions (%d contested), %d accounts, %d contradictions.%n", out,
					propositions.size(), contested, accounts, contradictions);
			return Stores.reportDamaged(store, spec.commandLine().getErr(), ExitCodes.OK);
		} catch (IOException e) {
			spec.commandLine().getErr().println("collatio: cannot write " + out + ": " + org.collatio.core.store.IoProblems.reason(e));
			return ExitCodes.IO_FAILURE;
		}
	}
}
