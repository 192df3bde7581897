/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.collatio.coders.agreement.Agreement;
import org.collatio.coders.agreement.UnitizingAgreement;
import org.collatio.coders.study.AgreementResult;
import org.collatio.coders.study.ClaimField;
import org.collatio.coders.study.FieldAgreement;

/** The rows of the Agreement view, made from a study's result (plain values; any thread). */
final class AgreementRows {

	/** One figure: measure ("Spans", "Claims"), category (a tag's name, a claim field), alpha, kappa (or null), units. */
	record Figure(String measure, String category, Agreement alpha, Agreement kappa) {
	}

	/** A scope of the study: the whole corpus (document null) or one document, with its headline figures. */
	record Scope(String document, String label, Agreement spans, Agreement stance) {
	}

	private AgreementRows() {
	}

	static List<Figure> figures(AgreementResult result, String document, Function<String, String> tagName) {
		UnitizingAgreement spans = document == null ? result.spans().corpus() : result.spans().byDocument().get(document);
		Map<ClaimField, FieldAgreement> claims = document == null ? result.claims() : result.claimsByDocument().get(document);
		List<Figure> figures = new ArrayList<>();
		if (spans != null) {
			figures.add(new Figure("Spans (alpha-u)", "all tags", spans.overall(), null));
			spans.byCategory().forEach((tag, agreement) -> figures.add(new Figure("Spans (alpha-u)", tagName.apply(tag), agreement, null)));
		}
		if (claims != null) {
			claims.forEach((field, agreement) -> figures.add(new Figure("Claims (nominal)", field.label(), agreement.alpha(), agreement.kappa())));
		}
		return figures;
	}

	static List<Scope> scopes(AgreementResult result, Function<String, String> documentTitle) {
		List<Scope> scopes = new ArrayList<>();
		scopes.add(new Scope(null, "Whole corpus (" + result.documents().size() + " documents)", result.spans().corpus().overall(),
				result.claims().get(ClaimField.STANCE).alpha()));
		for (String document : result.documents()) {
			scopes.add(new Scope(document, documentTitle.apply(document), result.spans().byDocument().get(document).overall(),
					result.claimsByDocument().get(document).get(ClaimField.STANCE).alpha()));
		}
		return scopes;
	}

	static String value(Agreement agreement) {
		return agreement == null ? "" : agreement.isDefined() ? String.format(Locale.ROOT, "%.3f", agreement.value()) : "n/a";
	}

	/** For sorting: undefined figures last. */
	static double sortValue(Agreement agreement) {
		return agreement == null || !agreement.isDefined() ? Double.NEGATIVE_INFINITY : agreement.value();
	}
}
