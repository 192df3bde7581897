/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.collatio.model.edit.ModelLabels;
import org.collatio.model.Stance;
import org.collatio.search.CandidateFinder;
import org.collatio.search.CandidateFinder.Candidate;
import org.collatio.search.CandidateFinder.Kind;
import org.collatio.search.CandidateInput;
import org.collatio.search.CandidateInput.ClaimFacts;
import org.collatio.search.CandidateInput.Decision;
import org.collatio.search.CandidateInput.Verdict;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

/**
 * The finder as a pure function of a snapshot: figures compared with tolerance, agreements proposed
 * as such, antonyms from WordNet, the ranking learning from the researcher's decisions, cancel.
 */
class CandidateRankingTest {

	private static ClaimFacts claim(String id, String document, String speaker, String text) {
		return new ClaimFacts(document + "#" + id, id, document, speaker == null ? null : "e-" + speaker, speaker, null, null, null, null,
				Stance.ASSERTS, text, text, document, "");
	}

	private static Optional<Candidate> pair(List<Candidate> candidates, String x, String y) {
		return candidates.stream().filter(c -> Set.of(c.first().id(), c.second().id()).equals(Set.of(x, y))).findFirst();
	}

	private static CandidateInput input(List<ClaimFacts> claims, List<Decision> decisions) {
		List<CandidateInput.EntityNames> speakers = claims.stream().filter(c -> c.speakerId() != null).map(c -> c.speakerId()).distinct()
				.map(id -> new CandidateInput.EntityNames(id, id.substring(2), List.of(id.substring(2)))).toList();
		Set<String> linked = new java.util.HashSet<>();
		decisions.forEach(d -> linked.add(d.first().compareTo(d.second()) < 0 ? d.first() + "|" + d.second() : d.second() + "|" + d.first()));
		return new CandidateInput(claims, linked, speakers, decisions);
	}

	@Test
	void theReasonsNameStancesAsEveryViewDoes() {
		ClaimFacts asserts = new ClaimFacts("d1#a", "a", "d1", "e-Putin", "Putin", null, null, "p1", "The peacekeepers protect civilians",
				Stance.ASSERTS, "the peacekeepers protect the civilians of the region", "", "d1", "");
		ClaimFacts denies = new ClaimFacts("d2#b", "b", "d2", "e-Grigoryan", "Grigoryan", null, null, "p1", "The peacekeepers protect civilians",
				Stance.DENIES, "the peacekeepers protect the civilians of the region", "", "d2", "");
		Candidate pair = pair(new CandidateFinder().find(input(List.of(asserts, denies), List.of()), 5, null), "a", "b").orElseThrow();
		assertTrue(pair.reasons().contains("opposite stances (" + ModelLabels.of(Stance.ASSERTS) + " / " + ModelLabels.of(Stance.DENIES) + ")"),
				pair.reasons().toString());
		assertTrue(pair.reasons().contains("opposite stances (asserts / denies)"), "the edit layer's labels, not the codes: " + pair.reasons());
	}

	@Test
	void figuresAgreeWithinTheirWordingAndDifferOtherwise() {
		List<ClaimFacts> claims = List.of(claim("nearly", "d1", null, "a force of nearly 2,000 Russian peacekeepers has been deployed to the region"),
				claim("exact", "d2", null, "the deployment of 2,000 Russian peacekeeping troops in the region"),
				claim("fewer", "d3", null, "only 200 Russian peacekeepers have been deployed to the region"),
				claim("weeks", "d1", null, "the deal ended more than six weeks of bitter fighting"), claim("war", "d3", null, "Moscow helped to stop the six-week war"));
		List<Candidate> candidates = new CandidateFinder().find(input(claims, List.of()), 20, new NullProgressMonitor());
		Candidate agree = pair(candidates, "nearly", "exact").orElseThrow();
		assertEquals(Kind.AGREEMENT, agree.kind(), agree.toString());
		assertTrue(agree.reasons().contains("figures agree: nearly 2,000 \u2248 2,000"), agree.reasons().toString());
		Candidate differ = pair(candidates, "exact", "fewer").orElseThrow();
		assertEquals(Kind.CONTRADICTION, differ.kind(), differ.toString());
		assertTrue(differ.reasons().contains("figures differ: 2,000 vs 200"), differ.reasons().toString());
		Candidate weeks = pair(candidates, "weeks", "war").orElseThrow();
		assertTrue(weeks.reasons().stream().anyMatch(r -> r.startsWith("figures agree: more than six") || r.startsWith("figures agree: six")),
				weeks.reasons().toString());
	}

