/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.collatio.cli.Cli;
import org.collatio.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code collatio suggest-claims}: the suggestions of the seed articles as a script reads them, and accepting them. */
class SuggestClaimsCliTest {

	@TempDir
	Path dir;

	private record Run(int code, String out, String err) {
	}

	private static Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
		return new Run(code, out.toString(), err.toString());
	}

	private Path seedCorpus() {
		String root = System.getProperty("collatio.repository");
		Path seeds = Path.of(root != null ? root : "../..").resolve("seeds");
		Path corpus = dir.resolve("corpus");
		assertEquals(ExitCodes.OK, run("import", "--corpus", corpus.toString(), seeds.toString()).code());
		return corpus;
	}

	private static List<JsonNode> lines(String jsonl) throws Exception {
		List<JsonNode> nodes = new ArrayList<>();
		for (String line : jsonl.split("\n")) {
			if (!line.isBlank()) {
				nodes.add(new ObjectMapper().readTree(line));
			}
		}
		return nodes;
	}

	@Test
	void jsonlGivesOneSuggestionALineWithOffsetsIntoTheStoredText() throws Exception {
		Path corpus = seedCorpus();
		Run r = run("suggest-claims", "--corpus", corpus.toString(), "--format", "jsonl");
		assertEquals(ExitCodes.OK, r.code(), r.err());
		List<JsonNode> all = lines(r.out());
		assertTrue(all.size() > 20, r.out());
		for (JsonNode s : all) {
			String text = Files.readString(corpus.resolve("documents").resolve(s.get("document").asText() + ".txt"));
			int begin = s.get("begin").asInt();
			int end = s.get("end").asInt();
			assertEquals(text.substring(begin, end), s.get("text").asText(), "begin/end are UTF-16 offsets into the stored text");
			for (String field : List.of("speaker", "speakerMention", "via", "kind", "when", "confidence")) {
				assertTrue(s.has(field), field + " in " + s);
			}
		}
		JsonNode relay = all.stream().filter(s -> s.get("text").asText().startsWith("Our task now is to support")).findFirst().orElseThrow();
		// "Putin" as written; the article named him in full before ("Russian President Vladimir Putin")
		assertEquals("Vladimir Putin", relay.get("speaker").asText());
		assertEquals("Interfax", relay.get("via").asText());
		assertEquals("direct-quote", relay.get("kind").asText());
		String text = Files.readString(corpus.resolve("documents").resolve(relay.get("document").asText() + ".txt"));
		JsonNode mention = relay.get("speakerMention");
		assertEquals("Putin", text.substring(mention.get("begin").asInt(), mention.get("end").asInt()));
	}

	@Test
	void documentOptionLimitsTheDocumentsAndAnUnknownOneIsNamed() throws Exception {
		Path corpus = seedCorpus();
		Run one = run("suggest-claims", "--corpus", corpus.toString(), "--document", "002_36c442c41114755f", "--format", "jsonl");
		assertEquals(ExitCodes.OK, one.code(), one.err());
		assertFalse(lines(one.out()).isEmpty());
		assertTrue(lines(one.out()).stream().allMatch(s -> s.get("document").asText().equals("002_36c442c41114755f")));

		Run unknown = run("suggest-claims", "--corpus", corpus.toString(), "--document", "nope");
		assertEquals(ExitCodes.INPUT_REJECTED, unknown.code());
		assertTrue(unknown.err().contains("no document \u201cnope\u201d"), unknown.err());
		assertEquals("", unknown.out());
	}

	@Test
	void acceptAboveMakesClaimsOnceAndABadThresholdIsAUsageError() throws Exception {
		Path corpus = seedCorpus();
		Run bad = run("suggest-claims", "--corpus", corpus.toString(), "--accept-above", "1.5");
		assertEquals(ExitCodes.USAGE, bad.code());
		assertTrue(bad.err().contains("--accept-above must be between 0 and 1"), bad.err());

		Run accepted = run("suggest-claims", "--corpus", corpus.toString(), "--accept-above", "0.85");
		assertEquals(ExitCodes.OK, accepted.code(), accepted.err());
		int confident = (int) accepted.out().lines().filter(l -> l.matches(".* \\d+-\\d+ 0\\.(8[5-9]|9\\d) .*") || l.matches(".* \\d+-\\d+ 1\\.00 .*")).count();
		assertNotEquals(0, confident, accepted.out());
		assertTrue(accepted.out().contains("Accepted " + confident + " suggestions at or above 0.85 as claims."), accepted.out());
		assertTrue(run("info", "--corpus", corpus.toString()).out().matches("(?s).*claims +" + confident + "\\b.*"));

		Run again = run("suggest-claims", "--corpus", corpus.toString(), "--accept-above", "0.85");
		assertTrue(again.out().contains("Accepted 0 suggestions"), "a range that already backs a claim is not claimed twice: " + again.out());
	}

	/**
	 * Accepting every article's suggestions makes one entity of one person, however each article names
	 * him ("Russian President Vladimir Putin", "President Vladimir Putin", "Putin"): the articles are
	 * suggested one after the other, each knowing the entities the ones before made.
	 */
	@Test
	void acceptingAllArticlesMakesOneEntityOfOnePerson() throws Exception {
		Path corpus = seedCorpus();
		Run accepted = run("suggest-claims", "--corpus", corpus.toString(), "--accept-above", "0.5");
		assertEquals(ExitCodes.OK, accepted.code(), accepted.err());
		try (var store = org.collatio.core.store.CorpusStore.open(corpus)) {
			for (String family : List.of("Putin", "Pashinyan", "Peskov")) {
				List<String> named = store.getCorpus().getEntities().stream().map(e -> e.getCanonicalName()).filter(n -> n.contains(family)).toList();
				assertEquals(1, named.size(), family + ": " + named);
			}
			long putinsClaims = store.getCorpus().getDocuments().stream().map(d -> {
				try {
					return store.getContent(d);
				} catch (org.collatio.core.store.CorpusException e) {
					throw new IllegalStateException(e);
				}
			}).flatMap(c -> c.getClaims().stream()).filter(c -> c.getSpeaker() != null && c.getSpeaker().getCanonicalName().contains("Putin"))
					.map(c -> ((org.collatio.model.DocumentContent) c.eContainer()).getDocument()).distinct().count();
			assertTrue(putinsClaims >= 3, "his claims in several articles, of one entity: " + putinsClaims);
		}
	}
}
