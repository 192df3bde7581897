/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.study;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.collatio.coders.agreement.AlphaU;
import org.collatio.coders.agreement.CodedUnit;
import org.collatio.coders.agreement.CodingData;
import org.collatio.coders.agreement.Continuum;
import org.collatio.coders.agreement.NominalAgreement;
import org.collatio.coders.agreement.Unit;
import org.collatio.coders.agreement.UnitizingData;
import org.collatio.coders.agreement.UnitizingReport;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.LayerReader;
import org.collatio.model.Claim;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Measures how well coders agree: reads each compared coder's layer of each document from its file
 * (any thread: {@link AgreementInput} holds no live model object), then computes alpha-u of the
 * spans (each tag of a span is a unit of that tag's category) and nominal alpha and Cohen's kappa
 * of the claims' speaker, stance, proposition and kind.
 */
public final class AgreementStudy {

	private AgreementStudy() {
	}

	public static AgreementResult run(AgreementInput input, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Measuring agreement", input.documents().size() + 10);
		List<Unit> units = new ArrayList<>();
		List<Continuum> read = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		// claim unit id -> coder -> claim values, per document
		Map<String, Map<String, Map<String, Claim>>> claimsByDocument = new LinkedHashMap<>();
		try (LayerReader reader = input.reader()) {
			for (Continuum document : input.documents()) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				progress.subTask(document.document());
				Map<String, Map<String, Claim>> claims = new LinkedHashMap<>();
				List<Unit> documentUnits = new ArrayList<>();
				try {
					for (String coder : input.coders()) {
						DocumentContent content = reader.read(document.document(), coder).orElse(null);
						if (content != null) {
							collect(coder, document.document(), content, input.tag(), documentUnits, claims);
						}
					}
					units.addAll(documentUnits);
					read.add(document);
					claimsByDocument.put(document.document(), claims);
				} catch (CorpusException e) {
					problems.add(e.getMessage());
				}
				progress.worked(1);
			}
		}
		UnitizingReport spans = AlphaU.of(new UnitizingData(input.coders(), read, units), progress.split(5));
		Map<String, Map<ClaimField, FieldAgreement>> perDocument = new LinkedHashMap<>();
		Map<String, Map<String, Claim>> all = new HashMap<>();
		for (Map.Entry<String, Map<String, Map<String, Claim>>> document : claimsByDocument.entrySet()) {
			perDocument.put(document.getKey(), measure(input.coders(), document.getValue()));
			document.getValue().forEach((unit, byCoder) -> all.put(document.getKey() + '#' + unit, byCoder));
		}
		Map<ClaimField, FieldAgreement> claims = measure(input.coders(), all);
		progress.done();
		return new AgreementResult(input.coders(), read.stream().map(Continuum::document).toList(), spans, claims, perDocument, List.copyOf(problems));
	}

	private static void collect(String coder, String document, DocumentContent content, String tag, List<Unit> units,
			Map<String, Map<String, Claim>> claims) {
		for (SpanAnnotation span : content.getSpans()) {
			if (span.getEnd() <= span.getBegin()) {
				continue;
			}
			span.getTags().stream().map(LayerReader::idOf).filter(id -> id != null && (tag == null || tag.equals(id))).distinct()
					.forEach(id -> units.add(new Unit(coder, document, span.getBegin(), span.getEnd(), id)));
		}
		for (Claim claim : content.getClaims()) {
			int begin = claim.getSpans().stream().mapToInt(SpanAnnotation::getBegin).min().orElse(-1);
			int end = claim.getSpans().stream().mapToInt(SpanAnnotation::getEnd).max().orElse(-1);
			if (begin >= 0) {
				// two claims of one coder on one range: the first counts (a unit has one value per coder)
				claims.computeIfAbsent(begin + "-" + end, k -> new HashMap<>()).putIfAbsent(coder, claim);
			}
		}
	}

	private static Map<ClaimField, FieldAgreement> measure(List<String> coders, Map<String, Map<String, Claim>> claims) {
		Map<ClaimField, FieldAgreement> result = new EnumMap<>(ClaimField.class);
		for (ClaimField field : ClaimField.values()) {
			List<CodedUnit> units = new ArrayList<>();
			claims.forEach((id, byCoder) -> {
				Map<String, String> values = new HashMap<>();
				byCoder.forEach((coder, claim) -> values.put(coder, field.valueOf(claim)));
				units.add(new CodedUnit(id, values));
			});
			CodingData data = new CodingData(coders, units);
			result.put(field, new FieldAgreement(NominalAgreement.alpha(data), coders.size() == 2 ? NominalAgreement.cohensKappa(data) : null));
		}
		return result;
	}
}