	/**
	 * Dates compared as ranges of days: one day written two ways agrees, a month holds its days, two
	 * days differ; a year agrees only with the same year (not within two per cent: 1994 is not 2004).
	 */
	@Test
	void datesAndYearsAgreeOnlyWhereTheirRangesMeet() {
		List<ClaimFacts> claims = List.of(claim("signed", "d1", null, "the ceasefire agreement was signed on 10 November 2020 in the capital"),
				claim("same", "d2", null, "the ceasefire agreement was signed on November 10th, 2020"),
				claim("month", "d3", null, "the ceasefire agreement was signed in November 2020"),
				claim("other", "d4", null, "the ceasefire agreement was signed on 12 November 2020"),
				claim("early", "d5", null, "the ceasefire agreement was signed in early November"),
				claim("late", "d6", null, "the ceasefire agreement was signed in late November"),
				claim("built", "d1", null, "the old railway bridge over the river was built in 1994"),
				claim("rebuilt", "d2", null, "the old railway bridge over the river was built in 2004"));
		List<Candidate> candidates = new CandidateFinder().find(input(claims, List.of()), 40, null);
		Candidate same = pair(candidates, "signed", "same").orElseThrow();
		assertEquals(Kind.AGREEMENT, same.kind(), same.toString());
		assertTrue(same.reasons().contains("figures agree: 10 november 2020 \u2248 november 10th 2020"), same.reasons().toString());
		Candidate month = pair(candidates, "signed", "month").orElseThrow();
		assertTrue(month.reasons().contains("figures agree: 10 november 2020 \u2248 november 2020"), month.reasons().toString());
		Candidate other = pair(candidates, "same", "other").orElseThrow();
		assertEquals(Kind.CONTRADICTION, other.kind(), other.toString());
		assertTrue(other.reasons().contains("figures differ: november 10th 2020 vs 12 november 2020"), other.reasons().toString());
		Candidate thirds = pair(candidates, "early", "late").orElseThrow();
		assertTrue(thirds.reasons().contains("figures differ: early november vs late november"), thirds.reasons().toString());
		Candidate years = pair(candidates, "built", "rebuilt").orElseThrow();
		assertTrue(years.reasons().contains("figures differ: 1994 vs 2004"), years.reasons().toString());
	}

	@Test
	void figuresInACurrencyAreComparedOnlyWithFiguresInTheSameCurrency() {
		List<ClaimFacts> claims = List.of(claim("dollars", "d1", null, "the company was hit with a $27bn (\u00a314bn) bill for back taxes"),
				claim("again", "d2", null, "the unit was sold to pay off a $27.5bn (\u00a314.5bn) back tax bill"),
				claim("pounds", "d3", null, "the company was hit with a \u00a320bn bill for back taxes"));
		List<Candidate> candidates = new CandidateFinder().find(input(claims, List.of()), 20, null);
		Candidate agree = pair(candidates, "dollars", "again").orElseThrow();
		assertEquals(Kind.AGREEMENT, agree.kind(), agree.toString());
		assertTrue(agree.reasons().stream().anyMatch(r -> r.equals("figures agree: $27bn \u2248 $27.5bn") || r.equals("figures agree: \u00a314bn \u2248 \u00a314.5bn")),
				agree.reasons().toString());
		Candidate differ = pair(candidates, "dollars", "pounds").orElseThrow();
		assertTrue(differ.reasons().contains("figures differ: \u00a314bn vs \u00a320bn"), differ.reasons().toString());
	}

