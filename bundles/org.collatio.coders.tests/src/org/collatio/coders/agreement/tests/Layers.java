/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.agreement.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.collatio.coders.agreement.Continuum;
import org.collatio.coders.agreement.Unit;
import org.collatio.coders.agreement.UnitizingData;

/** Generated coders' layers whose agreement is known by construction. */
final class Layers {

	static final List<String> TWO_CODERS = List.of("ana", "ben");

	private Layers() {
	}

	/** Documents of 2,000 to 6,000 characters, named d0, d1, ... */
	static List<Continuum> documents(Random random, int count) {
		List<Continuum> documents = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			documents.add(new Continuum("d" + i, 2_000 + random.nextInt(4_001)));
		}
		return documents;
	}

	/**
	 * Spans of the first coder: on each document, disjoint spans of 5 to 80 characters with gaps of 0
	 * to 100 characters between them, each of one of {@code categories} categories.
	 */
	static List<Unit> spans(Random random, List<Continuum> documents, int categories) {
		List<Unit> units = new ArrayList<>();
		for (Continuum document : documents) {
			int position = random.nextInt(100);
			while (true) {
				int length = 5 + random.nextInt(76);
				if (position + length > document.length()) {
					break;
				}
				units.add(new Unit(TWO_CODERS.get(0), document.document(), position, position + length, "tag" + random.nextInt(categories)));
				position += length + random.nextInt(101);
			}
		}
		return units;
	}

	/** The same spans, as the second coder's. */
	static List<Unit> copies(List<Unit> units) {
		return units.stream().map(u -> new Unit(TWO_CODERS.get(1), u.document(), u.begin(), u.end(), u.category())).toList();
	}

	/**
	 * Spans of the second coder that overlap none of the first coder's: the gap after each of them
	 * (or, where there is no gap, nothing), in the same category.
	 */
	static List<Unit> inGapsOf(List<Unit> units, List<Continuum> documents) {
		List<Unit> others = new ArrayList<>();
		for (int i = 0; i < units.size(); i++) {
			Unit unit = units.get(i);
			boolean last = i + 1 == units.size() || !units.get(i + 1).document().equals(unit.document());
			int end = last ? documents.stream().filter(d -> d.document().equals(unit.document())).findFirst().orElseThrow().length() : units.get(i + 1).begin();
			if (end > unit.end()) {
				others.add(new Unit(TWO_CODERS.get(1), unit.document(), unit.end(), end, unit.category()));
			}
		}
		return others;
	}

	static UnitizingData study(List<Continuum> documents, List<Unit> first, List<Unit> second) {
		List<Unit> units = new ArrayList<>(first);
		units.addAll(second);
		return new UnitizingData(TWO_CODERS, documents, units);
	}
}
