/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.collatio.core.derived.ClaimKeys;
import org.collatio.core.edit.ClaimCommands;
import org.collatio.core.edit.ClaimCommands.ClaimFields;
import org.collatio.core.edit.SpanCommands;
import org.collatio.core.imports.SeedCorpus;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.tags.Tags;
import org.collatio.model.ClaimKind;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.EntityKind;
import org.collatio.model.RelationKind;
import org.collatio.model.Stance;
import org.collatio.search.CandidateFinder;
import org.collatio.search.CandidateInput;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Candidate contradictions and agreements on the seed articles, against the reading kept in
 * fixtures/seed-reading (claims recorded in a corpus through the commands, as a researcher makes
 * them; no propositions assigned, so only the texts and speakers speak).
 */
class CandidateFinderTest {

	@TempDir
	Path dir;

	/** Records a reading as claims of the seed corpus; returns claim id to name. */
	static Map<String, String> record(CorpusStore store, AdapterFactoryEditingDomain domain, SeedReading reading) throws Exception {
		Map<String, String> names = new HashMap<>();
		for (SeedReading.Claim claim : reading.claims()) {
			var document = store.getCorpus().getDocuments().stream().filter(d -> d.getId().startsWith(claim.document())).findFirst().orElseThrow();
			DocumentContent content = store.getContent(document);
			int begin = content.getText().indexOf(claim.quote());
			assertTrue(begin >= 0, claim.name() + ": not in the article");
			domain.getCommandStack().execute(SpanCommands.tag(domain, content, begin, begin + claim.quote().length(),
					Tags.byKey(store.getCorpus(), "c").orElseThrow()));
			Entity speaker = claim.speaker().isEmpty() ? null : ClaimCommands.findEntity(store.getCorpus(), claim.speaker()).orElseGet(() -> {
				Entity e = ClaimCommands.newEntity(EntityKind.PERSON, claim.speaker(), List.of());
				domain.getCommandStack().execute(ClaimCommands.addEntity(domain, store.getCorpus(), e));
				return e;
			});
			var span = SpanCommands.exactSpan(content, begin, begin + claim.quote().length());
			domain.getCommandStack().execute(ClaimCommands.makeClaim(domain, content, List.of(span),
					new ClaimFields(speaker, null, null, null, null, Stance.ASSERTS, ClaimKind.DIRECT_QUOTE, null)));
			names.put(content.getClaims().get(content.getClaims().size() - 1).getId(), claim.name());
		}
		return names;
	}

	private CorpusStore seedCorpus() throws Exception {
		String root = System.getProperty("collatio.repository");
		SeedCorpus.ensure(dir.resolve("c"), Path.of(root != null ? root : "../..").resolve("seeds"));
		return CorpusStore.open(dir.resolve("c"));
	}

