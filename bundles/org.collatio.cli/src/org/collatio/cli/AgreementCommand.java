/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.collatio.coders.agreement.Agreement;
import org.collatio.coders.agreement.UnitizingAgreement;
import org.collatio.coders.study.AgreementInput;
import org.collatio.coders.study.AgreementResult;
import org.collatio.coders.study.AgreementStudy;
import org.collatio.coders.study.ClaimField;
import org.collatio.coders.study.FieldAgreement;
import org.collatio.core.store.Coders;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.tags.Tags;
import org.collatio.model.Annotator;
import org.collatio.model.Tag;
import org.eclipse.core.runtime.NullProgressMonitor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code collatio agreement --corpus DIR [--coders A,B] [--tag ID] [--by-document] --format text|csv} */
@Command(name = "agreement", mixinStandardHelpOptions = true,
		description = { "Measure how well the coders of a corpus agree, each in their own layer.",
				"Spans: Krippendorff's alpha-u on character offsets, over all tags and per tag.",
				"Claims: nominal alpha (and Cohen's kappa for two coders) of speaker, stance, proposition and kind;",
				"claims are compared when they cover the same text. n/a: undefined for the data (too few units, no variation)." })
final class AgreementCommand implements Callable<Integer> {

	enum Format {
		text, csv
	}

	@Spec
	CommandSpec spec;

	@Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The corpus folder.")
	Path corpus;

	@Option(names = "--coders", split = ",", paramLabel = "A,B", description = "The coders compared, by name or id (default: every coder with a layer).")
	List<String> coders;

	@Option(names = "--tag", paramLabel = "TAG", description = "Only the spans of this tag (its id, code or name).")
	String tag;

	@Option(names = "--by-document", description = "Also give the figures of each document.")
	boolean byDocument;

	@Option(names = "--format", paramLabel = "text|csv", description = "text (default) or csv (RFC 4180, one figure a row).")
	Format format = Format.text;

