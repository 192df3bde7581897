/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What an import did, file by file. */
public final class ImportReport {

	/**
	 * One input file: imported as {@code documentId}, or rejected for {@code problem}, or skipped on
	 * purpose (a hidden file, a README) for {@code problem}.
	 */
	public record Outcome(Path file, String documentId, String problem, boolean skipped) {
		public boolean imported() {
			return problem == null;
		}

		/** Rejected: the file was meant to be imported and could not be. */
		public boolean rejected() {
			return problem != null && !skipped;
		}

		@Override
		public String toString() {
			return imported() ? file + ": imported as " + documentId : file + ": " + (skipped ? "skipped, " : "") + problem;
		}
	}

	private final List<Outcome> outcomes = new ArrayList<>();
	private boolean cancelled;

	void imported(Path file, String documentId) {
		outcomes.add(new Outcome(file, documentId, null, false));
	}

	void rejected(Path file, String problem) {
		outcomes.add(new Outcome(file, null, problem, false));
	}

	void skipped(Path file, String reason) {
		outcomes.add(new Outcome(file, null, reason, true));
	}

	void cancel() {
		cancelled = true;
	}

	public List<Outcome> outcomes() {
		return Collections.unmodifiableList(outcomes);
	}

	public List<Outcome> rejections() {
		return outcomes.stream().filter(Outcome::rejected).toList();
	}

	/** Files left out on purpose, each with the reason. */
	public List<Outcome> skips() {
		return outcomes.stream().filter(Outcome::skipped).toList();
	}

	public int importedCount() {
		return (int) outcomes.stream().filter(Outcome::imported).count();
	}

	public int rejectedCount() {
		return (int) outcomes.stream().filter(Outcome::rejected).count();
	}

	public int skippedCount() {
		return (int) outcomes.stream().filter(Outcome::skipped).count();
	}

	public boolean isCancelled() {
		return cancelled;
	}

	/** One line: "Imported 5 documents, rejected 1." */
	public String summary() {
		return "Imported " + importedCount() + (importedCount() == 1 ? " document" : " documents") + ", rejected " + rejectedCount()
				+ (skippedCount() > 0 ? ", skipped " + skippedCount() : "") + (cancelled ? " (cancelled)" : "") + ".";
	}
}
