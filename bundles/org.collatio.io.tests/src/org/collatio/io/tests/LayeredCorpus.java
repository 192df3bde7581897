/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.tests;

import static org.collatio.io.tests.ExchangeCorpora.FAILED_DOC;
import static org.collatio.io.tests.ExchangeCorpora.PROTECT;
import static org.collatio.io.tests.ExchangeCorpora.PROTECT_DOC;
import static org.collatio.io.tests.ExchangeCorpora.PUTIN;
import static org.collatio.io.tests.ExchangeCorpora.TEXT_FAILED;
import static org.collatio.io.tests.ExchangeCorpora.TEXT_PROTECT;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;

import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.CorpusStore.LayerChoice;
import org.collatio.core.store.Layers;
import org.collatio.core.tags.Tags;
import org.collatio.model.Annotator;
import org.collatio.model.Claim;
import org.collatio.model.ClaimKind;
import org.collatio.model.ClaimRelation;
import org.collatio.model.CollatioFactory;
import org.collatio.model.Corpus;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.EntityKind;
import org.collatio.model.Mention;
import org.collatio.model.Proposition;
import org.collatio.model.RelationKind;
import org.collatio.model.RelationStatus;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Stance;

/**
 * One corpus folder coded by two coders and curated: the articles of {@link ExchangeCorpora} (a
 * character outside the BMP, an emoji, CRLF line ends), Alice's layer (the first coder's,
 * {@code documents/ID.xmi}), Bob's ({@code documents/ID@bob.xmi}) and the curated layer
 * ({@code documents/ID@curated.xmi}). Every layer uses the same span and claim ids ({@code s1},
 * {@code c1}), as a curated span keeps the id of the coder's span it was accepted from, so an export
 * must tell them apart by layer; each coder links their two claims across the documents. Ids and
 * times are fixed, so exports are comparable byte for byte.
 */
final class LayeredCorpus {

	static final CollatioFactory F = CollatioFactory.eINSTANCE;
	static final Date CREATED = Date.from(Instant.parse("2026-03-02T09:00:00Z"));
	static final String ALICE_SAID = "Putin said the peacekeepers protect civilians.";
	/** Bob's claim span: from "Putin said" across the CRLF to "Interfax reported it". */
	static final int BOB_BEGIN = TEXT_PROTECT.indexOf("Putin said");
	static final int BOB_END = TEXT_PROTECT.indexOf(" on Wednesday");
	static final String INTERFAX = "interfax";

	private LayeredCorpus() {
	}

