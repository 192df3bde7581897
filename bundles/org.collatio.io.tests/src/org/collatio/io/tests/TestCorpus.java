/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.tests;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;

import org.collatio.core.store.CorpusStore;
import org.collatio.core.tags.Tags;
import org.collatio.model.Annotator;
import org.collatio.model.Claim;
import org.collatio.model.ClaimKind;
import org.collatio.model.ClaimRelation;
import org.collatio.model.CollatioFactory;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.EntityKind;
import org.collatio.model.Mention;
import org.collatio.model.Proposition;
import org.collatio.model.RegionKind;
import org.collatio.model.RelationKind;
import org.collatio.model.RelationStatus;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Stance;
import org.collatio.model.Tag;
import org.collatio.model.TextRegion;
import org.collatio.model.Verdict;

/**
 * The corpus every export test starts from, saved: a character outside the BMP, CRLF line ends,
 * overlapping spans, a span with two tags and a note over a line break, entities with aliases, a
 * mention, claims with every field, relations across and within documents (one of them REJECTED, a
 * dismissed candidate), a document nobody annotated, and a tag of its own colour under a default one.
 */
final class TestCorpus {

	static final CollatioFactory F = CollatioFactory.eINSTANCE;
	/** "𝔄" (U+1D504) is two UTF-16 units and one code point; CRLF line ends. */
	static final String TEXT_A = "\uD835\uDD04 Putin said the peacekeepers protect civilians.\r\nInterfax reported it.\r\n";
	static final String TEXT_B = "Grigoryan said the peacekeepers failed to protect the population.\n";
	static final String TEXT_C = "A third article, \uD83D\uDE00 not annotated.\n";
	static final Date CREATED = Date.from(Instant.parse("2026-03-01T10:15:30.123Z"));

	private TestCorpus() {
	}

	static CorpusStore create(Path folder) throws Exception {
		CorpusStore store = CorpusStore.openOrCreate(folder, "test corpus");
		Document a = document(store, "a", TEXT_A);
		a.setAuthor("A. Writer");
		a.setUrl("https://example.org/a");
		a.setPublicationDate("2020-11");
		a.setLanguage("en");
		TextRegion region = F.createTextRegion();
		region.setBegin(TEXT_A.indexOf("Interfax"));
		region.setEnd(TEXT_A.length());
		region.setKind(RegionKind.SOURCE_LINE);
		region.setLabel("source line");
		a.getBoilerplate().add(region);
		Document b = document(store, "b", TEXT_B);
		document(store, "c", TEXT_C);

		Annotator annotator = F.createAnnotator();
		annotator.setId("ann1");
		annotator.setName("Researcher One");
		store.getCorpus().getAnnotators().add(annotator);
		Entity putin = entity(store, "putin", "Vladimir Putin", EntityKind.PERSON, "Putin", "V. Putin");
		Entity interfax = entity(store, "interfax", "Interfax", EntityKind.OUTLET, "Interfax news agency");
		a.setOutletEntity(interfax);
		Proposition proposition = F.createProposition();
		proposition.setId("p1");
		proposition.setStatement("The peacekeepers protect civilians");
		proposition.setVerdict(Verdict.CONTESTED);
		proposition.setVerdictNote("sources disagree");
		store.getCorpus().getPropositions().add(proposition);

		Tag claimTag = Tags.byKey(store.getCorpus(), "c").orElseThrow();
		Tag speaker = Tags.byKey(store.getCorpus(), "s").orElseThrow();
		Tag agency = Tags.byKey(store.getCorpus(), "a").orElseThrow();
		Tag label = Tags.byKey(store.getCorpus(), "l").orElseThrow();
		Tag custom = F.createTag();
		custom.setId("tag-framing.label.euphemism");
		custom.setCode("framing.label.euphemism");
		custom.setName("Euphemism");
		custom.setColor("#123ABC");
		label.getChildren().add(custom);

		DocumentContent ca = store.getContent(a);
		int said = TEXT_A.indexOf("Putin said");
		int end = TEXT_A.indexOf("Interfax reported") + "Interfax reported".length(); // across the CRLF
		SpanAnnotation whole = span(ca, said, end, claimTag, "crosses a line");
		SpanAnnotation putinSpan = span(ca, said, said + 5, speaker, null); // inside the claim span: overlap
		int peacekeepers = TEXT_A.indexOf("peacekeepers");
		SpanAnnotation twoTags = span(ca, peacekeepers, peacekeepers + "peacekeepers".length(), label, "note over\r\ntwo lines\tand a tab");
		twoTags.getTags().add(custom);
		twoTags.setAnnotator(annotator);
		twoTags.setCreated(CREATED);
		twoTags.setModified(CREATED);
		span(ca, 0, 2, label, null); // the non-BMP character itself
		int interfaxAt = TEXT_A.indexOf("Interfax reported it.");
		SpanAnnotation reported = span(ca, interfaxAt, interfaxAt + "Interfax reported it.".length(), agency, null);
		Claim c1 = claim(ca, "c1", whole, putin, Stance.ASSERTS);
		c1.setVia(interfax);
		c1.setWhenStated("on Wednesday");
		c1.setWhenDate("2020-11-11");
		c1.setProposition(proposition);
		c1.setKind(ClaimKind.REPORTED_SPEECH);
		c1.setParaphrase("Putin: the peacekeepers protect civilians");
		c1.setAnnotator(annotator);
		c1.setCreated(CREATED);
		Claim c3 = claim(ca, "c3", reported, interfax, Stance.UNCERTAIN);
		c3.setKind(ClaimKind.OUTLET_ASSERTION);
		Mention mention = F.createMention();
		mention.setId("m1");
		mention.setSpan(putinSpan);
		mention.setEntity(putin);
		ca.getMentions().add(mention);

		DocumentContent cb = store.getContent(b);
		Claim c2 = claim(cb, "c2", span(cb, 0, TEXT_B.length() - 1, claimTag, null), null, Stance.DENIES);
		c2.setProposition(proposition);
		relation(store, "r1", RelationKind.CONTRADICTS, c1, c2, RelationStatus.CONFIRMED, "protect vs failed to protect").setAnnotator(annotator);
		relation(store, "r2", RelationKind.AGREES, c2, c1, RelationStatus.REJECTED, "dismissed candidate");
		relation(store, "r3", RelationKind.UPDATES, c3, c1, RelationStatus.PROPOSED, null).setCreated(CREATED);
		store.save();
		return store;
	}

