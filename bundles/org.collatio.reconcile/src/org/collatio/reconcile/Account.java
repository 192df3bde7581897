/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile;

import java.util.List;

import org.collatio.model.Claim;
import org.collatio.model.ClaimRelation;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.RelationKind;

/**
 * One account of a proposition: a claim with where it was published, who said it, through whom,
 * when, with which stance, its quoted text and the relations that tie it to other claims.
 */
public record Account(Claim claim, Document document, String quote, List<Link> links) {

	/** A relation seen from this account: its kind, the other claim, and whether this claim is the source. */
	public record Link(ClaimRelation relation, Claim other, boolean outgoing) {

		public RelationKind kind() {
			return relation.getKind();
		}
	}

	public static Account of(Claim claim, List<Link> links) {
		DocumentContent content = (DocumentContent) claim.eContainer();
		StringBuilder quote = new StringBuilder();
		claim.getSpans().forEach(span -> {
			if (!quote.isEmpty()) {
				quote.append(" \u2026 ");
			}
			quote.append(content.getText(), span.getBegin(), span.getEnd());
		});
		return new Account(claim, content.getDocument(), quote.toString().replaceAll("\\s+", " ").strip(), List.copyOf(links));
	}

	public String outlet() {
		return document == null || document.getOutlet() == null ? "" : document.getOutlet();
	}

	public String published() {
		return document == null || document.getPublicationDate() == null ? "" : document.getPublicationDate();
	}

	public String speaker() {
		return name(claim.getSpeaker());
	}

	public String via() {
		return name(claim.getVia());
	}

	/** When it was said, as the researcher wrote it ("in a 2020 interview", "2020-10-07"). */
	public String whenStated() {
		return claim.getWhenStated() == null ? "" : claim.getWhenStated();
	}

	/**
	 * The date the claim was made, as a (possibly partial) ISO date: the resolved date of the claim,
	 * else the publication date of its document.
	 */
	public String date() {
		return claim.getWhenDate() != null && !claim.getWhenDate().isBlank() ? claim.getWhenDate() : published();
	}

	/** Whether the claim is in a contradiction with another claim. */
	public boolean inConflict() {
		return links.stream().anyMatch(l -> l.kind() == RelationKind.CONTRADICTS);
	}

	public String stance() {
		return claim.getStance().getLiteral().toLowerCase(java.util.Locale.ROOT);
	}

	public String kind() {
		return claim.getKind().getLiteral().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
	}

	private static String name(Entity entity) {
		return entity == null || entity.getCanonicalName() == null ? "" : entity.getCanonicalName();
	}
}
