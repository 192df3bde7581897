/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.agreement.tests;

import static org.collatio.coders.agreement.tests.Codings.concat;
import static org.collatio.coders.agreement.tests.Codings.repeat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.collatio.coders.agreement.Agreement;
import org.collatio.coders.agreement.CodedUnit;
import org.collatio.coders.agreement.CodingData;
import org.collatio.coders.agreement.NominalAgreement;
import org.junit.jupiter.api.Test;

/** Krippendorff's nominal alpha and Cohen's kappa: textbook examples and figures worked by hand. */
class NominalAgreementTest {

	/**
	 * Krippendorff (2004), Content Analysis, 2nd ed., p. 230: four coders, twelve units, missing
	 * values (B book, L letter, P phone, C computer, F folder). Data as in DKPro Statistics'
	 * {@code coding/Krippendorff2004Test.createExample3()} (tag dkpro-statistics-2.2.1).
	 */
	static CodingData krippendorff2004p230() {
		return Codings.of(new String[][] { { "B", "B", null, "B" }, { "L", "L", "P", "L" }, { "P", "P", "P", "P" }, { "P", "P", "P", "P" },
				{ "L", "L", "L", "L" }, { "B", "L", "P", "C" }, { "C", "C", "C", "C" }, { "B", "B", "L", "B" }, { "L", "L", "L", "L" },
				{ null, "F", "F", "F" }, { null, null, "B", "B" }, { null, null, "P", null } });
	}

	@Test
	void krippendorff2004FourCodersTwelveUnitsWithMissingValuesGiveAlpha0743() {
		Agreement alpha = NominalAgreement.alpha(krippendorff2004p230());
		assertEquals(0.743, alpha.value(), 0.0005);
		assertEquals(11, alpha.units(), "the last unit has one value only: not pairable");
		assertEquals(4, alpha.coders());
	}

	/** Krippendorff (2004), p. 227 (three values) and p. 224 (binary), via DKPro's createExample2/1. */
	@Test
	void krippendorff2004TwoCoderExamplesGiveAlpha0734And0095() {
		CodingData p227 = Codings.of(concat(repeat(1, "a", "a"), repeat(1, "a", "b"), repeat(4, "b", "b"), repeat(1, "b", "c"), repeat(5, "c", "c")));
		assertEquals(0.734, NominalAgreement.alpha(p227).value(), 0.0005);
		CodingData p224 = Codings.of(concat(repeat(1, "1", "0"), repeat(1, "1", "1"), repeat(1, "0", "1"), repeat(2, "0", "0"), repeat(1, "0", "1"),
				repeat(1, "0", "0"), repeat(1, "0", "1"), repeat(2, "0", "0")));
		assertEquals(0.095, NominalAgreement.alpha(p224).value(), 0.0005);
	}

	/** Krippendorff (2004), p. 246: equal percent agreement, different kappas (DKPro's createExample4a/b). */
	@Test
	void krippendorff2004ContingencyTablesGiveKappa0186And0258() {
		CodingData balanced = Codings.of(concat(repeat(12, "a", "a"), repeat(9, "a", "b"), repeat(9, "a", "c"), repeat(9, "b", "a"), repeat(14, "b", "b"),
				repeat(9, "b", "c"), repeat(9, "c", "a"), repeat(9, "c", "b"), repeat(20, "c", "c")));
		CodingData skewed = Codings.of(concat(repeat(12, "a", "a"), repeat(18, "a", "b"), repeat(18, "a", "c"), repeat(14, "b", "b"), repeat(18, "b", "c"),
				repeat(20, "c", "c")));
		assertEquals(0.186, NominalAgreement.cohensKappa(balanced).value(), 0.0005);
		assertEquals(0.258, NominalAgreement.cohensKappa(skewed).value(), 0.0005);
	}

	/**
	 * By hand, 50 units: both yes 30, yes/no 10, no/yes 0, both no 10. Kappa: p_o = 40/50 = 0.8, p_e =
	 * (40*30 + 10*20)/50^2 = 0.56, kappa = 0.24/0.44 = 6/11. Alpha: n = 100 values, o_yy = 60, o_nn = 20,
	 * n_yes = 70, n_no = 30, alpha = 1 - 99 * (100 - 80) / (100^2 - 70^2 - 30^2) = 1 - 1980/4200 = 37/70.
	 */
	@Test
	void aTwoByTwoTableWorkedByHandGivesKappa6Over11AndAlpha37Over70() {
		CodingData data = Codings.of(concat(repeat(30, "yes", "yes"), repeat(10, "yes", "no"), repeat(10, "no", "no")));
		assertFigure(6.0 / 11, 50, 2, NominalAgreement.cohensKappa(data));
		assertFigure(37.0 / 70, 50, 2, NominalAgreement.alpha(data));
	}

	@Test
	void identicalCodingsAgreeFully() {
		CodingData data = Codings.of(concat(repeat(7, "a", "a"), repeat(3, "b", "b"), repeat(2, "c", "c"), repeat(1, "a", null)));
		assertEquals(new Agreement(1.0, 12, 2), NominalAgreement.alpha(data));
		assertEquals(new Agreement(1.0, 12, 2), NominalAgreement.cohensKappa(data));
	}

	@Test
	void kappaCountsOnlyTheUnitsBothCoded() {
		CodingData data = Codings.of(concat(repeat(30, "yes", "yes"), repeat(10, "yes", "no"), repeat(10, "no", "no"), repeat(5, "no", null),
				repeat(5, null, "yes"), repeat(2, null, null)));
		assertFigure(6.0 / 11, 50, 2, NominalAgreement.cohensKappa(data));
	}

	@Test
	void kappaOfAPairAmongMoreCoders() {
		CodingData data = krippendorff2004p230();
		// units coded by coder0 and coder1: 9, of which they agree on 8 (B/L differs once)
		Agreement kappa = NominalAgreement.cohensKappa(data, "coder0", "coder1");
		assertEquals(9, kappa.units());
		assertThrows(IllegalArgumentException.class, () -> NominalAgreement.cohensKappa(data));
		assertThrows(IllegalArgumentException.class, () -> NominalAgreement.cohensKappa(data, "coder0", "coder0"));
		assertThrows(IllegalArgumentException.class, () -> NominalAgreement.cohensKappa(data, "coder0", "nobody"));
	}

	@Test
	void nothingToPairIsUndefined() {
		assertEquals(new Agreement(Double.NaN, 0, 2), NominalAgreement.alpha(Codings.of(concat(repeat(3, "a", null), repeat(2, null, "b")))));
		assertEquals(new Agreement(Double.NaN, 0, 2), NominalAgreement.cohensKappa(Codings.of(concat(repeat(3, "a", null), repeat(2, null, "b")))));
		assertEquals(new Agreement(Double.NaN, 0, 3), NominalAgreement.alpha(new CodingData(List.of("x", "y", "z"), List.of())));
	}

	@Test
	void valuesOfUnknownCodersAndDuplicateUnitsAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> new CodingData(List.of("x", "y"), List.of(new CodedUnit("u", Map.of("x", "a", "w", "b")))));
		assertThrows(IllegalArgumentException.class,
				() -> new CodingData(List.of("x", "y"), List.of(new CodedUnit("u", Map.of("x", "a")), new CodedUnit("u", Map.of("y", "a")))));
	}

	/** Checks a figure against one worked by hand, its value to twelve places. */
	static void assertFigure(double value, int units, int coders, Agreement actual) {
		assertEquals(value, actual.value(), 1e-12, actual.toString());
		assertEquals(units, actual.units(), actual.toString());
		assertEquals(coders, actual.coders(), actual.toString());
	}
}
