/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Candidate contradictions on the seed articles, against my own reading of them (claims as a
 * researcher would make them; no propositions assigned, so only the texts speak).
 */
class CandidateFinderTest {

	@TempDir
	Path dir;

	/** Claim name to (document, quote, speaker). */
	private static final Map<String, String[]> READING = Map.of( //
			"putin-protect", new String[] { "004", "The Russian peacekeepers are doing everything to protect the civilian population", "Putin" },
			"grigoryan-failed", new String[] { "004", "the Russian peacekeepers failed to protect Karabakh’s population", "Armen Grigoryan" },
			"pashinyan-guarantor", new String[] { "000", "Russian peacekeepers remain the primary\nguarantor of peace and security in Nagorno-Karabakh", "Nikol Pashinyan" },
			"pashinyan-failing", new String[] { "001", "accusing Moscow of failing to protect its ally", "Nikol Pashinyan" },
			"putin-honored", new String[] { "002", "Russia has always honored and will continue to honor its commitments", "Putin" },
			"grigoryan-honor", new String[] { "004", "Moscow failed to honor its commitments even before these moves", "Armen Grigoryan" },
			"putin-allied", new String[] { "003", "we became fully convinced of the significance of friendly, allied relations between our countries", "Putin" },
			"peskov-extend", new String[] { "002", "Russia’s obligations under the CSTO “do not extend to Karabakh.”", "Dmitry Peskov" },
			"force-2000", new String[] { "000", "a force of nearly 2,000 Russian peacekeepers has been deployed", "" },
			"troops-2000", new String[] { "003", "the deployment of 2,000 Russian peacekeeping troops in Karabakh", "" });

	/** The contradictions in that reading. */
	private static final List<Set<String>> CONTRADICTIONS = List.of(Set.of("putin-protect", "grigoryan-failed"),
			Set.of("putin-honored", "grigoryan-honor"), Set.of("pashinyan-guarantor", "pashinyan-failing"),
			Set.of("putin-protect", "pashinyan-failing"));

	/** A wider reading: more claims (so more competing pairs) and the contradictions a reader would mark among them. */
	private static final Map<String, String[]> WIDER = new java.util.LinkedHashMap<>(READING);

	static {
		WIDER.put("putin-tasks", new String[] { "004",
				"the peacekeepers continue to accurately carry out their assigned tasks and provide comprehensive assistance to the civilian population",
				"Putin" });
		WIDER.put("pashinyan-problems", new String[] { "001", "he had complained to President Vladimir Putin about “problems” with Russian peacekeepers",
				"Nikol Pashinyan" });
		WIDER.put("pashinyan-lachin", new String[] { "001",
				"criticized Russia and the Moscow-dominated Collective Security Treaty Organization (CSTO) for failing to ensure free transit via the Lachin corridor",
				"Nikol Pashinyan" });
		WIDER.put("pashinyan-nocrisis", new String[] { "001", "there were “problems” in his country’s relations with Russia, but no crisis", "Nikol Pashinyan" });
		WIDER.put("relations-deteriorated", new String[] { "004", "Russian-Armenian relations that have further deteriorated in recent weeks", "" });
		WIDER.put("putin-territory", new String[] { "002", "they are not taking place on Armenian territory", "Putin" });
		WIDER.put("putin-support", new String[] { "000", "Our task now is to support both the prime minister and his team in order to ensure peace", "Putin" });
		WIDER.put("six-weeks", new String[] { "000", "ended more\nthan six weeks of bitter fighting", "" });
		WIDER.put("six-week-war", new String[] { "003", "Moscow helped to stop the six-week war", "" });
		WIDER.put("pashinyan-only-option", new String[] { "000", "the peace deal\nwas Armenia's only option", "Nikol Pashinyan" });
	}

	private static final List<Set<String>> WIDER_CONTRADICTIONS = List.of(Set.of("putin-protect", "grigoryan-failed"),
			Set.of("putin-honored", "grigoryan-honor"), Set.of("pashinyan-guarantor", "pashinyan-failing"),
			Set.of("putin-protect", "pashinyan-failing"), Set.of("putin-tasks", "grigoryan-failed"), Set.of("putin-honored", "pashinyan-lachin"),
			Set.of("pashinyan-guarantor", "pashinyan-problems"));

