/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.share.Mergers;
import org.collatio.share.ShareException;
import org.collatio.share.SharedCorpus;
import org.collatio.share.SyncResult;
import org.collatio.share.merge.Conflict;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code collatio sync --corpus DIR [--coder NAME]}: exit code 0 when done with no conflict left, 1
 * when conflicts remain (listed, and in conflicts.json) or the sync was refused.
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
		description = { "Synchronise a shared corpus: commit your changes in your name, bring in the others' work (merged file by",
				"file: a coder's own layer never conflicts; a file both changed is merged object by object), and push.",
				"Prints what came in, what went out and the conflicts left (your version is kept meanwhile; they are listed",
				"in conflicts.json, which every coder gets). Exit code 1 when conflicts remain." })
final class SyncCommand implements Callable<Integer> {

	/** How many files a line lists before it counts the rest. */
	private static final int LISTED = 8;

	@Spec
	CommandSpec spec;

	@Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The corpus folder (a clone, or a shared corpus).")
	Path corpus;

	@Option(names = "--coder", paramLabel = "NAME", description = "Who is syncing (default: the corpus's first coder).")
	String coder;

	@Mixin
	RemoteOptions remoteOptions;

	@Override
	public Integer call() throws CorpusException {
		var out = spec.commandLine().getOut();
		var err = spec.commandLine().getErr();
		var credentials = remoteOptions.credentials(spec.commandLine());
		SyncResult result;
		List<Conflict> remaining;
		try (CorpusStore store = Coding.open(corpus, coder, err)) {
			store.save();
			result = SharedCorpus.sync(corpus, Coding.name(store), credentials, Mergers.standard(), null);
			remaining = SharedCorpus.conflicts(corpus);
		} catch (ShareException e) {
			return ShareFailures.report(e, err);
		}
		if (result.nothingToDo()) {
			out.println("Nothing to do: up to date.");
		}
		if (!result.committed().isEmpty()) {
			out.printf("Committed %s: %s%n", files(result.committed().size()), result.commitMessage());
		}
		if (!result.broughtIn().isEmpty()) {
			out.printf("Brought in %s%s: %s%n", files(result.broughtIn().size()), result.merged().isEmpty() ? "" : " (" + result.merged().size() + " merged)",
					list(result.broughtIn()));
		}
		if (result.pushed()) {
			out.println("Pushed.");
		}
		if (!remaining.isEmpty()) {
			printConflicts(out, result.conflicts(), remaining);
			err.println("collatio: " + remaining.size() + " conflicts remain in " + corpus.resolve(SharedCorpus.CONFLICTS_FILE)
					+ "; your values stand until they are resolved (Team > Resolve Conflicts in the workbench)");
			return ExitCodes.INPUT_REJECTED;
		}
		return ExitCodes.OK;
	}

	private static void printConflicts(PrintWriter out, List<Conflict> recent, List<Conflict> remaining) {
		out.printf("%d %s (%d from this sync), listed in %s; each file holds the version of whoever merged:%n", remaining.size(),
				remaining.size() == 1 ? "conflict remains" : "conflicts remain", recent.size(), SharedCorpus.CONFLICTS_FILE);
		for (Conflict c : remaining) {
			out.printf("  %s: %s %s%s: base %s, mine %s, theirs %s%n", c.path(), c.kind(), c.id(), c.feature() == null ? "" : " " + c.feature(),
					quote(c.base()), quote(c.mine()), quote(c.theirs()));
		}
	}

	static String files(int count) {
		return count == 1 ? "1 file" : count + " files";
	}

	private static String quote(String value) {
		return value == null ? "(none)" : "\u201c" + value + "\u201d";
	}

	private static String list(List<String> paths) {
		return paths.size() <= LISTED ? String.join(", ", paths) : String.join(", ", paths.subList(0, LISTED)) + " and " + (paths.size() - LISTED) + " more";
	}
}
