/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.agreement;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A reliability data matrix: the coders and the units they coded, each unit with the value of each
 * coder or missing. Immutable; checked on construction (a duplicate coder or unit id, a value of an
 * unknown coder).
 */
public record CodingData(List<String> coders, List<CodedUnit> units) {

	public CodingData {
		coders = List.copyOf(coders);
		units = List.copyOf(units);
		if (new HashSet<>(coders).size() != coders.size()) {
			throw new IllegalArgumentException("duplicate coder in " + coders);
		}
		Set<String> known = Set.copyOf(coders);
		Set<String> ids = new HashSet<>();
		for (CodedUnit unit : units) {
			if (!ids.add(unit.id())) {
				throw new IllegalArgumentException("duplicate unit " + unit.id());
			}
			if (!known.containsAll(unit.values().keySet())) {
				throw new IllegalArgumentException("unit " + unit.id() + " coded by an unknown coder: " + unit.values().keySet());
			}
		}
	}
}
