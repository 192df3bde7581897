/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.agreement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.collatio.coders.agreement.Agreement;
import org.collatio.coders.agreement.AlphaU;
import org.collatio.coders.agreement.Continuum;
import org.collatio.coders.agreement.Unit;
import org.collatio.coders.agreement.UnitizingAgreement;
import org.collatio.coders.agreement.UnitizingData;
import org.collatio.coders.agreement.UnitizingReport;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

/** Krippendorff's alpha-u: the textbook example, layers known by construction, the corpus continuum. */
class AlphaUTest {

	/**
	 * Krippendorff (2004), Content Analysis, 2nd ed., p. 254: two observers, categories c and k, on
	 * the continuum [150, 450). The data is DKPro Statistics' own copy of the example
	 * ({@code dkpro-statistics-agreement/src/test/java/org/dkpro/statistics/agreement/unitizing/Krippendorff2004Test.java},
	 * {@code createExample()}, tag dkpro-statistics-2.2.1), shifted here to start at 0.
	 */
	static UnitizingData krippendorff2004() {
		List<Unit> units = new ArrayList<>();
		// observer, offset, length, category as in createExample()
		Object[][] example = { { 0, 225, 70, "c" }, { 0, 370, 30, "c" }, { 1, 220, 80, "c" }, { 1, 355, 20, "c" }, { 1, 400, 20, "c" },
				{ 0, 180, 60, "k" }, { 0, 300, 50, "k" }, { 1, 180, 60, "k" }, { 1, 300, 50, "k" } };
		for (Object[] unit : example) {
			int begin = (Integer) unit[1] - 150;
			units.add(new Unit("observer" + unit[0], "p254", begin, begin + (Integer) unit[2], (String) unit[3]));
		}
		return new UnitizingData(List.of("observer0", "observer1"), List.of(new Continuum("p254", 300)), units);
	}

	@Test
	void krippendorff2004UnitizingExampleGivesAlphaU08591AndPerCategory07286And1() {
		UnitizingAgreement alpha = AlphaU.of(krippendorff2004()).corpus();
		// The book's 0.8591 is 1 - 0.0144 / (0.0532 + 0.0490), from disagreements rounded to four
		// places; unrounded it is 0.85867 (DKPro agrees): within the book's last digit.
		assertEquals(0.8591, alpha.overall().value(), 0.0005);
		assertEquals(0.7286, alpha.category("c").value(), 0.0001);
		assertEquals(1.0, alpha.category("k").value(), 0.0001);
		assertEquals(new Agreement(alpha.overall().value(), 9, 2), alpha.overall());
		assertEquals(5, alpha.category("c").units());
		assertEquals(4, alpha.category("k").units());
	}

	@Test
	void identicalLayersAgreeFullyOverTheCorpusPerDocumentAndPerCategory() {
		Random random = new Random(7);
		List<Continuum> documents = Layers.documents(random, 20);
		List<Unit> spans = Layers.spans(random, documents, 4);
		UnitizingReport report = AlphaU.of(Layers.study(documents, spans, Layers.copies(spans)));

		assertEquals(new Agreement(1.0, 2 * spans.size(), 2), report.corpus().overall());
		assertEquals(4, report.corpus().byCategory().size());
		report.corpus().byCategory().values().forEach(a -> assertEquals(1.0, a.value()));
		assertEquals(20, report.byDocument().size());
		report.byDocument().values().forEach(d -> {
			assertEquals(1.0, d.overall().value());
			d.byCategory().values().forEach(a -> assertEquals(1.0, a.value()));
		});
	}

	@Test
	void disjointSpansGiveAlphaUAtMostZero() {
		Random random = new Random(11);
		List<Continuum> documents = Layers.documents(random, 20);
		List<Unit> spans = Layers.spans(random, documents, 4);
		UnitizingReport report = AlphaU.of(Layers.study(documents, spans, Layers.inGapsOf(spans, documents)));

		assertTrue(report.corpus().overall().value() <= 0, report.corpus().overall().toString());
		report.corpus().byCategory().values().forEach(a -> assertTrue(a.value() <= 0, a.toString()));
		report.byDocument().values().forEach(d -> assertTrue(d.overall().value() <= 0, d.overall().toString()));
	}

	@Test
	void theCorpusIsItsDocumentsLaidEndToEnd() {
		Random random = new Random(3);
		List<Continuum> documents = Layers.documents(random, 5);
		List<Unit> first = Layers.spans(random, documents, 3);
		List<Unit> second = new ArrayList<>();
		for (Unit unit : first) { // some kept, some shifted, some dropped
			switch (random.nextInt(3)) {
			case 0 -> second.add(new Unit("ben", unit.document(), unit.begin(), unit.end(), unit.category()));
			case 1 -> second.add(new Unit("ben", unit.document(), Math.max(0, unit.begin() - 3), unit.end() - 1, unit.category()));
			default -> {
			}
			}
		}
		UnitizingData data = Layers.study(documents, first, second);
		UnitizingReport report = AlphaU.of(data);

		List<Unit> laidOut = new ArrayList<>();
		int offset = 0;
		for (Continuum document : documents) {
			for (Unit unit : data.units()) {
				if (unit.document().equals(document.document())) {
					laidOut.add(new Unit(unit.coder(), "all", unit.begin() + offset, unit.end() + offset, unit.category()));
				}
			}
			offset += document.length();
		}
		UnitizingAgreement oneContinuum = AlphaU.of(new UnitizingData(Layers.TWO_CODERS, List.of(new Continuum("all", offset)), laidOut)).byDocument().get("all");

		assertEquals(oneContinuum.overall().value(), report.corpus().overall().value(), 1e-12);
		assertEquals(oneContinuum.overall().units(), report.corpus().overall().units());
		for (String category : oneContinuum.byCategory().keySet()) {
			assertEquals(oneContinuum.category(category).value(), report.corpus().category(category).value(), 1e-12);
		}
		assertTrue(report.corpus().overall().value() > 0 && report.corpus().overall().value() < 1);
	}

