/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Krippendorff's alpha-u, the agreement of coders who each identify units (spans with a category)
 * on the same continua: per document, and over the corpus as one continuum with its documents laid
 * end to end; each over all categories and per category.
 * <p>
 * Definition: Krippendorff, K.: On the reliability of unitizing contiguous data. Sociological
 * Methodology 25:47-76, 1995; Content Analysis, 2nd ed., Sage 2004 (see
 * {@code Disagreement} for the formulas). Per category, a coder's continuum is its units of that
 * category and the gaps between them; over all categories, alpha-u is
 * {@code 1 - sum_c observed_c / sum_c expected_c}.
 * <p>
 * Normalisation, as the definition requires: a coder's overlapping units of one category are merged
 * into their union; empty units are ignored (they have no length, hence no weight). Undefined figures
 * are NaN (see {@link Agreement}): fewer than two coders, an empty continuum, no units, or an expected
 * disagreement of zero.
 * <p>
 * Pure functions of immutable input: they run on any thread. Cost: O(m^2 n + n log n) for n units of
 * m coders (a sweep per pair of coders and category, not a comparison of every pair of units).
 */
public final class AlphaU {

	private AlphaU() {
	}

	/** Alpha-u of the data, computed on the caller's thread. */
	public static UnitizingReport of(UnitizingData data) {
		return of(data, null);
	}

	/**
	 * Alpha-u of the data, with progress per document. Throws {@link OperationCanceledException}
	 * when the monitor is cancelled.
	 */
	public static UnitizingReport of(UnitizingData data, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Computing alpha-u", data.continua().size() + 1);
		int coders = data.coders().size();
		Map<String, Map<String, Layer.Units[]>> units = byDocumentAndCategory(data);
		Map<String, UnitizingAgreement> byDocument = new LinkedHashMap<>();
		Map<String, List<Layer>> corpusLayers = new TreeMap<>();
		Map<String, List<Long>> corpusOffsets = new HashMap<>();
		long offset = 0;
		for (Continuum continuum : data.continua()) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			Map<String, Layer> layers = new TreeMap<>();
			units.getOrDefault(continuum.document(), Map.of()).forEach((category, byCoder) -> layers.put(category, Layer.ofDocument(continuum.length(), byCoder)));
			byDocument.put(continuum.document(), agreement(layers, coders));
			for (Map.Entry<String, Layer> layer : layers.entrySet()) {
				corpusLayers.computeIfAbsent(layer.getKey(), c -> new ArrayList<>()).add(layer.getValue());
				corpusOffsets.computeIfAbsent(layer.getKey(), c -> new ArrayList<>()).add(offset);
			}
			offset += continuum.length();
			progress.worked(1);
		}
		Map<String, Layer> corpus = new TreeMap<>();
		for (Map.Entry<String, List<Layer>> layers : corpusLayers.entrySet()) {
			corpus.put(layers.getKey(), Layer.concatenate(layers.getValue(), corpusOffsets.get(layers.getKey()), offset, coders));
		}
		UnitizingAgreement whole = agreement(corpus, coders);
		progress.done();
		return new UnitizingReport(whole, byDocument);
	}

	private static Map<String, Map<String, Layer.Units[]>> byDocumentAndCategory(UnitizingData data) {
		Map<String, Integer> coderIndex = new HashMap<>();
		data.coders().forEach(coder -> coderIndex.put(coder, coderIndex.size()));
		Map<String, Map<String, Layer.Units[]>> units = new HashMap<>();
		for (Unit unit : data.units()) {
			Layer.Units[] byCoder = units.computeIfAbsent(unit.document(), d -> new HashMap<>())
					.computeIfAbsent(unit.category(), c -> new Layer.Units[coderIndex.size()]);
			int coder = coderIndex.get(unit.coder());
			if (byCoder[coder] == null) {
				byCoder[coder] = new Layer.Units();
			}
			byCoder[coder].add(unit.begin(), unit.end());
		}
		return units;
	}

	/** Alpha-u on one continuum from the layers of its categories. */
	private static UnitizingAgreement agreement(Map<String, Layer> layers, int coders) {
		Map<String, Agreement> byCategory = new TreeMap<>();
		double observed = 0;
		double expected = 0;
		int units = 0;
		for (Map.Entry<String, Layer> entry : layers.entrySet()) {
			Layer layer = entry.getValue();
			int categoryUnits = layer.units();
			units += categoryUnits;
			if (coders < 2 || layer.length == 0 || categoryUnits == 0) {
				byCategory.put(entry.getKey(), new Agreement(Double.NaN, categoryUnits, coders));
				continue;
			}
			Disagreement d = Disagreement.of(layer);
			byCategory.put(entry.getKey(), new Agreement(alpha(d.observed(), d.expected()), categoryUnits, coders));
			observed += d.observed();
			expected += d.expected();
		}
		return new UnitizingAgreement(new Agreement(alpha(observed, expected), units, coders), byCategory);
	}

	private static double alpha(double observed, double expected) {
		return expected > 0 ? 1 - observed / expected : Double.NaN;
	}
}
