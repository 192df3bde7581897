/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.study;

import java.util.List;
import java.util.Map;

import org.collatio.coders.agreement.UnitizingReport;

/**
 * The outcome of an agreement study.
 *
 * @param coders the coders compared (ids)
 * @param documents the ids of the documents read, in corpus order
 * @param spans alpha-u of the spans (character offsets, categories = tag ids), for the corpus and per document
 * @param claims agreement on the claims' coded values over the corpus; a claim's unit is its text
 *            range (from its first span's begin to its last span's end), so coders' claims on the
 *            same range are compared, and a coder without a claim there has a missing value
 * @param claimsByDocument the same per document
 * @param problems annotation files that could not be read (each names the file); their documents
 *            are left out of the figures
 */
public record AgreementResult(List<String> coders, List<String> documents, UnitizingReport spans, Map<ClaimField, FieldAgreement> claims,
		Map<String, Map<ClaimField, FieldAgreement>> claimsByDocument, List<String> problems) {
}