	@Test
	void antonymsFromWordNetAndANegatedPredicateMakeAContradictionAndSayWhy() {
		List<Candidate> candidates = new CandidateFinder().find(input(List.of(claim("rise", "d1", "Minister", "unemployment in the region will rise sharply this winter"),
				claim("fall", "d2", "Union", "unemployment in the region will fall sharply this winter"),
				claim("kept", "d1", "Minister", "the government kept its promise to the miners"),
				claim("broke", "d2", "Union", "the government did not keep its promise to the miners")), List.of()), 10, null);
		Candidate antonyms = pair(candidates, "rise", "fall").orElseThrow();
		assertEquals(Kind.CONTRADICTION, antonyms.kind());
		assertTrue(antonyms.reasons().stream().anyMatch(r -> r.equals("antonyms: rise/fall") || r.equals("antonyms: fall/rise")), antonyms.reasons().toString());
		Candidate negated = pair(candidates, "kept", "broke").orElseThrow();
		assertEquals(Kind.CONTRADICTION, negated.kind());
		assertTrue(negated.reasons().get(0).startsWith("negated in one: \u201cnot \u2026 keep\u201d against \u201ckept\u201d"), negated.reasons().toString());
	}

	@Test
	void opposedEvaluationsOfOneSubjectByTwoSpeakersAreAContradictionAndTheSameEvaluationIsNot() {
		List<Candidate> candidates = new CandidateFinder().find(input(List.of(claim("excellent", "d1", "Minister", "the new pension law is excellent news for workers"),
				claim("terrible", "d2", "Union", "the new pension law is terrible news for workers"),
				claim("superb", "d3", "Council", "the new pension law is superb news for workers")), List.of()), 10, null);
		Candidate opposed = pair(candidates, "excellent", "terrible").orElseThrow();
		assertEquals(Kind.CONTRADICTION, opposed.kind());
		assertTrue(opposed.reasons().contains("opposite evaluations: \u201cexcellent\u201d / \u201cterrible\u201d"), opposed.reasons().toString());
		assertTrue(opposed.reasons().contains("different speakers (Minister, Union)"), opposed.reasons().toString());
		Optional<Candidate> alike = pair(candidates, "excellent", "superb");
		assertTrue(alike.isEmpty() || alike.get().kind() == Kind.AGREEMENT, alike.toString());
		assertTrue(alike.isEmpty() || alike.get().reasons().contains("same evaluation: \u201cexcellent\u201d / \u201csuperb\u201d"), alike.toString());
	}

	/**
	 * Two speakers on one subject with nothing opposed (no negation, antonym, figure or evaluation
	 * against the other) are not two sides: the pair is not a contradiction for having two speakers.
	 */
	@Test
	void twoSpeakersSayingTheSameAreNotProposedAsAContradiction() {
		List<Candidate> candidates = new CandidateFinder().find(input(List.of(
				claim("protesters", "d1", "Protesters", "protesters are demanding the resignation of the transport minister over the rail closures"),
				claim("opposition", "d2", "Opposition", "the opposition demanded the resignation of the transport minister over the rail closures")), List.of()),
				10, null);
		Optional<Candidate> same = pair(candidates, "protesters", "opposition");
		assertTrue(same.isEmpty() || same.get().kind() == Kind.AGREEMENT, same.toString());
		assertTrue(same.isEmpty() || same.get().reasons().stream().noneMatch(r -> r.startsWith("different speakers")), same.toString());
	}

	@Test
	void aDenialByOneAgainstAClaimAboutItIsAContradiction() {
		List<Candidate> candidates = new CandidateFinder().find(input(List.of(claim("denied", "d1", "Acme", "Acme has denied that it is behind the takeover bid"),
				claim("front", "d2", null, "the mysterious bidder is widely seen as a front for Acme"),
				claim("results", "d3", null, "Acme reported higher profits for the second quarter")), List.of()), 10, null);
		Candidate denial = pair(candidates, "denied", "front").orElseThrow();
		assertEquals(Kind.CONTRADICTION, denial.kind());
		assertTrue(denial.reasons().contains("a denial by Acme against a claim about Acme"), denial.reasons().toString());
		Optional<Candidate> profits = pair(candidates, "front", "results");
		assertTrue(profits.isEmpty() || profits.get().score() < denial.score(), profits.toString());
	}

