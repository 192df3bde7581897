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

	/** One input file: imported as {@code documentId}, or rejected for {@code problem}. */
	public record Outcome(Path file, String documentId, String problem) {
		public boolean imported() {
			return problem == null;
		}

		@Override
		public String toString() {
			return imported() ? file + ": imported as " + documentId : file + ": " + problem;
		}
	}

	private final List<Outcome> outcomes = new ArrayList<>();
	private boolean cancelled;

	void imported(Path file, String documentId) {
		outcomes.add(new Outcome(file, documentId, null));
	}

	void rejected(Path file, String problem) {
		outcomes.add(new Outcome(file, null, problem));
	}

	void cancel() {
		cancelled = true;
	}

	public List<Outcome> outcomes() {
		return Collections.unmodifiableList(outcomes);
	}

	public List<Outcome> rejections() {
		return outcomes.stream().filter(o -> !o.imported()).toList();
	}

	public int importedCount() {
		return (int) outcomes.stream().filter(Outcome::imported).count();
	}

	public int rejectedCount() {
		return outcomes.size() - importedCount();
	}

	public boolean isCancelled() {
		return cancelled;
	}

	/** One line: "Imported 5 documents, rejected 1." */
	public String summary() {
		return "Imported " + importedCount() + (importedCount() == 1 ? " document" : " documents") + ", rejected " + rejectedCount()
				+ (cancelled ? " (cancelled)" : "") + ".";
	}
}
