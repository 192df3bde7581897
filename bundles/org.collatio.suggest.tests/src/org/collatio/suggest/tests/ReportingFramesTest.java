/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.suggest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.collatio.suggest.ClaimSuggester;
import org.collatio.suggest.Suggestion;
import org.collatio.suggest.SuggestionKind;
import org.junit.jupiter.api.Test;

/**
 * The English reporting constructions beyond "X said (that)": verb frames, agents of passives,
 * nouns of saying, parenthetical and trailing attributions, passive relays, free indirect speech
 * and the pronouns that name a speaker. Each on a small text written for it.
 */
class ReportingFramesTest {

	private final ClaimSuggester suggester = new ClaimSuggester();

	private List<Suggestion> suggest(String text) {
		return suggester.suggest(text, List.of());
	}

	private static Suggestion only(List<Suggestion> all) {
		assertEquals(1, all.size(), () -> "one suggestion expected: " + all);
		return all.get(0);
	}

	@Test
	void callReportsWhenItNamesOrAsksButNotWhenItNamesAThingOrIsAPhrasalVerb() {
		Suggestion named = only(suggest("Critics called the plan \"reckless\" and unfair to the poorest families."));
		assertEquals("Critics", named.speaker());
		assertEquals("the plan \"reckless\" and unfair to the poorest families", named.text());
		Suggestion asked = only(suggest("The union called for an immediate pay rise for all nurses."));
		assertEquals("The union", asked.speaker());
		assertEquals("an immediate pay rise for all nurses", asked.text());
		assertTrue(suggest("The band called off the tour after the singer fell ill.").isEmpty());
		assertTrue(suggest("A firm called Acme Widgets opened a new factory in the north.").isEmpty());
	}

	/**
	 * A family name alone, after the article named the person in full, is that person (news style:
	 * the full name once, then the family name), the description before the name left out; a family
	 * name the article has not named in full stays as written.
	 */
	@Test
	void aFamilyNameAloneIsThePersonTheArticleNamedInFull() {
		List<Suggestion> all = suggest("Kremlin spokesman Dmitry Peskov said the talks had gone well. Later Peskov said the deal would hold.\n\n"
				+ "Armenia's Prime Minister Nikol Pashinyan said the border was calm. Mr Pashinyan said the army would stay.\n\n"
				+ "Mr Grigoryan said the report was false.");
		assertEquals(List.of("Dmitry Peskov", "Dmitry Peskov", "Nikol Pashinyan", "Nikol Pashinyan", "Mr Grigoryan"),
				all.stream().map(Suggestion::speaker).map(s -> s.replace("Armenia's Prime Minister ", "")).toList(), all.toString());
		assertEquals("Nikol Pashinyan", all.get(3).speaker(), "the later mention is the person's name, without the description");
	}

	@Test
	void aParagraphMayOpenWithAVerbOfReporting() {
		List<Suggestion> all = suggest("Asked about the cuts, the minister said they were needed to balance the budget.");
		assertEquals("they were needed to balance the budget", all.get(all.size() - 1).text());
		assertEquals("the minister", all.get(all.size() - 1).speaker());
	}

	@Test
	void aVerbOfReportingInTheInfinitiveIsNotReportedByThePhraseBeforeIt() {
		assertTrue(suggest("The company wants the reporters to reveal the sources of their stories about the device.").isEmpty());
	}

	@Test
	void multiWordVerbsOfReporting() {
		Suggestion s = only(suggest("The prime minister has made it clear he has no plans to change the law."));
		assertEquals("The prime minister", s.speaker());
		assertEquals("he has no plans to change the law", s.text());
	}

	@Test
	void theAgentOfAPassiveVerbOfReportingIsTheSpeaker() {
		Suggestion s = only(suggest("The peacekeepers, accused by the opposition of failing to protect civilians, left the region."));
		assertEquals("the opposition", s.speaker());
		assertEquals("failing to protect civilians", s.text());
		Suggestion criticised = only(suggest("The plan was criticised by many members of the committee for its cost."));
		assertEquals("many members of the committee", criticised.speaker());
		assertTrue(criticised.text().startsWith("The plan was criticised"), criticised.text());
	}

	@Test
	void aNounOfSayingAfterItsSpeakersPossessive() {
		String text = "The government must act on the court's ruling that the detention of suspects without trial is unlawful.";
		Suggestion s = only(suggest(text));
		assertEquals("the court", s.speaker());
		assertEquals("the detention of suspects without trial is unlawful", s.text());
		assertEquals("the court", text.substring(s.mentionBegin(), s.mentionEnd()));
	}

