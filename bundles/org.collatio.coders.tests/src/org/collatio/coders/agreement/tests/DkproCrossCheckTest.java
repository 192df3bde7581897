/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.agreement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.collatio.coders.agreement.AlphaU;
import org.collatio.coders.agreement.CodedUnit;
import org.collatio.coders.agreement.CodingData;
import org.collatio.coders.agreement.Continuum;
import org.collatio.coders.agreement.NominalAgreement;
import org.collatio.coders.agreement.Unit;
import org.collatio.coders.agreement.UnitizingAgreement;
import org.collatio.coders.agreement.UnitizingData;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.junit.jupiter.api.Test;

/**
 * Our figures against DKPro Statistics 2.2.1 on random data where its known bugs cannot show (see
 * {@link DkproBugGuardTest}): distinct labels with distinct hash codes, no cached distance, some
 * variation, a coder's units of one category disjoint (as DKPro requires).
 */
class DkproCrossCheckTest {

	@Test
	void alphaUOverallAndPerCategoryAsDkproComputesIt() {
		Random random = new Random(2026);
		for (int trial = 0; trial < 300; trial++) {
			int coders = 2 + random.nextInt(3);
			int length = 50 + random.nextInt(500);
			int categories = 1 + random.nextInt(4);
			List<String> names = new ArrayList<>();
			UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(coders, 0, length);
			List<Unit> units = new ArrayList<>();
			for (int coder = 0; coder < coders; coder++) {
				names.add("coder" + coder);
				for (int category = 0; category < categories; category++) {
					int position = random.nextInt(30);
					while (true) {
						int unitLength = 1 + random.nextInt(60);
						if (position + unitLength > length) {
							break;
						}
						if (random.nextInt(3) > 0) {
							units.add(new Unit("coder" + coder, "d", position, position + unitLength, "c" + category));
							study.addUnit(position, unitLength, coder, "c" + category);
						}
						position += unitLength + (random.nextBoolean() ? 0 : random.nextInt(50));
					}
				}
			}
			UnitizingAgreement ours = AlphaU.of(new UnitizingData(names, List.of(new Continuum("d", length)), units)).corpus();
			KrippendorffAlphaUnitizingAgreement dkpro = new KrippendorffAlphaUnitizingAgreement(study);
			String what = "trial " + trial + ": " + units;
			assertEquals(dkpro.calculateAgreement(), ours.overall().value(), 1e-9, what);
			for (String category : ours.byCategory().keySet()) {
				assertEquals(dkpro.calculateCategoryAgreement(category), ours.category(category).value(), 1e-9, what + " " + category);
			}
			assertEquals(units.size(), ours.overall().units());
		}
	}

	@Test
	void nominalAlphaWithMissingValuesAndKappaAsDkproComputesThem() {
		Random random = new Random(1960);
		for (int trial = 0; trial < 300; trial++) {
			int coders = 2 + random.nextInt(4);
			int values = 2 + random.nextInt(5);
			boolean missing = random.nextBoolean();
			List<String> names = new ArrayList<>();
			for (int coder = 0; coder < coders; coder++) {
				names.add("coder" + coder);
			}
			CodingAnnotationStudy study = new CodingAnnotationStudy(coders);
			List<CodedUnit> units = new ArrayList<>();
			int count = 5 + random.nextInt(100);
			for (int unit = 0; unit < count; unit++) {
				Object[] row = new Object[coders];
				Map<String, String> coded = new HashMap<>();
				String likely = "v" + random.nextInt(values);
				for (int coder = 0; coder < coders; coder++) {
					if (missing && random.nextInt(4) == 0) {
						continue;
					}
					row[coder] = random.nextInt(3) > 0 ? likely : "v" + random.nextInt(values);
					coded.put("coder" + coder, (String) row[coder]);
				}
				study.addItemAsArray(row);
				units.add(new CodedUnit("u" + unit, coded));
			}
			CodingData data = new CodingData(names, units);
			double alpha = NominalAgreement.alpha(data).value();
			if (Double.isNaN(alpha)) {
				continue; // no variation: DKPro 2.2.1 says 0.0 or throws (see the guards)
			}
			assertEquals(new KrippendorffAlphaAgreement(study, new NominalDistanceFunction()).calculateAgreement(), alpha, 1e-9, "trial " + trial);
			if (coders == 2 && !missing && new TreeSet<>(units.stream().flatMap(u -> u.values().values().stream()).toList()).size() > 1) {
				double kappa = NominalAgreement.cohensKappa(data).value();
				assertTrue(!Double.isNaN(kappa));
				assertEquals(new CohenKappaAgreement(study).calculateAgreement(), kappa, 1e-9, "trial " + trial);
			}
		}
	}
}