	@Test
	void aDocumentFiguresOnlyItsOwnUnits() {
		UnitizingData data = new UnitizingData(Layers.TWO_CODERS, List.of(new Continuum("a", 100), new Continuum("b", 100), new Continuum("empty", 50)),
				List.of(new Unit("ana", "a", 10, 20, "x"), new Unit("ben", "a", 10, 20, "x"), new Unit("ana", "b", 10, 20, "y"), new Unit("ben", "b", 60, 70, "y")));
		UnitizingReport report = AlphaU.of(data);

		assertEquals(List.of("a", "b", "empty"), List.copyOf(report.byDocument().keySet()));
		assertEquals(new Agreement(1.0, 2, 2), report.byDocument().get("a").overall());
		assertEquals(List.of("x"), List.copyOf(report.byDocument().get("a").byCategory().keySet()));
		assertTrue(report.byDocument().get("b").overall().value() < 0);
		assertEquals(new Agreement(Double.NaN, 0, 2), report.byDocument().get("empty").overall());
		assertEquals(new Agreement(Double.NaN, 0, 2), report.byDocument().get("a").category("y"));
		assertEquals(List.of("x", "y"), List.copyOf(report.corpus().byCategory().keySet()));
	}

	@Test
	void aCodersOverlappingUnitsOfOneCategoryCountAsTheirUnionAndEmptyUnitsAsNothing() {
		List<Continuum> document = List.of(new Continuum("d", 200));
		UnitizingData split = new UnitizingData(Layers.TWO_CODERS, document, List.of(new Unit("ana", "d", 10, 40, "x"), new Unit("ana", "d", 30, 60, "x"),
				new Unit("ana", "d", 25, 35, "x"), new Unit("ana", "d", 90, 90, "x"), new Unit("ben", "d", 12, 58, "x"), new Unit("ben", "d", 100, 120, "x")));
		UnitizingData merged = new UnitizingData(Layers.TWO_CODERS, document,
				List.of(new Unit("ana", "d", 10, 60, "x"), new Unit("ben", "d", 12, 58, "x"), new Unit("ben", "d", 100, 120, "x")));

		assertEquals(AlphaU.of(merged).corpus(), AlphaU.of(split).corpus());
		assertEquals(3, AlphaU.of(split).corpus().overall().units());
	}

	@Test
	void touchingUnitsStayTwoUnits() {
		List<Continuum> document = List.of(new Continuum("d", 200));
		UnitizingData touching = new UnitizingData(Layers.TWO_CODERS, document,
				List.of(new Unit("ana", "d", 10, 30, "x"), new Unit("ana", "d", 30, 50, "x"), new Unit("ben", "d", 10, 50, "x")));
		UnitizingData joined = new UnitizingData(Layers.TWO_CODERS, document, List.of(new Unit("ana", "d", 10, 50, "x"), new Unit("ben", "d", 10, 50, "x")));

		assertEquals(3, AlphaU.of(touching).corpus().overall().units());
		assertTrue(AlphaU.of(touching).corpus().overall().value() < AlphaU.of(joined).corpus().overall().value());
	}

	@Test
	void undefinedFiguresAreNaNWithTheirCounts() {
		List<Continuum> document = List.of(new Continuum("d", 100));
		Unit unit = new Unit("ana", "d", 10, 20, "x");
		assertEquals(new Agreement(Double.NaN, 1, 1), AlphaU.of(new UnitizingData(List.of("ana"), document, List.of(unit))).corpus().overall(), "one coder");
		assertEquals(new Agreement(Double.NaN, 0, 2), AlphaU.of(new UnitizingData(Layers.TWO_CODERS, document, List.of())).corpus().overall(), "no units");
		assertFalse(AlphaU.of(new UnitizingData(Layers.TWO_CODERS, List.of(), List.of())).corpus().overall().isDefined(), "no documents");
	}

	@Test
	void unitsOutsideTheirDocumentOrOfUnknownCodersAreRefused() {
		List<Continuum> document = List.of(new Continuum("d", 100));
		assertThrows(IllegalArgumentException.class, () -> new UnitizingData(Layers.TWO_CODERS, document, List.of(new Unit("ana", "d", 90, 101, "x"))));
		assertThrows(IllegalArgumentException.class, () -> new UnitizingData(Layers.TWO_CODERS, document, List.of(new Unit("cy", "d", 0, 1, "x"))));
		assertThrows(IllegalArgumentException.class, () -> new UnitizingData(Layers.TWO_CODERS, document, List.of(new Unit("ana", "e", 0, 1, "x"))));
		assertThrows(IllegalArgumentException.class, () -> new Unit("ana", "d", 5, 4, "x"));
	}

	@Test
	void aCancelledMonitorStopsTheComputation() {
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> AlphaU.of(krippendorff2004(), monitor));
	}
}
