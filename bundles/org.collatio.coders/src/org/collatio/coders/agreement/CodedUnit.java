/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.agreement;

import java.util.Map;
import java.util.Objects;

/**
 * One unit of a coding study (e.g. a claim, named by its key) with the nominal value each coder gave
 * it. A coder absent from {@code values} did not code the unit (a missing value). Values are compared
 * as strings with {@link String#equals}: "1000" and "1001", or "Aa" and "BB", are distinct.
 */
public record CodedUnit(String id, Map<String, String> values) {

	public CodedUnit {
		Objects.requireNonNull(id, "id");
		values = Map.copyOf(values); // no null coder, no null value: a missing value is an absent coder
	}
}
