/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.collatio.core.store.CorpusStore;
import org.collatio.core.tags.Tags;
import org.collatio.model.Claim;
import org.collatio.model.ClaimRelation;
import org.collatio.model.CollatioFactory;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.EntityKind;
import org.collatio.model.Mention;
import org.collatio.model.Proposition;
import org.collatio.model.RelationKind;
import org.collatio.model.RelationStatus;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Stance;
import org.collatio.model.Tag;

/**
 * Annotates an imported corpus the way a researcher would, so that exports carry every kind of
 * object: spans (overlapping, over a character outside the BMP, across CRLF), claims, a mention,
 * entities, a proposition and relations across documents; plus a document with CRLF and U+1D504.
 */
final class AnnotatedCorpus {

	private static final CollatioFactory F = CollatioFactory.eINSTANCE;
	static final String TEXT_A = "\uD835\uDD04 Putin said the peacekeepers protect civilians.\r\nInterfax reported it.\r\n";

	private AnnotatedCorpus() {
	}

	static void annotate(Path folder) throws Exception {
		try (CorpusStore store = CorpusStore.open(folder)) {
			Document a = F.createDocument();
			a.setId("nonbmp-crlf");
			a.setTitle("Document \uD835\uDD04");
			store.addDocument(a, TEXT_A);
			Entity putin = F.createEntity();
			putin.setId("putin");
			putin.setCanonicalName("Vladimir Putin");
			putin.setKind(EntityKind.PERSON);
			putin.getAliases().add("Putin");
			store.getCorpus().getEntities().add(putin);
			Proposition proposition = F.createProposition();
			proposition.setId("p1");
			proposition.setStatement("The peacekeepers protect civilians");
			store.getCorpus().getPropositions().add(proposition);
			Tag claimTag = Tags.byKey(store.getCorpus(), "c").orElseThrow();
			Tag label = Tags.byKey(store.getCorpus(), "l").orElseThrow();
			Tag speaker = Tags.byKey(store.getCorpus(), "s").orElseThrow();

			DocumentContent ca = store.getContent(a);
			SpanAnnotation whole = span(ca, 2, TEXT_A.indexOf("reported") + 8, claimTag, "across\r\na line");
			SpanAnnotation putinSpan = span(ca, 2, 7, speaker, null);
			span(ca, 0, 2, label, null);
			List<Claim> claims = new ArrayList<>();
			claims.add(claim(ca, "c1", whole, putin, Stance.ASSERTS, proposition));
			Mention mention = F.createMention();
			mention.setId("m1");
			mention.setSpan(putinSpan);
			mention.setEntity(putin);
			ca.getMentions().add(mention);

			List<Document> documents = new ArrayList<>(store.getCorpus().getDocuments());
			for (int i = 0; i < Math.min(4, documents.size() - 1); i++) {
				Document document = documents.get(i);
				DocumentContent content = store.getContent(document);
				String text = content.getText();
				int end = Math.max(1, text.indexOf('\n') > 0 ? text.indexOf('\n') : Math.min(40, text.length()));
				SpanAnnotation first = span(content, 0, end, claimTag, i % 2 == 0 ? "note " + i : null);
				span(content, end / 2, Math.min(text.length(), end + 10), label, null);
				claims.add(claim(content, "k" + i, first, i % 2 == 0 ? putin : null, i % 2 == 0 ? Stance.ASSERTS : Stance.DENIES, proposition));
			}
			for (int i = 1; i < claims.size(); i++) {
				ClaimRelation relation = F.createClaimRelation();
				relation.setId("r" + i);
				relation.setKind(i % 2 == 0 ? RelationKind.AGREES : RelationKind.CONTRADICTS);
				relation.setStatus(i == 2 ? RelationStatus.REJECTED : RelationStatus.CONFIRMED);
				relation.setSource(claims.get(0));
				relation.setTarget(claims.get(i));
				relation.setRationale("because " + i);
				store.getCorpus().getRelations().add(relation);
			}
			store.save();
		}
	}

	private static SpanAnnotation span(DocumentContent content, int begin, int end, Tag tag, String note) {
		SpanAnnotation span = F.createSpanAnnotation();
		span.setId("s" + content.getSpans().size());
		span.setBegin(begin);
		span.setEnd(end);
		span.getTags().add(tag);
		span.setNote(note);
		content.getSpans().add(span);
		return span;
	}

	private static Claim claim(DocumentContent content, String id, SpanAnnotation span, Entity speaker, Stance stance, Proposition proposition) {
		Claim claim = F.createClaim();
		claim.setId(id);
		claim.getSpans().add(span);
		claim.setSpeaker(speaker);
		claim.setStance(stance);
		claim.setProposition(proposition);
		content.getClaims().add(claim);
		return claim;
	}
}
