/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.agreement.tests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.collatio.coders.agreement.CodedUnit;
import org.collatio.coders.agreement.CodingData;

/** Reliability data matrices written as rows: one row per unit, one value per coder, null when missing. */
final class Codings {

	private Codings() {
	}

	static CodingData of(String[]... rows) {
		int coders = rows[0].length;
		List<String> names = new ArrayList<>();
		for (int i = 0; i < coders; i++) {
			names.add("coder" + i);
		}
		List<CodedUnit> units = new ArrayList<>();
		for (String[] row : rows) {
			Map<String, String> values = new HashMap<>();
			for (int i = 0; i < coders; i++) {
				if (row[i] != null) {
					values.put(names.get(i), row[i]);
				}
			}
			units.add(new CodedUnit("unit" + units.size(), values));
		}
		return new CodingData(names, units);
	}

	/** {@code times} rows of the same values, as in a contingency table. */
	static String[][] repeat(int times, String... row) {
		String[][] rows = new String[times][];
		java.util.Arrays.fill(rows, row);
		return rows;
	}

	static String[][] concat(String[][]... parts) {
		List<String[]> rows = new ArrayList<>();
		for (String[][] part : parts) {
			rows.addAll(List.of(part));
		}
		return rows.toArray(String[][]::new);
	}
}
