/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.agreement.tests;

import static org.collatio.coders.agreement.tests.Codings.concat;
import static org.collatio.coders.agreement.tests.Codings.repeat;
import static org.collatio.coders.agreement.tests.NominalAgreementTest.assertFigure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.collatio.coders.agreement.Agreement;
import org.collatio.coders.agreement.AlphaU;
import org.collatio.coders.agreement.CodingData;
import org.collatio.coders.agreement.Continuum;
import org.collatio.coders.agreement.NominalAgreement;
import org.collatio.coders.agreement.Unit;
import org.collatio.coders.agreement.UnitizingAgreement;
import org.collatio.coders.agreement.UnitizingData;
import org.dkpro.statistics.agreement.InsufficientDataException;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.CachedDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.junit.jupiter.api.Test;

/**
 * Guards against the bugs of DKPro Statistics 2.2.1 (fixed upstream after it, in 2.3.0/2.3.1) ever
 * reaching Collatio's figures: our own computations must get these data right.
 * <ul>
 * <li>dkpro-statistics#50: {@code CachedDistanceFunction} keyed its cache on the categories' hash
 * codes, so distinct labels with equal hash codes ("Aa", "BB") were taken for the same label.</li>
 * <li>dkpro-statistics#52: integer categories overflowed in the interval and ratio distances. Our
 * values are nominal strings: large numbers are labels like any other, never parsed.</li>
 * <li>dkpro-statistics#35: alpha was 0.0 when observed and expected disagreement were both zero
 * (no variation); #58: alpha-u was 1.0 for units of length zero only. Neither is a measurement: we
 * report NaN.</li>
 * </ul>
 */
class DkproBugGuardTest {

	/** Five units, Aa/BB: alpha 1 - 9 * (10 - 6) / (100 - 36 - 16) = 0.25 and kappa (15 - 13) / (25 - 13) = 1/6, by hand. */
	private static final String[][] HASH_TWINS = { { "Aa", "BB" }, { "BB", "Aa" }, { "Aa", "Aa" }, { "BB", "BB" }, { "Aa", "Aa" } };

	@Test
	void labelsWithEqualHashCodesAreDistinctInAlphaAndKappa() {
		assertEquals("Aa".hashCode(), "BB".hashCode(), "the premise: a hash collision");
		CodingData data = Codings.of(HASH_TWINS);
		assertFigure(0.25, 5, 2, NominalAgreement.alpha(data));
		assertFigure(1.0 / 6, 5, 2, NominalAgreement.cohensKappa(data));
	}

	/** The data above does trigger #50 in 2.2.1, so the guard above guards something. */
	@Test
	void dkpro221WithACachedDistanceConfusesAaAndBB() {
		CodingAnnotationStudy study = new CodingAnnotationStudy(2);
		for (String[] row : HASH_TWINS) {
			study.addItem((Object[]) row);
		}
		assertEquals(0.25, new KrippendorffAlphaAgreement(study, new NominalDistanceFunction()).calculateAgreement(), 1e-12);
		assertNotEquals(0.25, new KrippendorffAlphaAgreement(study, new CachedDistanceFunction(new NominalDistanceFunction())).calculateAgreement(), 1e-3);
	}

	@Test
	void unitsOfCategoriesWithEqualHashCodesAreDifferentCategories() {
		List<Continuum> document = List.of(new Continuum("d", 100));
		UnitizingAgreement twins = AlphaU.of(new UnitizingData(Layers.TWO_CODERS, document,
				List.of(new Unit("ana", "d", 10, 30, "Aa"), new Unit("ben", "d", 10, 30, "BB"), new Unit("ana", "d", 50, 60, "BB"), new Unit("ben", "d", 50, 60, "BB"))))
				.corpus();
		UnitizingAgreement plain = AlphaU.of(new UnitizingData(Layers.TWO_CODERS, document,
				List.of(new Unit("ana", "d", 10, 30, "A"), new Unit("ben", "d", 10, 30, "B"), new Unit("ana", "d", 50, 60, "B"), new Unit("ben", "d", 50, 60, "B"))))
				.corpus();

		assertEquals(List.of("Aa", "BB"), List.copyOf(twins.byCategory().keySet()));
		assertEquals(plain.overall(), twins.overall());
		assertEquals(plain.category("A"), twins.category("Aa"));
		assertEquals(plain.category("B"), twins.category("BB"));
		assertTrue(twins.category("Aa").value() < 0, "a unit only one coder marked as Aa");
		assertTrue(twins.category("BB").value() < 1);
	}