	/** The corpus in {@code folder} (the articles go beside it), every layer saved. */
	static Path create(Path folder) throws Exception {
		Path articles = ExchangeCorpora.articles(folder.resolveSibling(folder.getFileName() + "-articles"), ExchangeCorpora.sameArticles());
		ExchangeCorpora.corpus(folder, articles);
		try (CorpusStore store = CorpusStore.open(folder)) {
			// where each article came from, without the temporary folder's name: exports compare byte for byte across runs
			store.getCorpus().getDocuments().forEach(document -> document.setImportedFrom("articles/" + document.getId() + ".txt"));
			store.save();
		}
		try (CorpusStore store = CorpusStore.open(folder, LayerChoice.coder("Alice"))) {
			Annotator alice = store.getCoder();
			Corpus corpus = store.getCorpus();
			DocumentContent protect = store.getContent(store.findDocument(PROTECT_DOC));
			span(protect, "s1", 0, 2, "l", alice);
			int said = TEXT_PROTECT.indexOf(ALICE_SAID);
			Claim protects = claim(protect, span(protect, "s2", said, said + ALICE_SAID.length(), "c", alice), entity(corpus, PUTIN), null,
					Stance.ASSERTS, alice);
			protects.setKind(ClaimKind.DIRECT_QUOTE);
			DocumentContent failed = store.getContent(store.findDocument(FAILED_DOC));
			int failure = TEXT_FAILED.indexOf("failed to protect the population.");
			Claim denies = claim(failed, span(failed, "s1", failure, failure + "failed to protect the population.".length(), "c", alice), null, null,
					Stance.DENIES, alice);
			relation(corpus, "r-alice", denies, protects, RelationStatus.CONFIRMED, alice);
			store.save();
		}
		try (CorpusStore store = CorpusStore.open(folder, LayerChoice.coder("Bob"))) {
			Annotator bob = store.getCoder();
			Corpus corpus = store.getCorpus();
			Entity interfax = F.createEntity();
			interfax.setId(INTERFAX);
			interfax.setKind(EntityKind.OUTLET);
			interfax.setCanonicalName("Interfax");
			corpus.getEntities().add(interfax);
			DocumentContent protect = store.getContent(store.findDocument(PROTECT_DOC));
			SpanAnnotation across = span(protect, "s1", BOB_BEGIN, BOB_END, "c", bob);
			across.setNote("crosses\r\na line");
			SpanAnnotation putin = span(protect, "s2", BOB_BEGIN, BOB_BEGIN + "Putin".length(), "s", bob);
			Mention mention = F.createMention();
			mention.setId("m1");
			mention.setSpan(putin);
			mention.setEntity(entity(corpus, PUTIN));
			protect.getMentions().add(mention);
			Claim reported = claim(protect, across, entity(corpus, PUTIN), interfax, Stance.ASSERTS, bob);
			reported.setKind(ClaimKind.REPORTED_SPEECH);
			DocumentContent failed = store.getContent(store.findDocument(FAILED_DOC));
			int emoji = TEXT_FAILED.indexOf("\uD83D");
			int end = TEXT_FAILED.indexOf("population.") + "population.".length();
			Claim denies = claim(failed, span(failed, "s1", emoji, end, "c", bob), null, null, Stance.DENIES, bob);
			relation(corpus, "r-bob", denies, reported, RelationStatus.PROPOSED, bob);
			store.save();
		}
		try (CorpusStore store = CorpusStore.open(folder, new LayerChoice("Alice", Layers.CURATED))) {
			span(store.getContent(store.findDocument(PROTECT_DOC)), "s1", 0, 2, "l", store.getCoder());
			store.save();
		}
		return folder;
	}

	/** The corpus opened for reading on a coder's layer ({@code layer} null: Alice's, the first coder's). */
	static CorpusStore open(Path folder, String layer) throws Exception {
		return CorpusStore.openReadOnly(folder, new LayerChoice("Alice", layer));
	}

	private static Entity entity(Corpus corpus, String id) {
		return corpus.getEntities().stream().filter(e -> id.equals(e.getId())).findFirst().orElseThrow();
	}

	private static SpanAnnotation span(DocumentContent content, String id, int begin, int end, String key, Annotator coder) {
		SpanAnnotation span = F.createSpanAnnotation();
		span.setId(id);
		span.setBegin(begin);
		span.setEnd(end);
		span.getTags().add(Tags.byKey(corpusOf(content), key).orElseThrow());
		span.setAnnotator(coder);
		span.setCreated(CREATED);
		content.getSpans().add(span);
		return span;
	}

	private static Corpus corpusOf(DocumentContent content) {
		return CorpusStore.of(content).getCorpus();
	}

	private static Claim claim(DocumentContent content, SpanAnnotation span, Entity speaker, Entity via, Stance stance, Annotator coder) {
		Claim claim = F.createClaim();
		claim.setId("c1");
		claim.getSpans().add(span);
		claim.setSpeaker(speaker);
		claim.setVia(via);
		claim.setStance(stance);
		claim.setProposition(proposition(corpusOf(content)));
		claim.setAnnotator(coder);
		claim.setCreated(CREATED);
		content.getClaims().add(claim);
		return claim;
	}

	private static Proposition proposition(Corpus corpus) {
		return corpus.getPropositions().stream().filter(p -> PROTECT.equals(p.getId())).findFirst().orElseThrow();
	}

	private static void relation(Corpus corpus, String id, Claim source, Claim target, RelationStatus status, Annotator coder) {
		ClaimRelation relation = F.createClaimRelation();
		relation.setId(id);
		relation.setKind(RelationKind.CONTRADICTS);
		relation.setSource(source);
		relation.setTarget(target);
		relation.setStatus(status);
		relation.setRationale("protect vs failed to protect");
		relation.setAnnotator(coder);
		relation.setCreated(CREATED);
		corpus.getRelations().add(relation);
	}
}