	@Test
	void onTheSeedReadingTheTopTenContradictionsRecallMostAndHoldFewAgreements() throws Exception {
		SeedReading reading = SeedReading.read("seed-reading");
		try (CorpusStore store = seedCorpus()) {
			var domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(), store.getResourceSet());
			Map<String, String> names = record(store, domain, reading);
			List<CandidateFinder.Candidate> candidates = new CandidateFinder().find(store, 50);
			SeedReading.Figures figures = reading.score(candidates, names, 10);
			String shown = String.join("\n", figures.top());
			List<String> agreements = candidates.stream().filter(c -> c.kind() == CandidateFinder.Kind.AGREEMENT).limit(10)
					.map(c -> java.util.Set.of(names.get(c.first().id()), names.get(c.second().id())) + " "
							+ reading.pairs().getOrDefault(java.util.Set.of(names.get(c.first().id()), names.get(c.second().id())), "-"))
					.toList();
			System.out.printf("seed reading: recall of contradictions in the top 10 %.2f (%d of %d), agreements in the top 10: %d; true agreements among "
					+ "the first 10 proposed as agreements: %d of %d%n%s%nproposed as agreements:%n%s%n", figures.recall(), figures.contradictionsInTop(),
					figures.contradictions(), figures.agreementsInTop(), agreements.stream().filter(a -> a.endsWith(" agrees")).count(), agreements.size(),
					shown, String.join("\n", agreements));
			// the target of issue 15: 0.85. Measured 0.875 (7 of 8) since one speaker's change of position toward what
			// both claims name counts (0.75 before; 0.625 before opposed evaluations, denials and speakers counted)
			assertTrue(figures.recall() >= 0.85, "recall in the top 10: " + figures.recall() + "\n" + shown);
			assertTrue(figures.agreementsInTop() <= 2, "agreements in the top 10: " + figures.agreementsInTop() + "\n" + shown);
			assertTrue(candidates.stream().allMatch(c -> !c.reasons().isEmpty()), "every candidate says why");
			String reasons = candidates.stream().flatMap(c -> c.reasons().stream()).collect(Collectors.joining("\n"));
			assertTrue(reasons.contains("negated in one"), reasons);
			// "Russian peacekeepers remain the primary guarantor" / "accusing Moscow of failing": both folded onto Russia
			assertTrue(reasons.contains("Nikol Pashinyan speaks well and ill of Russia: a change of position?"), reasons);
			assertTrue(candidates.stream().anyMatch(c -> c.kind() == CandidateFinder.Kind.AGREEMENT
					&& Map.of("force-2000", 1, "troops-2000", 1).keySet().containsAll(List.of(names.get(c.first().id()), names.get(c.second().id())))
					&& c.reasons().stream().anyMatch(r -> r.startsWith("figures agree"))), "nearly 2,000 and 2,000 peacekeepers agree");
		}
	}

	/**
	 * Another reader marks other spans: the seed reading with each claim widened to its whole sentence
	 * (attribution, time and all), as a researcher marking sentences would. Measured and printed (0.75,
	 * 6 of 8, before the third round of features and after it), and held above 0.625 as a guard.
	 */
	@Test
	void onTheSeedReadingWithEachClaimWidenedToItsSentenceTheFiguresHold() throws Exception {
		SeedReading reading = SeedReading.read("seed-reading");
		String root = System.getProperty("collatio.repository");
		Path seeds = Path.of(root != null ? root : "../..").resolve("seeds");
		List<CandidateInput.ClaimFacts> claims = new java.util.ArrayList<>();
		Map<String, String> names = new HashMap<>();
		java.util.Set<String> speakers = new java.util.LinkedHashSet<>();
		for (SeedReading.Claim claim : reading.claims()) {
			Path article;
			try (var files = java.nio.file.Files.list(seeds)) {
				article = files.filter(f -> f.getFileName().toString().startsWith(claim.document() + "_")).findFirst().orElseThrow();
			}
			String text = java.nio.file.Files.readString(article);
			int begin = text.indexOf(claim.quote());
			assertTrue(begin >= 0, claim.name() + ": not in " + article);
			int end = begin + claim.quote().length();
			while (begin > 0 && text.charAt(begin - 1) != '\n' && ".!?".indexOf(text.charAt(begin - 1)) < 0) {
				begin--;
			}
			while (end < text.length() && text.charAt(end) != '\n' && ".!?".indexOf(text.charAt(end)) < 0) {
				end++;
			}
			String sentence = text.substring(begin, end).strip();
			assertTrue(sentence.length() > claim.quote().length() || sentence.equals(claim.quote().strip()), claim.name());
			String speaker = claim.speaker().isEmpty() ? null : claim.speaker();
			if (speaker != null) {
				speakers.add(speaker);
			}
			claims.add(new CandidateInput.ClaimFacts(claim.document() + "#" + claim.name(), claim.name(), claim.document(), speaker, speaker, null, null,
					null, null, Stance.ASSERTS, sentence, sentence, "seed", ""));
			names.put(claim.name(), claim.name());
		}
		List<CandidateInput.EntityNames> entities = speakers.stream().map(s -> new CandidateInput.EntityNames(s, s, List.of(s))).toList();
		List<CandidateFinder.Candidate> candidates = new CandidateFinder().find(new CandidateInput(claims, java.util.Set.of(), entities), 50, null);
		SeedReading.Figures figures = reading.score(candidates, names, 10);
		System.out.printf("seed reading, claims widened to their sentences: recall of contradictions in the top 10 %.2f (%d of %d), agreements in the top 10: %d%n%s%n",
				figures.recall(), figures.contradictionsInTop(), figures.contradictions(), figures.agreementsInTop(), String.join("\n", figures.top()));
		assertTrue(figures.recall() > 0.625, "recall in the top 10: " + figures.recall() + "\n" + String.join("\n", figures.top()));
		assertTrue(figures.agreementsInTop() <= 2, "agreements in the top 10: " + figures.agreementsInTop());
	}

	/**
	 * The second reading, of BBC business articles on the sale of Yukos's production unit
	 * (fixtures/bbc-yukos-reading), on which no weight was fitted: its figures are measured and
	 * printed, not held to a threshold (it was used as a check that a new feature does not only help
	 * the seed reading: 0.08 before opposed evaluations and denials, 0.25 with them). Its claims must
	 * be exact quotes of the articles.
	 */
	@Test
	void onAReadingOfBbcArticlesNotTunedOnTheFiguresAreMeasured() throws Exception {
		assertEquals(12, measure("bbc-yukos-reading", "BBC Yukos reading (no weight fitted to it)").contradictions(), "the reading's contradictions");
	}

	/**
	 * The third reading, of BBC politics articles on the attorney general's advice on the Iraq war
	 * (fixtures/bbc-goldsmith-reading), made after the second round of features and never used to
	 * choose one: measured and printed. 26 contradictions, most of them on who drafted one answer, so
	 * at most 10 of them can be in a top 10.
	 */
	@Test
	void onAReadingMadeAfterTheFeaturesTheFiguresAreMeasured() throws Exception {
		assertEquals(26, measure("bbc-goldsmith-reading", "BBC Goldsmith reading (made after the features)").contradictions(), "the reading's contradictions");
	}

	/** A reading of BBC articles (their texts beside it, MIT licence) run through the finder, its figures printed. */
	private static SeedReading.Figures measure(String name, String title) throws Exception {
		SeedReading reading = SeedReading.read(name);
		// the articles, copied from the BBC corpus (MIT licence beside them) so that a clone alone runs this
		Path bbc = SeedReading.fixtures().resolve(name + "/texts");
		assertTrue(java.nio.file.Files.isDirectory(bbc), "the articles of the reading: " + bbc);
		List<CandidateInput.ClaimFacts> claims = new java.util.ArrayList<>();
		Map<String, String> names = new HashMap<>();
		java.util.Set<String> speakers = new java.util.LinkedHashSet<>();
		for (SeedReading.Claim claim : reading.claims()) {
			String text = java.nio.file.Files.readString(bbc.resolve(claim.document() + ".txt"));
			assertTrue(text.contains(claim.quote()), claim.name() + ": not in " + claim.document());
			String speaker = claim.speaker().isEmpty() ? null : claim.speaker();
			if (speaker != null) {
				speakers.add(speaker);
			}
			claims.add(new CandidateInput.ClaimFacts(claim.document() + "#" + claim.name(), claim.name(), claim.document(), speaker, speaker, null, null,
					null, null, Stance.ASSERTS, claim.quote(), claim.quote(), "BBC", ""));
			names.put(claim.name(), claim.name());
		}
		List<CandidateInput.EntityNames> entities = speakers.stream().map(s -> new CandidateInput.EntityNames(s, s, List.of(s))).toList();
		List<CandidateFinder.Candidate> candidates = new CandidateFinder().find(new CandidateInput(claims, java.util.Set.of(), entities), 50, null);
		SeedReading.Figures figures = reading.score(candidates, names, 10);
		long agreementsProposed = candidates.stream().limit(10).filter(c -> c.kind() == CandidateFinder.Kind.AGREEMENT)
				.filter(c -> "agrees".equals(reading.pairs().get(java.util.Set.of(c.first().id(), c.second().id())))).count();
		System.out.printf("%s: recall of contradictions in the top 10 %.2f (%d of %d), agreements in the top 10 contradictions: %d; "
				+ "true agreements among the first 10 proposed as agreements: %d%n%s%n", title, figures.recall(), figures.contradictionsInTop(),
				figures.contradictions(), figures.agreementsInTop(), agreementsProposed, String.join("\n", figures.top()));
		assertFalse(candidates.isEmpty());
		return figures;
	}

	@Test
	void aLinkedOrDismissedPairIsNotProposedAgainAndBecomesAnExample() throws Exception {
		SeedReading reading = SeedReading.read("seed-reading");
		try (CorpusStore store = seedCorpus()) {
			var domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(), store.getResourceSet());
			record(store, domain, reading);
			List<CandidateFinder.Candidate> top = new CandidateFinder().find(store, 10);
			var first = top.get(0);
			var second = top.get(1);
			domain.getCommandStack().execute(ClaimCommands.relate(domain, store.getCorpus(), ClaimKeys.resolve(store, first.first().key()).orElseThrow(),
					ClaimKeys.resolve(store, first.second().key()).orElseThrow(), RelationKind.CONTRADICTS, ""));
			domain.getCommandStack().execute(ClaimCommands.dismiss(domain, store.getCorpus(), ClaimKeys.resolve(store, second.first().key()).orElseThrow(),
					ClaimKeys.resolve(store, second.second().key()).orElseThrow()));
			CandidateInput input = CandidateInput.of(store);
			assertEquals(List.of(CandidateInput.Verdict.CONTRADICTS, CandidateInput.Verdict.DISMISSED),
					input.decisions().stream().map(CandidateInput.Decision::verdict).toList());
			List<CandidateFinder.Candidate> again = new CandidateFinder().find(input, 50, null);
			for (var decided : List.of(first, second)) {
				assertFalse(again.stream().anyMatch(c -> c.first().key().equals(decided.first().key()) && c.second().key().equals(decided.second().key())));
			}
		}
	}
}