	/**
	 * One speaker speaking well of something in one source and ill of it in another: a change of
	 * position, proposed though the two claims share little but the name; the same praise from
	 * another speaker, the same speaker praising twice, or regretting something else in a claim that
	 * names it in passing, is no change of position.
	 */
	@Test
	void oneSpeakerSpeakingWellAndIllOfWhatBothNameIsAChangeOfPosition() {
		List<Candidate> candidates = new CandidateFinder().find(input(List.of(claim("praise", "d1", "Mayor", "in his view Acme remains the best partner the harbour ever had"),
				claim("blame", "d2", "Mayor", "the council accused Acme of failing its workers"),
				claim("other", "d3", "Union", "in their view Acme remains the best partner the harbour ever had"),
				claim("again", "d4", "Mayor", "Acme has been an excellent employer for the town"),
				claim("aside", "d5", "Mayor", "it is deeply regrettable that the strike goes on, though the talks will take place in the Acme offices")),
				List.of()), 20, null);
		Candidate turn = pair(candidates, "praise", "blame").orElseThrow();
		assertEquals(Kind.CONTRADICTION, turn.kind(), turn.toString());
		assertTrue(turn.reasons().contains("Mayor speaks well and ill of Acme: a change of position?"), turn.reasons().toString());
		Optional<Candidate> others = pair(candidates, "other", "blame");
		assertTrue(others.isEmpty() || others.get().reasons().stream().noneMatch(r -> r.contains("speaks well and ill")), others.toString());
		assertTrue(others.isEmpty() || others.get().score() < turn.score(), "another speaker's praise: " + others + ", the mayor's: " + turn.score());
		Optional<Candidate> twice = pair(candidates, "praise", "again");
		assertTrue(twice.isEmpty() || twice.get().reasons().stream().noneMatch(r -> r.contains("speaks well and ill")), twice.toString());
		// the name far from what is evaluated, past a clause: regretting the strike is no turn against Acme
		Optional<Candidate> aside = pair(candidates, "aside", "again");
		assertTrue(aside.isEmpty() || aside.get().reasons().stream().noneMatch(r -> r.contains("speaks well and ill")), aside.toString());
	}

	/**
	 * A claim made within another's span of one article shares its words because it is the same
	 * passage: the pair is not proposed; the outer claim is still paired with another article's.
	 */
	@Test
	void aClaimWithinAnothersSpanIsNotPairedWithIt() {
		String outer = "the mayor failed to keep his promises even before the budget cuts condemned by the union as reckless";
		String inner = "the budget cuts condemned by the union as reckless";
		List<Candidate> candidates = new CandidateFinder().find(input(List.of(claim("outer", "d1", "Critic", outer), claim("inner", "d1", "Union", inner),
				claim("kept", "d2", "Mayor", "the mayor kept his promises before the budget cuts")), List.of()), 20, null);
		assertTrue(pair(candidates, "outer", "inner").isEmpty(), candidates.toString());
		assertTrue(pair(candidates, "outer", "kept").isPresent(), candidates.toString());
		// where their places are known, spans that overlap by half the shorter are one passage, though
		// neither text holds the other (the inner claim runs on past the outer one's end)
		String article = outer + ", the union said on Monday.";
		int from = article.indexOf("the budget cuts");
		ClaimFacts first = placed("outer", "Critic", article, 0, outer.length() - 1);
		ClaimFacts second = placed("inner", "Union", article, from, outer.length() + 1);
		ClaimFacts apart = placed("apart", "Union", article, outer.length() + 2, article.length() - 1);
		List<Candidate> placedCandidates = new CandidateFinder().find(input(List.of(first, second, apart,
				claim("kept", "d2", "Mayor", "the mayor kept his promises before the budget cuts")), List.of()), 20, null);
		assertTrue(pair(placedCandidates, "outer", "inner").isEmpty(), placedCandidates.toString());
		assertTrue(pair(placedCandidates, "outer", "kept").isPresent(), placedCandidates.toString());
	}

