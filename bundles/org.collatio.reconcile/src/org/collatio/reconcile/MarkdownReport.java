/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The reconciliation report as Markdown (GitHub tables). */
final class MarkdownReport {

	private final Writer out;

	MarkdownReport(Writer out) {
		this.out = out;
	}

	void write(String corpusName, List<PropositionAccounts> propositions) throws IOException {
		out.write("# Reconciliation report: " + inline(corpusName) + "\n\n");
		out.write(propositions.size() + " propositions, contested ones first.\n");
		for (PropositionAccounts p : propositions) {
			out.write("\n## " + inline(p.statement()) + "\n\n");
			out.write("**Verdict:** " + Report.verdictOf(p) + (p.verdictNote().isEmpty() ? "" : " \u2014 " + inline(p.verdictNote())) + "  \n");
			out.write(Report.summaryOf(p) + "\n\n");
			out.write("| Source | Published | Speaker | Via | When said | Stance | Kind | Quote | Relations |\n");
			out.write("|---|---|---|---|---|---|---|---|---|\n");
			for (Account a : p.accounts()) {
				out.write("| " + String.join(" | ", cell(a.outlet()), cell(a.published()), cell(a.speaker()), cell(a.via()),
						cell(a.whenStated().isEmpty() ? a.whenDate() : a.whenStated()), (a.inConflict() ? "**" + a.stance() + "**" : a.stance()),
						a.kind(), "\u201c" + cell(a.quote()) + "\u201d", cell(Labels.links(a))) + " |\n");
			}
			for (Account a : p.accounts()) {
				for (Account.Link link : a.links()) {
					if (link.outgoing() && link.relation().getRationale() != null) {
						out.write("\n- " + inline(a.shortName()) + " " + Labels.verb(link.kind(), true) + " "
								+ inline(link.otherName()) + ": " + inline(link.relation().getRationale()));
					}
				}
			}
			out.write("\n");
		}
	}

	private static String cell(String text) {
		return text == null ? "" : inline(text).replace("|", "\\|");
	}

	/** Markdown text: one line, with the characters that would start markup escaped. */
	private static String inline(String text) {
		return text == null ? "" : text.replaceAll("\\s+", " ").replaceAll("([\\\\`*_\\[\\]<>#])", "\\\\$1");
	}
}