	@Test
	void subjectPastARelativeClauseAnEmphaticPronounOrAParticiple() {
		assertEquals("Pashinyan", only(suggest("Pashinyan, whose wife was at the front during the war, has said the deal was the only option.")).speaker());
		Suggestion himself = only(suggest("Tony Blair himself has said people complain he does not listen."));
		assertEquals("Tony Blair", himself.speaker());
		assertEquals("people complain he does not listen", himself.text());
		Suggestion survey = only(suggest("A survey published on Monday found that four in ten shoppers were spending less."));
		assertEquals("A survey", survey.speaker());
		assertEquals(SuggestionKind.OUTLET_ASSERTION, survey.kind());
		assertTrue(suggest("Police found the car in a river near the town.").isEmpty());
	}

	@Test
	void butSaidAndParentheticalAttributions() {
		Suggestion but = only(suggest("The alliance welcomed the plan, but said it did not go far enough."));
		assertEquals("The alliance", but.speaker());
		assertEquals("it did not go far enough", but.text());
		Suggestion says = only(suggest("But, says the analyst Jane Doe, some things have stayed the same for a decade."));
		assertEquals("the analyst Jane Doe", says.speaker());
		assertEquals("some things have stayed the same for a decade", says.text());
	}

	@Test
	void aQuotationAttributedAfterwardsByAccordingTo() {
		Suggestion s = only(suggest("\"The rebels will lose the war in the end,\" according to the ministry."));
		assertEquals(SuggestionKind.DIRECT_QUOTE, s.kind());
		assertEquals("the ministry", s.speaker());
		assertEquals("The rebels will lose the war in the end", s.text());
	}

	@Test
	void aRelayInThePassiveNamesTheSpeakerAndTheVia() {
		Suggestion s = only(suggest("Mr Smith was quoted by the Times as saying that taxes would rise next year."));
		assertEquals("Mr Smith", s.speaker());
		assertEquals("the Times", s.via());
		assertEquals("taxes would rise next year", s.text());
	}

	@Test
	void aVerbFurtherOnIsNotTheAttributionOfAQuotation() {
		List<Suggestion> all = suggest("Mr Clarke spoke first. Critics asked why there was \"such a rush to legislate on it\" when Mr Clarke had "
				+ "indicated he was not planning to use the powers.");
		assertTrue(all.stream().noneMatch(s -> s.kind() == SuggestionKind.DIRECT_QUOTE && s.speaker().equals("Mr Clarke")), all::toString);
	}

	@Test
	void freeIndirectSpeechCarriesOnInBackshiftedSentencesIntoTheNextParagraph() {
		String text = "Ms Khan said the movement had failed to act. Its members would have to learn new ways of working.\n\n"
				+ "Governments were not going to change their minds any time soon. The group meets every year in London.";
		List<Suggestion> all = suggest(text);
		assertEquals(3, all.size(), all::toString);
		assertTrue(all.stream().allMatch(s -> s.speaker().equals("Ms Khan")), all::toString);
		assertEquals("Governments were not going to change their minds any time soon.", all.get(2).text());
		assertTrue(all.get(2).confidence() < all.get(0).confidence());
	}

	@Test
	void plainNarrationAfterAQuotationIsNotFreeIndirectSpeech() {
		assertEquals(1, suggest("\"We will win the final,\" Ms Lee said. The team lost the final on Sunday by two goals.").size());
	}

	@Test
	void sheIsNotAManNamedByHisTitleAndAPersonMayBeNamedWithHerOrganisation() {
		List<Suggestion> all = suggest("Sir Peter Jones said the rules were clear and fair. Laura Brown of Save the Children said there were "
				+ "grave concerns. \"It is a bad day for everyone in the town,\" she said.");
		assertEquals(3, all.size(), all::toString);
		assertEquals("Laura Brown of Save the Children", all.get(2).speaker());
		List<Suggestion> none = suggest("Sir Peter Jones said the rules were clear and fair. \"It is a bad day for everyone in the town,\" she said.");
		assertEquals(1, none.size(), none::toString);
		assertNull(none.get(0).via());
	}

	@Test
	void theyStandsForAPluralSubjectThatIsADescription() {
		List<Suggestion> all = suggest("The plan sparked an outcry, with local councillors opposing it. They said the timing was insensitive and cruel.");
		Suggestion s = only(all);
		assertEquals("local councillors", s.speaker());
	}
}
