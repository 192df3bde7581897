/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile;

import java.util.stream.Collectors;

import org.collatio.model.Claim;
import org.collatio.model.DocumentContent;
import org.collatio.model.RelationKind;
import org.collatio.model.edit.ModelLabels;
import org.eclipse.emf.common.util.Enumerator;

/** The words the view and the reports share for claims and relations. */
public final class Labels {

	private Labels() {
	}

	/** "Putin (MassisPost, 2023-09-21)": who made a claim and where it was published. */
	public static String shortName(Claim claim) {
		String who = claim.getSpeaker() != null ? claim.getSpeaker().getCanonicalName() : "";
		if (claim.eContainer() instanceof DocumentContent content && content.getDocument() != null) {
			var document = content.getDocument();
			return shortName(who, document.getOutlet() == null ? document.getId() : document.getOutlet(),
					document.getPublicationDate() == null ? "" : document.getPublicationDate());
		}
		return who.isEmpty() ? "the outlet" : who;
	}

	/** "Putin (MassisPost, 2023-09-21)" from the values; "the outlet" when there is no speaker. */
	public static String shortName(String speaker, String outlet, String published) {
		String who = speaker == null || speaker.isEmpty() ? "the outlet" : speaker;
		return who + " (" + outlet + (published == null || published.isEmpty() ? "" : ", " + published) + ")";
	}

	/** "contradicts" / "agrees with" / "qualifies" / "updates", read from the source's side or, reversed, from the target's. */
	public static String verb(RelationKind kind, boolean outgoing) {
		return switch (kind) {
		case CONTRADICTS -> "contradicts";
		case AGREES -> "agrees with";
		case QUALIFIES -> outgoing ? "qualifies" : "is qualified by";
		case UPDATES -> outgoing ? "updates" : "is updated by";
		};
	}

	/** The relations of an account, one phrase each: "contradicts Putin (MassisPost, 2023-09-21)". */
	public static String links(Account account) {
		return account.links().stream().map(l -> verb(l.kind(), l.outgoing()) + " " + l.otherName()).collect(Collectors.joining("; "));
	}

	/** The display name of a model value ("reported speech"), from the edit layer. */
	public static String lower(Enumerator literal) {
		return ModelLabels.of(literal);
	}
}