	private static ClaimFacts placed(String id, String speaker, String article, int begin, int end) {
		String text = article.substring(begin, end);
		return new ClaimFacts("d1#" + id, id, "d1", "e-" + speaker, speaker, null, null, null, null, Stance.ASSERTS, text, text, "d1", "", begin, end);
	}

	/**
	 * "Accused ... of not protecting": the negation belongs to what the speaker says of someone else,
	 * so it is no denial by the speaker against a claim that names it.
	 */
	@Test
	void aNegatedComplementOfAnAccusationIsNoDenial() {
		List<Candidate> candidates = new CandidateFinder().find(input(List.of(claim("accuses", "d1", "Acme", "the regulator was accused by Acme of not protecting savers"),
				claim("bank", "d2", null, "the regulator said savers trust Acme with their deposits"),
				claim("denies", "d3", "Acme", "Acme did not move deposits of savers abroad")), List.of()), 20, null);
		Optional<Candidate> accusation = pair(candidates, "accuses", "bank");
		assertTrue(accusation.isEmpty() || accusation.get().reasons().stream().noneMatch(r -> r.startsWith("a denial by")), accusation.toString());
		Candidate denial = pair(candidates, "denies", "bank").orElseThrow();
		assertTrue(denial.reasons().contains("a denial by Acme against a claim about Acme"), denial.reasons().toString());
	}

	/**
	 * Two speakers found on opposite sides: once the researcher has confirmed contradictions between
	 * two speakers, a further pair of theirs on one subject weighs more, and says why; a pair of one of
	 * them with a third speaker does not.
	 */
	@Test
	void speakersFoundOnOppositeSidesWeighMore() {
		List<ClaimFacts> claims = new ArrayList<>();
		String[] subjects = { "harbour", "railway", "airport", "hospital", "stadium" };
		for (String subject : subjects) {
			claims.add(claim(subject + "-g", "g-" + subject, "Government", "the " + subject + " budget was spent as the council planned"));
			claims.add(claim(subject + "-o", "o-" + subject, "Opposition", "the " + subject + " budget was spent on consultants the council hired"));
		}
		claims.add(claim("stadium-c", "c-stadium", "Chamber", "the stadium budget was spent on consultants the council hired"));
		List<Candidate> before = new CandidateFinder().find(input(claims, List.of()), 40, null);
		List<Decision> confirmed = new ArrayList<>();
		for (int k = 0; k < 4; k++) {
			confirmed.add(new Decision("g-" + subjects[k] + "#" + subjects[k] + "-g", "o-" + subjects[k] + "#" + subjects[k] + "-o", Verdict.CONTRADICTS));
		}
		List<Candidate> after = new CandidateFinder().find(input(claims, confirmed), 40, null);
		Candidate opponents = pair(after, "stadium-g", "stadium-o").orElseThrow();
		assertTrue(opponents.reasons().contains("Government and Opposition were found to contradict each other before"), opponents.reasons().toString());
		double earlier = pair(before, "stadium-g", "stadium-o").map(Candidate::score).orElse(0.0);
		assertTrue(opponents.score() > earlier + 0.05, "after four confirmed contradictions: " + opponents.score() + ", before " + earlier);
		Optional<Candidate> third = pair(after, "stadium-g", "stadium-c");
		assertTrue(third.isEmpty() || third.get().reasons().stream().noneMatch(r -> r.contains("found to contradict")), third.toString());
	}

