/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.agreement;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Krippendorff's alpha-u on one continuum (a document, or the corpus): over all categories and per
 * category. Categories are those that any coder used on the continuum, sorted by name.
 */
public record UnitizingAgreement(Agreement overall, Map<String, Agreement> byCategory) {

	public UnitizingAgreement {
		byCategory = Collections.unmodifiableMap(new TreeMap<>(byCategory));
	}

	/**
	 * The figure of one category: NaN with no units when no coder used it on this continuum.
	 */
	public Agreement category(String category) {
		Agreement agreement = byCategory.get(category);
		return agreement != null ? agreement : new Agreement(Double.NaN, 0, overall.coders());
	}
}
