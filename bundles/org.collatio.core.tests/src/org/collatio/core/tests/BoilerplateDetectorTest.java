/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.collatio.core.imports.BoilerplateDetector;
import org.collatio.core.imports.Region;
import org.collatio.model.RegionKind;
import org.junit.jupiter.api.Test;

/** Web leftovers in texts the seed articles do not cover. */
class BoilerplateDetectorTest {

	private static List<String> marked(String text) {
		return new BoilerplateDetector().detect(text).stream()
				.map(r -> r.kind() + ":" + text.substring(r.begin(), r.end())).toList();
	}

	@Test
	void aHeadlinePrintedTwiceIsMarkedOnceWithCrlfLineEnds() {
		String text = "Talks resume\r\n\r\nTalks resume\r\n\r\nThe talks resumed on Monday.\r\n\r\n5 min read\r\n";
		assertEquals(List.of("BOILERPLATE:Talks resume", "READING_TIME:5 min read"), marked(text));
	}

	@Test
	void aLinkListHeadingInTheFirstHalfIsNotTakenForTheEndOfTheArticle() {
		String text = "Read more\n\nThe minister said the deal was signed. " + "More body text. ".repeat(20) + "\n";
		assertEquals(List.of(), marked(text));
	}

	@Test
	void ordinarySentencesMentioningCommentsOrSourcesStayArticle() {
		String text = "The source said the comments were unfair.\n\nSource: the ministry said so in a statement issued late on Monday night.\nLast line.\n";
		List<Region> regions = new BoilerplateDetector().detect(text);
		assertEquals(List.of(), regions.stream().filter(r -> r.kind() != RegionKind.READING_TIME).toList());
	}
}
