/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.search.CandidateFinder;
import org.collatio.search.CandidateInput;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code collatio suggest --corpus DIR [--top N]} */
@Command(name = "suggest", mixinStandardHelpOptions = true,
		description = "Propose pairs of claims, not linked yet, that may contradict each other: ranked, with the reasons.")
final class SuggestCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	LayerOption layerOption = new LayerOption();

	@Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The corpus folder.")
	Path corpus;

	@Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "How many candidates (default: ${DEFAULT-VALUE}).")
	int top;

	@Override
	public Integer call() throws CorpusException {
		var out = spec.commandLine().getOut();
		try (CorpusStore store = Stores.read(corpus, layerOption.layer, spec.commandLine().getErr())) {
			List<CandidateFinder.Candidate> candidates = new CandidateFinder().find(store, top);
			int rank = 0;
			for (CandidateFinder.Candidate candidate : candidates) {
				out.printf("%d. %s, %.2f%n   %s%n   %s%n   because: %s%n", ++rank, candidate.kind().label(), candidate.score(), describe(candidate.first()),
						describe(candidate.second()), String.join("; ", candidate.reasons()));
			}
			out.println(candidates.isEmpty() ? "No candidates: make claims first (Annotate > Make Claim)." : candidates.size() + " candidates.");
			return Stores.reportDamaged(store, spec.commandLine().getErr(), ExitCodes.OK);
		}
	}

	private static String describe(CandidateInput.ClaimFacts claim) {
		String speaker = claim.speakerName() == null ? "" : claim.speakerName() + ": ";
		String text = claim.text().replaceAll("\\s+", " ").strip();
		return claim.documentId() + " " + claim.id() + "  " + speaker + "\u201C" + (text.length() > 110 ? text.substring(0, 107) + "..." : text) + "\u201D";
	}
}