	private static Document document(CorpusStore store, String id, String text) throws Exception {
		Document document = F.createDocument();
		document.setId(id);
		document.setTitle("Document " + id);
		document.setOutlet("Outlet " + id);
		store.addDocument(document, text);
		return document;
	}

	private static Entity entity(CorpusStore store, String id, String name, EntityKind kind, String... aliases) {
		Entity entity = F.createEntity();
		entity.setId(id);
		entity.setCanonicalName(name);
		entity.setKind(kind);
		entity.getAliases().addAll(java.util.List.of(aliases));
		store.getCorpus().getEntities().add(entity);
		return entity;
	}

	static SpanAnnotation span(DocumentContent content, int begin, int end, Tag tag, String note) {
		SpanAnnotation span = F.createSpanAnnotation();
		span.setId("s" + content.getSpans().size() + content.getDocument().getId());
		span.setBegin(begin);
		span.setEnd(end);
		span.getTags().add(tag);
		span.setNote(note);
		content.getSpans().add(span);
		return span;
	}

	private static Claim claim(DocumentContent content, String id, SpanAnnotation span, Entity speaker, Stance stance) {
		Claim claim = F.createClaim();
		claim.setId(id);
		claim.getSpans().add(span);
		claim.setSpeaker(speaker);
		claim.setStance(stance);
		content.getClaims().add(claim);
		return claim;
	}

	private static ClaimRelation relation(CorpusStore store, String id, RelationKind kind, Claim source, Claim target, RelationStatus status,
			String rationale) {
		ClaimRelation relation = F.createClaimRelation();
		relation.setId(id);
		relation.setKind(kind);
		relation.setSource(source);
		relation.setTarget(target);
		relation.setStatus(status);
		relation.setRationale(rationale);
		store.getCorpus().getRelations().add(relation);
		return relation;
	}
}