	/**
	 * Pairs of claims of the same speaker in two sources that share a subject and differ in polarity:
	 * the prior proposes them as contradictions. The researcher dismisses ten of them; each decision is
	 * an example, and the eleventh such pair then scores lower than before. Accepted as contradictions
	 * instead, the same ten raise it to the top.
	 */
	@Test
	void theTenthDecisionAlreadyHelpsTheEleventh() {
		List<ClaimFacts> claims = new ArrayList<>();
		String[] subjects = { "harbour", "railway", "airport", "hospital", "stadium", "library", "bridge", "tunnel", "museum", "factory", "school",
				"prison" };
		for (String subject : subjects) {
			claims.add(claim(subject + "-a", "a-" + subject, "Mayor", "the new " + subject + " project is going ahead as planned"));
			claims.add(claim(subject + "-b", "b-" + subject, "Mayor", "no money is left for the " + subject + " project this year"));
		}
		String a = subjects[10] + "-a";
		String b = subjects[10] + "-b";
		List<Candidate> prior = new CandidateFinder().find(input(claims, List.of()), 40, null);
		Candidate before = pair(prior, a, b).orElseThrow();
		assertEquals(Kind.CONTRADICTION, before.kind());
		assertTrue(before.reasons().contains("same speaker, opposite stance: a change of position?"), before.reasons().toString());
		List<Decision> dismissed = new ArrayList<>();
		List<Decision> accepted = new ArrayList<>();
		for (int k = 0; k < 10; k++) {
			dismissed.add(new Decision("a-" + subjects[k] + "#" + subjects[k] + "-a", "b-" + subjects[k] + "#" + subjects[k] + "-b", Verdict.DISMISSED));
			accepted.add(new Decision("a-" + subjects[k] + "#" + subjects[k] + "-a", "b-" + subjects[k] + "#" + subjects[k] + "-b", Verdict.CONTRADICTS));
		}
		List<Candidate> afterDismissals = new CandidateFinder().find(input(claims, dismissed), 40, null);
		Optional<Candidate> lowered = pair(afterDismissals, a, b);
		assertTrue(lowered.isEmpty() || lowered.get().score() < before.score() - 0.1,
				"after ten dismissals: " + lowered.map(Candidate::score).orElse(0.0) + ", before " + before.score());
		List<Candidate> afterAcceptances = new CandidateFinder().find(input(claims, accepted), 40, null);
		Candidate raised = pair(afterAcceptances, a, b).orElseThrow();
		assertTrue(raised.score() > before.score() + 0.05, "after ten acceptances: " + raised.score() + ", before " + before.score());
		assertTrue(afterAcceptances.indexOf(raised) <= 1, "a pair like those accepted ranks first (with the other one left): " + afterAcceptances.indexOf(raised));
	}

	@Test
	void aCancelledSearchStopsWithOperationCanceled() {
		List<ClaimFacts> claims = new ArrayList<>();
		for (int i = 0; i < 2000; i++) {
			claims.add(claim("c" + i, "d" + (i % 50), "S" + (i % 7), "the council voted on budget line " + i + " for the harbour and the schools"));
		}
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> new CandidateFinder().find(input(claims, List.of()), 10, monitor));
	}

	@Test
	void theRankingIsTheSameOnEveryRun() {
		List<ClaimFacts> claims = new ArrayList<>();
		Map<Integer, String> words = new LinkedHashMap<>(Map.of(0, "harbour", 1, "railway", 2, "budget", 3, "schools", 4, "taxes"));
		for (int i = 0; i < 600; i++) {
			claims.add(claim("c" + i, "d" + (i % 40), "S" + (i % 9), (i % 3 == 0 ? "the council did not approve " : "the council approved ") + words.get(i % 5)
					+ " spending of " + (i % 11) + " million for " + words.get((i / 5) % 5)));
		}
		CandidateInput input = input(claims, List.of());
		List<String> first = new CandidateFinder().find(input, 30, null).stream().map(c -> c.first().id() + "-" + c.second().id()).toList();
		List<String> second = new CandidateFinder().find(input, 30, null).stream().map(c -> c.first().id() + "-" + c.second().id()).toList();
		assertEquals(first, second);
		assertEquals(30, first.size());
	}
}
