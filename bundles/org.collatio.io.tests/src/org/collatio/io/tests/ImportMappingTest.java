/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.collatio.io.foreign.DocumentMatcher;
import org.collatio.io.foreign.ForeignDocument;
import org.collatio.io.foreign.ForeignSpan;
import org.collatio.io.foreign.ForeignSurvey;
import org.collatio.io.foreign.ImportMapping;
import org.collatio.io.foreign.TextRange;
import org.junit.jupiter.api.Test;

/** The hierarchy rule of {@link ImportMapping#path} and the defaults the survey suggests. */
class ImportMappingTest {

	@Test
	void slashesAndArrowsMakePathsButOnlyBetweenNonBlankParts() {
		assertEquals(List.of("Actor", "Person"), ImportMapping.path("Actor/Person", true));
		assertEquals(List.of("Actor", "Person", "Politician"), ImportMapping.path("Actor > Person > Politician", true));
		assertEquals(List.of("A/B", "C"), ImportMapping.path("A/B > C", true), "an arrow wins over a slash");
		assertEquals(List.of("and / or"), ImportMapping.path("and / or", true), "a spaced slash is prose");
		assertEquals(List.of("1/"), ImportMapping.path("1/", true));
		assertEquals(List.of("/root"), ImportMapping.path("/root", true));
		assertEquals(List.of("Actor/Person"), ImportMapping.path("Actor/Person", false), "flat");
	}

	private static ForeignSpan span(String layer, Map<String, String> features) {
		return new ForeignSpan("1", layer, List.of(new TextRange(0, 1)), features, null, null);
	}

	@Test
	void defaultsTakeValueOrLabelOrAnOnlyFeatureThatLabelsEverySpan() throws Exception {
		ForeignSurvey survey = new ForeignSurvey(DocumentMatcher.none());
		survey.document(new ForeignDocument("d", "text", Map.of(), List.of(
				span("x.Entity", Map.of("value", "PER", "identifier", "Q1")),
				span("x.Labelled", Map.of("label", "a")),
				span("x.Stance", Map.of("Stance", "asserts")), span("x.Stance", Map.of("Stance", "denies")),
				span("Negatable", Map.of("Negated", "true")), span("Negatable", Map.of("Negated", "true")),
				span("Sometimes", Map.of("Kind", "a")), span("Sometimes", Map.of()),
				span("de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token", Map.of())), List.of(), List.of()));
		ImportMapping mapping = ImportMapping.defaults(survey, "Imported");
		assertEquals("value", mapping.layer("x.Entity").tagFeature());
		assertEquals("Entity", mapping.layer("x.Entity").tagSet());
		assertEquals("label", mapping.layer("x.Labelled").tagFeature());
		assertEquals("Stance", mapping.layer("x.Stance").tagFeature());
		assertEquals(null, mapping.layer("Negatable").tagFeature(), "a flag is no label: the type names the tag");
		assertEquals("Imported", mapping.layer("Negatable").tagSet());
		assertEquals(null, mapping.layer("Sometimes").tagFeature(), "not every span has it");
		assertTrue(!mapping.layer("de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token").imported());
		ImportMapping only = mapping.only(Map.of("Stance", ""));
		assertEquals(null, only.layer("x.Stance").tagFeature(), "TYPE= : the type's name");
		assertTrue(only.layer("x.Stance").imported() && !only.layer("x.Entity").imported());
		IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> mapping.only(Map.of("Nope", "")));
		assertTrue(unknown.getMessage().contains("Nope") && unknown.getMessage().contains("x.Entity"), unknown.getMessage());
	}
}
