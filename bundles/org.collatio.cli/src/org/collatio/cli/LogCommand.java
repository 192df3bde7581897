/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import org.collatio.share.LogEntry;
import org.collatio.share.ShareException;
import org.collatio.share.SharedCorpus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code collatio log --corpus DIR [--document ID] [--max N]} */
@Command(name = "log", mixinStandardHelpOptions = true,
		description = { "The versions of a shared corpus, newest first: who, when, what, and the files each changed." })
final class LogCommand implements Callable<Integer> {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
	private static final int LISTED = 5;

	@Spec
	CommandSpec spec;

	@Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The corpus folder.")
	Path corpus;

	@Option(names = "--document", paramLabel = "ID", description = "Only the versions that changed this document (its text or annotations in any layer).")
	String document;

	@Option(names = "--max", paramLabel = "N", defaultValue = "20", description = "At most N versions (default: ${DEFAULT-VALUE}).")
	int max;

	@Override
	public Integer call() {
		var out = spec.commandLine().getOut();
		if (max < 1) {
			throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--max must be at least 1");
		}
		List<LogEntry> entries;
		try {
			entries = document == null ? SharedCorpus.log(corpus, null, max) : SharedCorpus.logOfDocument(corpus, document, max);
		} catch (ShareException e) {
			return ShareFailures.report(e, spec.commandLine().getErr());
		}
		for (LogEntry entry : entries) {
			out.printf("%s  %s  %s%n", entry.commitId().substring(0, 10), TIME.format(entry.time()), entry.message().lines().findFirst().orElse(""));
			List<String> paths = entry.paths();
			out.printf("            %s%n", paths.size() <= LISTED ? String.join(", ", paths)
					: String.join(", ", paths.subList(0, LISTED)) + " and " + (paths.size() - LISTED) + " more");
		}
		if (entries.isEmpty()) {
			out.println(document == null ? "No versions yet." : "No version changed document " + document + ".");
		}
		return ExitCodes.OK;
	}
}
