/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile;

import java.util.List;

import org.collatio.model.edit.ModelLabels;
import org.collatio.core.derived.ClaimRecord;
import org.collatio.model.ClaimRelation;
import org.collatio.model.Document;
import org.collatio.model.Proposition;
import org.collatio.model.RelationKind;
import org.collatio.model.Stance;

/**
 * One account of a proposition: a claim with where it was published, who said it, through whom,
 * when, with which stance, its quoted text and the relations that tie it to other claims. Plain
 * values (made in a job from a {@link ReconciliationInput}): the claim itself is named by its
 * {@link #key()} and looked up in the store (on the UI thread) only when the researcher acts on it.
 * {@code document} and {@code proposition} are handles for commands and editors, never read off the
 * UI thread.
 */
public record Account(ClaimRecord record, Document document, Proposition proposition, String speaker, String via, String outlet,
		String published, String quote, List<Link> links) {

	/**
	 * A relation seen from this account: its kind, the other claim (by key, with a short name for
	 * labels), and whether this claim is the source. The relation is a handle for commands.
	 */
	public record Link(ClaimRelation relation, RelationKind kind, String otherKey, String otherName, boolean outgoing) {
	}

	public Account {
		links = List.copyOf(links);
	}

	/** The claim's key, {@code documentId#claimId}. */
	public String key() {
		return record.key();
	}

	/** When it was said, as the researcher wrote it ("in a 2020 interview", "2020-10-07"). */
	public String whenStated() {
		return record.whenStated() == null ? "" : record.whenStated();
	}

	/** The claim's own resolved date, as written (possibly partial), or null. */
	public String whenDate() {
		return record.whenDate();
	}

	/**
	 * The date the claim was made, as a (possibly partial) ISO date: the resolved date of the claim,
	 * else the publication date of its document.
	 */
	public String date() {
		return record.whenDate() != null && !record.whenDate().isBlank() ? record.whenDate() : published;
	}

	/** Whether the claim is in a contradiction with another claim. */
	public boolean inConflict() {
		return links.stream().anyMatch(l -> l.kind() == RelationKind.CONTRADICTS);
	}

	public Stance stanceValue() {
		return record.stance() == null ? Stance.ASSERTS : record.stance();
	}

	public String stance() {
		return ModelLabels.of(stanceValue());
	}

	public String kind() {
		return ModelLabels.of(record.kind());
	}

	public String paraphrase() {
		return record.paraphrase();
	}

	/** "Putin (MassisPost, 2023-09-21)": who made the claim and where it was published. */
	public String shortName() {
		return Labels.shortName(speaker, outlet, published);
	}
}
