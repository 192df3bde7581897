/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.ui;

import org.collatio.io.CodingReport;

/** An import's {@link CodingReport} as the researcher reads it. */
final class CodingReportText {

	private CodingReportText() {
	}

	/**
	 * "Imported the coding of Bob from FILE as Bob's layer (bob, a new coder of this corpus).", the
	 * counts, the shared objects added, then every clash (this corpus's version kept) and note.
	 */
	static String of(CodingReport report) {
		StringBuilder text = new StringBuilder("Imported the coding of ").append(report.coderName()).append(" from ").append(report.file())
				.append(" as ").append(report.coderName()).append(report.coderName().endsWith("s") ? "'" : "'s").append(" layer (")
				.append(report.coderId()).append(report.coderAdded() ? ", a new coder of this corpus" : "").append(").\n\n");
		text.append(count(report.documents(), "document")).append(", ").append(count(report.spans(), "span")).append(", ")
				.append(count(report.claims(), "claim")).append(", ").append(count(report.mentions(), "mention")).append(" and ")
				.append(count(report.relations(), "relation")).append(".\n");
		if (report.removedDocuments() > 0) {
			text.append(count(report.removedDocuments(), "annotation file")).append(" of that layer for documents the coding no longer has ")
					.append(report.removedDocuments() == 1 ? "was" : "were").append(" removed.\n");
		}
		text.append("Added to this corpus: ").append(report.describeAdded()).append(".\n");
		if (report.clashes().isEmpty()) {
			text.append("No clash: every tag, entity and proposition you both have is the same in both corpora.\n");
		} else {
			text.append("\n").append(count(report.clashes().size(), "clash")).append(" (the same object changed differently; this corpus's version was kept):\n");
			report.clashes().forEach(clash -> text.append("  ").append(clash.describe()).append('\n'));
		}
		if (!report.notes().isEmpty()) {
			text.append("\nNotes:\n");
			report.notes().forEach(note -> text.append("  ").append(note).append('\n'));
		}
		text.append("\nCoders > Agreement compares the layers; Coders > Work On shows ").append(report.coderName()).append(
				report.coderName().endsWith("s") ? "'" : "'s").append(" layer (read-only).");
		return text.toString();
	}

	private static String count(int n, String noun) {
		return n + " " + noun + (n == 1 ? "" : noun.endsWith("sh") ? "es" : "s");
	}
}