	/** Records a reading as claims (no propositions); returns claim id to name. */
	private static Map<String, String> record(CorpusStore store, Map<String, String[]> reading) throws Exception {
		var domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(), store.getResourceSet());
		var ids = new java.util.HashMap<String, String>();
		for (var entry : reading.entrySet()) {
			String[] r = entry.getValue();
			String quote = r[1].replace("\\n", "\n");
			var document = store.getCorpus().getDocuments().stream().filter(d -> d.getId().startsWith(r[0])).findFirst().orElseThrow();
			DocumentContent content = store.getContent(document);
			int begin = content.getText().indexOf(quote);
			assertTrue(begin >= 0, quote);
			domain.getCommandStack().execute(SpanCommands.tag(domain, content, begin, begin + quote.length(),
					Tags.byKey(store.getCorpus(), "c").orElseThrow()));
			Entity speaker = r[2].isEmpty() ? null : ClaimCommands.findEntity(store.getCorpus(), r[2]).orElseGet(() -> {
				Entity e = ClaimCommands.newEntity(EntityKind.PERSON, r[2], List.of());
				domain.getCommandStack().execute(ClaimCommands.addEntity(domain, store.getCorpus(), e));
				return e;
			});
			var span = SpanCommands.exactSpan(content, begin, begin + quote.length());
			domain.getCommandStack().execute(ClaimCommands.makeClaim(domain, content, List.of(span),
					new ClaimFields(speaker, null, null, null, null, Stance.ASSERTS, ClaimKind.DIRECT_QUOTE, null)));
			ids.put(content.getClaims().get(content.getClaims().size() - 1).getId(), entry.getKey());
		}
		return ids;
	}

	private CorpusStore seedCorpus() throws Exception {
		String root = System.getProperty("collatio.repository");
		SeedCorpus.ensure(dir.resolve("c"), Path.of(root != null ? root : "../..").resolve("seeds"));
		return CorpusStore.open(dir.resolve("c"));
	}

	@Test
	void theKnownContradictionsRankInTheTopTenWithReasonsAndLinkedPairsDropOut() throws Exception {
		try (CorpusStore store = seedCorpus()) {
			var domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(), store.getResourceSet());
			var ids = record(store, READING);
			List<CandidateFinder.Candidate> top = new CandidateFinder().find(store, 10);
			List<Set<String>> pairs = top.stream().map(c -> Set.of(ids.get(c.first().id()), ids.get(c.second().id()))).toList();
			long found = CONTRADICTIONS.stream().filter(pairs::contains).count();
			assertEquals(CONTRADICTIONS.size(), found, "recall in the top 10: " + pairs);
			assertTrue(top.stream().allMatch(c -> !c.reasons().isEmpty()), "every candidate says why");
			String reasons = top.stream().flatMap(c -> c.reasons().stream()).collect(Collectors.joining("\n"));
			assertTrue(reasons.contains("opposite polarity"), reasons);

			// once linked, a pair is no longer proposed
			var first = top.get(0);
			domain.getCommandStack().execute(ClaimCommands.relate(domain, store.getCorpus(),
					org.collatio.core.derived.ClaimKeys.resolve(store, first.first().key()).orElseThrow(),
					org.collatio.core.derived.ClaimKeys.resolve(store, first.second().key()).orElseThrow(), RelationKind.CONTRADICTS, ""));
			assertFalse(new CandidateFinder().find(store, 50).stream()
					.anyMatch(c -> c.first().key().equals(first.first().key()) && c.second().key().equals(first.second().key())));
		}
	}

	@Test
	void inAWiderReadingMostContradictionsStillRankInTheTopTen() throws Exception {
		try (CorpusStore store = seedCorpus()) {
			var ids = record(store, WIDER);
			List<CandidateFinder.Candidate> top = new CandidateFinder().find(store, 10);
			List<Set<String>> pairs = top.stream().map(c -> Set.of(ids.get(c.first().id()), ids.get(c.second().id()))).toList();
			long found = WIDER_CONTRADICTIONS.stream().filter(pairs::contains).count();
			System.out.println("wider reading: " + found + " of " + WIDER_CONTRADICTIONS.size() + " contradictions in the top 10 of "
					+ (WIDER.size() * (WIDER.size() - 1) / 2) + " pairs: " + pairs);
			assertTrue(found >= 5, "recall in the top 10: " + found + " of " + WIDER_CONTRADICTIONS.size() + ": " + pairs);
		}
	}
}
