/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.collatio.core.store.AtomicFiles;
import org.collatio.model.RelationKind;
import org.collatio.model.edit.ModelLabels;

/**
 * The reconciliation report: for every proposition, its verdict, its accounts side by side, the
 * relations between them and a timeline. HTML (one self-contained file: styles and timeline inline,
 * no script, nothing fetched) or Markdown. Written atomically.
 */
public final class Report {

	/** The report formats, chosen by file name extension where not given. */
	public enum Format {
		HTML, MARKDOWN;

		public static Format forFile(Path file) {
			String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
			return name.endsWith(".md") || name.endsWith(".markdown") ? MARKDOWN : HTML;
		}
	}

	private Report() {
	}

	public static void write(String corpusName, List<PropositionAccounts> propositions, Format format, Path file) throws IOException {
		AtomicFiles.write(file, out -> {
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			if (format == Format.HTML) {
				new HtmlReport(writer).write(corpusName, propositions);
			} else {
				new MarkdownReport(writer).write(corpusName, propositions);
			}
			writer.flush();
		});
	}

	/** "4 accounts from 3 sources, 2 contradicted, 0 in agreement" */
	public static String summaryOf(PropositionAccounts p) {
		long contradictions = p.count(RelationKind.CONTRADICTS);
		long agreements = p.count(RelationKind.AGREES);
		return p.accounts().size() + (p.accounts().size() == 1 ? " account" : " accounts") + " from " + p.outlets()
				+ (p.outlets() == 1 ? " source" : " sources") + ", " + contradictions + (contradictions == 1 ? " contradiction" : " contradictions")
				+ ", " + agreements + (agreements == 1 ? " agreement" : " agreements");
	}

	/** The verdict's label ("undecided" when none was given), from the edit layer. */
	public static String verdictOf(PropositionAccounts p) {
		return ModelLabels.of(p.verdict());
	}
}
