/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.agreement;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What alpha-u is computed from: the coders, the documents they all read (in corpus order) and
 * every unit each of them identified. A coder without units on a document marked nothing there:
 * that counts, as gaps. Immutable; checked on construction (unknown coder or document, a unit
 * beyond its document's end, a duplicate coder or document).
 */
public record UnitizingData(List<String> coders, List<Continuum> continua, List<Unit> units) {

	public UnitizingData {
		coders = List.copyOf(coders);
		continua = List.copyOf(continua);
		units = List.copyOf(units);
		if (new HashSet<>(coders).size() != coders.size()) {
			throw new IllegalArgumentException("duplicate coder in " + coders);
		}
		Map<String, Integer> lengths = new HashMap<>();
		for (Continuum continuum : continua) {
			if (lengths.put(continuum.document(), continuum.length()) != null) {
				throw new IllegalArgumentException("duplicate document " + continuum.document());
			}
		}
		Set<String> known = Set.copyOf(coders);
		for (Unit unit : units) {
			Integer length = lengths.get(unit.document());
			if (length == null) {
				throw new IllegalArgumentException("unit on an unknown document: " + unit);
			}
			if (unit.end() > length) {
				throw new IllegalArgumentException("unit beyond the end (" + length + ") of its document: " + unit);
			}
			if (!known.contains(unit.coder())) {
				throw new IllegalArgumentException("unit of an unknown coder: " + unit);
			}
		}
	}
}