	@Test
	void largeNumericLabelsAreNominalLabelsNotNumbers() {
		String[][] numbers = concat(repeat(6, "1000", "1000"), repeat(2, "1000", "1001"), repeat(5, "1001", "1001"), repeat(3, "2147483647", "-2147483648"),
				repeat(4, "2147483647", "2147483647"), repeat(2, "99999999999999999999", "1000"), repeat(1, "1001", "01001"));
		String[][] letters = concat(repeat(6, "a", "a"), repeat(2, "a", "b"), repeat(5, "b", "b"), repeat(3, "c", "d"), repeat(4, "c", "c"), repeat(2, "e", "a"),
				repeat(1, "b", "f"));
		Agreement alpha = NominalAgreement.alpha(Codings.of(numbers));
		Agreement kappa = NominalAgreement.cohensKappa(Codings.of(numbers));

		assertEquals(NominalAgreement.alpha(Codings.of(letters)), alpha);
		assertEquals(NominalAgreement.cohensKappa(Codings.of(letters)), kappa);
		// by hand: 15 of 23 units agree; first coder a 8, b 6, c 7, e 2; second a 8, b 7, c 4, d 3, f 1
		assertFigure((23.0 * 15 - (64 + 42 + 28)) / (23.0 * 23 - (64 + 42 + 28)), 23, 2, kappa);
	}

	@Test
	void unitsOnNumericCategoriesAreKeptApart() {
		List<Continuum> document = List.of(new Continuum("d", 100));
		UnitizingAgreement alpha = AlphaU.of(new UnitizingData(Layers.TWO_CODERS, document,
				List.of(new Unit("ana", "d", 10, 30, "1000"), new Unit("ben", "d", 10, 30, "1001"), new Unit("ana", "d", 40, 50, "1000"), new Unit("ben", "d", 40, 50, "1000"))))
				.corpus();
		assertEquals(List.of("1000", "1001"), List.copyOf(alpha.byCategory().keySet()));
		assertEquals(1, alpha.category("1001").units());
		assertTrue(alpha.category("1001").value() < 0);
	}

	@Test
	void noVariationIsUndefinedNotZeroNorOne() {
		CodingData oneValue = Codings.of(repeat(5, "a", "a"));
		CodingData oneValueAndAnUnpairableOther = Codings.of(concat(repeat(5, "a", "a"), repeat(1, "b", null)));
		assertEquals(new Agreement(Double.NaN, 5, 2), NominalAgreement.alpha(oneValue));
		assertEquals(new Agreement(Double.NaN, 5, 2), NominalAgreement.cohensKappa(oneValue));
		assertEquals(new Agreement(Double.NaN, 5, 2), NominalAgreement.alpha(oneValueAndAnUnpairableOther));

		// what 2.2.1 does with them: an exception, and 0.0 (#35; 2.3.0 reports 1.0)
		CodingAnnotationStudy study = new CodingAnnotationStudy(2);
		study.addMultipleItems(5, "a", "a");
		assertThrows(InsufficientDataException.class, () -> new KrippendorffAlphaAgreement(study, new NominalDistanceFunction()).calculateAgreement());
		study.addItem("b", null);
		assertEquals(0.0, new KrippendorffAlphaAgreement(study, new NominalDistanceFunction()).calculateAgreement());
	}

	@Test
	void emptyUnitsOnlyIsUndefinedNotFullAgreement() {
		UnitizingData empty = new UnitizingData(Layers.TWO_CODERS, List.of(new Continuum("d", 100)),
				List.of(new Unit("ana", "d", 10, 10, "x"), new Unit("ben", "d", 40, 40, "x")));
		assertEquals(new Agreement(Double.NaN, 0, 2), AlphaU.of(empty).corpus().overall());
	}
}
