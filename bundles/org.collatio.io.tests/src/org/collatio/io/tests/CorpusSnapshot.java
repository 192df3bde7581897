/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.tests;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import org.collatio.core.store.CorpusStore;
import org.collatio.model.Annotator;
import org.collatio.model.Claim;
import org.collatio.model.ClaimRelation;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.Mention;
import org.collatio.model.Proposition;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;
import org.collatio.model.TagSet;
import org.collatio.model.TextRegion;

/**
 * Everything a corpus holds, one line per object, so that two corpora compare with one
 * assertEquals and a difference shows as the lines that differ: tag sets (hierarchy, colours,
 * keys), entities with aliases, propositions, annotators, documents (metadata, exact text,
 * boilerplate), spans (offsets, tags, notes, provenance), claims (every field), mentions and
 * relations (kind, ends, rationale, status).
 */
final class CorpusSnapshot {

	private CorpusSnapshot() {
	}

	static List<String> of(CorpusStore store) throws Exception {
		List<String> lines = new ArrayList<>();
		for (TagSet set : store.getCorpus().getTagSets()) {
			lines.add("tagset " + set.getId() + " | " + set.getName() + " | " + set.getDescription());
			set.getTags().forEach(tag -> tag(tag, "  ", lines));
		}
		for (Entity entity : store.getCorpus().getEntities()) {
			lines.add("entity " + entity.getId() + " | " + entity.getKind() + " | " + entity.getCanonicalName() + " | " + entity.getAliases() + " | "
					+ entity.getDescription());
		}
		for (Proposition proposition : store.getCorpus().getPropositions()) {
			lines.add("proposition " + proposition.getId() + " | " + proposition.getStatement() + " | " + proposition.getVerdict() + " | "
					+ proposition.getVerdictNote() + " | " + proposition.getNotes());
		}
		for (Annotator annotator : store.getCorpus().getAnnotators()) {
			lines.add("annotator " + annotator.getId() + " | " + annotator.getName());
		}
		for (Document document : store.getCorpus().getDocuments()) {
			lines.add("document " + document.getId() + " | " + document.getTitle() + " | " + document.getOutlet() + " | "
					+ id(document.getOutletEntity()) + " | " + document.getAuthor() + " | " + document.getUrl() + " | "
					+ document.getPublicationDate() + " | " + document.getLanguage() + " | " + document.getLength());
			for (TextRegion region : document.getBoilerplate()) {
				lines.add("  region " + region.getBegin() + "-" + region.getEnd() + " " + region.getKind() + " " + region.getLabel());
			}
			DocumentContent content = store.getContent(document);
			lines.add("  text " + content.getText().replace("\r", "\\r").replace("\n", "\\n"));
			for (SpanAnnotation span : content.getSpans()) {
				lines.add("  span " + span.getId() + " " + span.getBegin() + "-" + span.getEnd() + " "
						+ span.getTags().stream().map(Tag::getId).toList() + " | " + span.getNote() + " | "
						+ (span.getAnnotator() == null ? null : span.getAnnotator().getId()) + " | " + time(span.getCreated()) + " | "
						+ time(span.getModified()));
			}
			for (Claim claim : content.getClaims()) {
				lines.add("  claim " + claim.getId() + " " + claim.getSpans().stream().map(SpanAnnotation::getId).toList() + " | speaker "
						+ id(claim.getSpeaker()) + " | via " + id(claim.getVia()) + " | " + claim.getWhenStated() + " | " + claim.getWhenDate()
						+ " | " + (claim.getProposition() == null ? null : claim.getProposition().getId()) + " | " + claim.getStance() + " | "
						+ claim.getKind() + " | " + claim.getParaphrase() + " | "
						+ (claim.getAnnotator() == null ? null : claim.getAnnotator().getId()) + " | " + time(claim.getCreated()));
			}
			for (Mention mention : content.getMentions()) {
				lines.add("  mention " + mention.getId() + " " + (mention.getSpan() == null ? null : mention.getSpan().getId()) + " "
						+ id(mention.getEntity()));
			}
		}
		for (ClaimRelation relation : store.getCorpus().getRelations()) {
			lines.add("relation " + relation.getId() + " " + relation.getKind() + " " + claim(relation.getSource()) + " -> "
					+ claim(relation.getTarget()) + " | " + relation.getRationale() + " | " + relation.getStatus() + " | "
					+ (relation.getAnnotator() == null ? null : relation.getAnnotator().getId()) + " | " + time(relation.getCreated()));
		}
		return lines;
	}

	private static void tag(Tag tag, String indent, List<String> lines) {
		lines.add(indent + "tag " + tag.getId() + " | " + tag.getCode() + " | " + tag.getName() + " | " + tag.getDescription() + " | "
				+ tag.getColor() + " | " + tag.getKey());
		tag.getChildren().forEach(child -> tag(child, indent + "  ", lines));
	}

	private static String claim(Claim claim) {
		return ((DocumentContent) claim.eContainer()).getDocument().getId() + ":" + claim.getId();
	}

	private static String id(Entity entity) {
		return entity == null ? null : entity.getId() + "/" + entity.getAliases().stream().collect(Collectors.joining(","));
	}

	private static String time(Date date) {
		return date == null ? null : date.toInstant().toString();
	}
}
