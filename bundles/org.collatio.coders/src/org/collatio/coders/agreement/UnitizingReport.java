/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.agreement;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Alpha-u of a corpus: over the whole corpus (its documents laid end to end as one continuum, in
 * the order of {@link UnitizingData#continua()}) and per document (in that order).
 */
public record UnitizingReport(UnitizingAgreement corpus, Map<String, UnitizingAgreement> byDocument) {

	public UnitizingReport {
		byDocument = Collections.unmodifiableMap(new LinkedHashMap<>(byDocument));
	}
}
