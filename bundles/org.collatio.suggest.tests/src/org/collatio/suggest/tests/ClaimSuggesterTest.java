/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.suggest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.collatio.suggest.ClaimSuggester;
import org.collatio.suggest.KnownSpeaker;
import org.collatio.suggest.Suggestion;
import org.collatio.suggest.SuggestionKind;
import org.junit.jupiter.api.Test;

/** The rules of suggested claims on small texts written for each form of reported speech. */
class ClaimSuggesterTest {

	private final ClaimSuggester suggester = new ClaimSuggester();

	private List<Suggestion> suggest(String text, KnownSpeaker... known) {
		return suggester.suggest(text, List.of(known));
	}

	private static Suggestion only(List<Suggestion> all) {
		assertEquals(1, all.size(), () -> "one suggestion expected: " + all);
		return all.get(0);
	}

	@Test
	void quotationWithAttributionAfterIsADirectQuoteOfTheNamedSpeaker() {
		String text = "\"The budget will not add a penny to taxes,\" Mr Brown said on Wednesday.";
		Suggestion s = only(suggest(text));
		assertEquals(SuggestionKind.DIRECT_QUOTE, s.kind());
		assertEquals("The budget will not add a penny to taxes", s.text());
		assertEquals(text.indexOf("The budget"), s.begin());
		assertEquals("Mr Brown", s.speaker());
		assertEquals("Mr Brown", text.substring(s.mentionBegin(), s.mentionEnd()));
		assertEquals("on Wednesday", s.when());
	}

	@Test
	void quotationWithAttributionBeforeAndAColon() {
		String text = "The minister told reporters: “We will never accept a deal that divides the country.”";
		Suggestion s = only(suggest(text));
		assertEquals(SuggestionKind.DIRECT_QUOTE, s.kind());
		assertEquals("We will never accept a deal that divides the country.", s.text());
		assertEquals("The minister", s.speaker());
	}

	@Test
	void relayNamesTheSpeakerAndTheAgency() {
		String text = "\"Our task now is to support the government in order to ensure peace,\"\n Tass quoted Ivanov as saying.";
		Suggestion s = only(suggest(text));
		assertEquals("Ivanov", s.speaker());
		assertEquals("Tass", s.via());
		assertEquals(SuggestionKind.DIRECT_QUOTE, s.kind());
	}

	@Test
	void indirectSpeechWithThatAndATrailingAgency() {
		String text = "Smith said on Tuesday that there were serious problems in the talks, local news agencies reported.";
		Suggestion s = only(suggest(text));
		assertEquals(SuggestionKind.REPORTED_SPEECH, s.kind());
		assertEquals("there were serious problems in the talks", s.text());
		assertEquals("Smith", s.speaker());
		assertEquals("local news agencies", s.via());
		assertEquals("on Tuesday", s.when());
	}

	@Test
	void accordingToAtTheStartNamesTheSource() {
		String text = "According to the finance ministry, the deficit will fall below three percent next year.";
		Suggestion s = only(suggest(text));
		assertEquals("the finance ministry", s.speaker());
		assertEquals("the deficit will fall below three percent next year", s.text());
	}

	@Test
	void accusationKeepsTheAccusedAndTheCharge() {
		String text = "Jones accused the government of hiding the true cost of the scheme.";
		Suggestion s = only(suggest(text));
		assertEquals("Jones", s.speaker());
		assertTrue(s.text().startsWith("the government of hiding"), s.text());
	}

	@Test
	void pronounIsResolvedToTheNearestEarlierSpeakerAndTheMentionIsThePronoun() {
		String text = "Mrs Patel said the plan was unworkable.\n\nShe said the unions would oppose it in every court.";
		List<Suggestion> all = suggest(text);
		assertEquals(2, all.size(), all::toString);
		Suggestion second = all.get(1);
		assertEquals("Mrs Patel", second.speaker());
		assertEquals("She", text.substring(second.mentionBegin(), second.mentionEnd()));
	}

	@Test
	void speakerIsMatchedToAKnownEntityByFamilyName() {
		KnownSpeaker known = new KnownSpeaker("e7", "Gordon Brown", List.of("the Chancellor"));
		Suggestion s = only(suggest("Mr Brown said that the economy was growing faster than expected.", known));
		assertEquals("Gordon Brown", s.speaker());
		assertEquals("e7", s.speakerId());
	}

	@Test
	void unknownSpeakerIsProposedAsWritten() {
		Suggestion s = only(suggest("Mr Brown said that the economy was growing faster than expected.",
				new KnownSpeaker("e1", "Tony Blair", List.of())));
		assertEquals("Mr Brown", s.speaker());
		assertNull(s.speakerId());
	}

	@Test
	void quotationContinuedInTheNextParagraphKeepsItsSpeaker() {
		String text = "Mr Kennedy said: \"We have been clear about this from the start.\n\n\"Nobody should doubt where we stand on the war.\"";
		List<Suggestion> all = suggest(text);
		assertEquals(2, all.size(), all::toString);
		assertEquals("Mr Kennedy", all.get(1).speaker());
		assertTrue(all.get(1).text().startsWith("Nobody should doubt"));
	}

	@Test
	void offsetsAreUtf16UnitsAfterNonBmpCharactersAndCrlf() {
		String text = "\uD835\uDC00\uD835\uDC01 headline\r\n\r\nMr Brown said that the economy was growing faster than expected.\r\n";
		Suggestion s = only(suggest(text));
		assertEquals(text.indexOf("the economy"), s.begin());
		assertEquals(text.indexOf(" faster") + " faster than expected".length(), s.end());
		assertEquals(s.text(), text.substring(s.begin(), s.end()));
		assertEquals("Mr Brown", text.substring(s.mentionBegin(), s.mentionEnd()));
	}

	@Test
	void scareQuotesAndPlainNarrationAreNotSuggested() {
		assertTrue(suggest("The \"reform\" of the railways began in 1994 and ended in a long dispute.").isEmpty());
	}

	@Test
	void passiveReportingVerbWithoutAgentHasNoSpeaker() {
		assertTrue(suggest("The plan was criticised for its cost by the end of the year.").isEmpty());
		assertTrue(suggest("The minister is said to favour a new tax on fuel.").isEmpty());
	}
}