	@Override
	public Integer call() throws CorpusException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		try (CorpusStore store = Stores.read(corpus, err)) {
			List<String> ids = new ArrayList<>();
			for (String wanted : coders == null ? List.<String>of() : coders) {
				Annotator coder = Coders.byId(store.getCorpus(), wanted.strip());
				coder = coder != null ? coder : Coders.find(store.getCorpus(), wanted);
				if (coder == null) {
					err.println("collatio: " + corpus + " has no coder \u201c" + wanted.strip() + "\u201d; its coders: " + known(store));
					return ExitCodes.INPUT_REJECTED;
				}
				ids.add(coder.getId());
			}
			String tagId = null;
			if (tag != null) {
				Tag found = Tags.all(store.getCorpus()).stream()
						.filter(t -> tag.equals(t.getId()) || tag.equals(t.getCode()) || tag.equalsIgnoreCase(t.getName())).findFirst().orElse(null);
				if (found == null) {
					err.println("collatio: " + corpus + " has no tag \u201c" + tag + "\u201d");
					return ExitCodes.INPUT_REJECTED;
				}
				tagId = found.getId();
			}
			AgreementInput input = AgreementInput.of(store, ids, tagId);
			if (input.coders().size() < 2) {
				err.println("collatio: agreement needs two coders' layers; " + corpus + " has " + known(store));
				return ExitCodes.INPUT_REJECTED;
			}
			AgreementResult result = AgreementStudy.run(input, new NullProgressMonitor());
			if (format == Format.csv) {
				csv(store, result, out);
			} else {
				text(store, result, out);
			}
			result.problems().forEach(problem -> err.println("collatio: left out, damaged: " + problem));
			return result.problems().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_REJECTED;
		}
	}

	private static String known(CorpusStore store) {
		List<String> names = store.getCorpus().getAnnotators().stream().map(a -> a.getName() + " (" + a.getId() + ")").toList();
		return names.isEmpty() ? "no coder" : String.join(", ", names);
	}

	private static String tagName(CorpusStore store, String id) {
		return Tags.byId(store.getCorpus(), id).map(Tag::getName).orElse(id);
	}

	private static String figure(Agreement agreement) {
		return agreement == null ? "" : agreement.isDefined() ? String.format(Locale.ROOT, "%.4f", agreement.value()) : "n/a";
	}

	private void text(CorpusStore store, AgreementResult result, PrintWriter out) {
		out.printf("Agreement of %d coders (%s) over %d documents%n", result.coders().size(),
				String.join(", ", result.coders().stream().map(c -> Coders.displayName(store.getCorpus(), c)).toList()), result.documents().size());
		out.println();
		out.println("Spans: Krippendorff's alpha-u (character offsets)");
		spans(store, "  ", result.spans().corpus(), out);
		out.println();
		out.println("Claims: nominal alpha" + (result.coders().size() == 2 ? ", Cohen's kappa" : ""));
		claims("  ", result.claims(), out);
		if (byDocument) {
			for (String document : result.documents()) {
				out.println();
				out.println("Document " + document);
				spans(store, "  ", result.spans().byDocument().get(document), out);
				claims("  ", result.claimsByDocument().get(document), out);
			}
		}
	}

	private static void spans(CorpusStore store, String indent, UnitizingAgreement agreement, PrintWriter out) {
		out.printf(Locale.ROOT, "%s%-32s %8s  units %d%n", indent, "all tags", figure(agreement.overall()), agreement.overall().units());
		for (Map.Entry<String, Agreement> category : agreement.byCategory().entrySet()) {
			out.printf(Locale.ROOT, "%s%-32s %8s  units %d%n", indent, tagName(store, category.getKey()), figure(category.getValue()),
					category.getValue().units());
		}
	}

	private static void claims(String indent, Map<ClaimField, FieldAgreement> claims, PrintWriter out) {
		for (Map.Entry<ClaimField, FieldAgreement> field : claims.entrySet()) {
			FieldAgreement agreement = field.getValue();
			out.printf(Locale.ROOT, "%s%-12s alpha %8s%s  units %d%n", indent, field.getKey().label(), figure(agreement.alpha()),
					agreement.kappa() == null ? "" : "  kappa " + String.format(Locale.ROOT, "%8s", figure(agreement.kappa())), agreement.alpha().units());
		}
	}

	private void csv(CorpusStore store, AgreementResult result, PrintWriter out) {
		out.print("scope,document,measure,category,value,units,coders\r\n");
		csvSpans(store, "corpus", "", result.spans().corpus(), out);
		csvClaims("corpus", "", result.claims(), out);
		if (byDocument) {
			for (String document : result.documents()) {
				csvSpans(store, "document", document, result.spans().byDocument().get(document), out);
				csvClaims("document", document, result.claimsByDocument().get(document), out);
			}
		}
	}

	private static void csvSpans(CorpusStore store, String scope, String document, UnitizingAgreement agreement, PrintWriter out) {
		row(out, scope, document, "alpha-u", "", agreement.overall());
		agreement.byCategory().forEach((category, value) -> row(out, scope, document, "alpha-u", tagName(store, category), value));
	}

	private static void csvClaims(String scope, String document, Map<ClaimField, FieldAgreement> claims, PrintWriter out) {
		claims.forEach((field, value) -> {
			row(out, scope, document, "alpha", field.label(), value.alpha());
			if (value.kappa() != null) {
				row(out, scope, document, "kappa", field.label(), value.kappa());
			}
		});
	}

	private static void row(PrintWriter out, String scope, String document, String measure, String category, Agreement agreement) {
		out.print(String.join(",", scope, quote(document), measure, quote(category), figure(agreement), String.valueOf(agreement.units()),
				String.valueOf(agreement.coders())) + "\r\n");
	}

	private static String quote(String value) {
		return value.matches("[^\",\r\n]*") ? value : '"' + value.replace("\"", "\"\"") + '"';
	}
}
