/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.study;

import java.util.Locale;

import org.collatio.core.store.LayerReader;
import org.collatio.model.Claim;

/** A coded value of a claim whose agreement is measured (nominal): who speaks, their stance, about what, how. */
public enum ClaimField {

	SPEAKER, STANCE, PROPOSITION, KIND;

	/** A claim made without a value for this field: a value of its own (coded as "none"), not a missing one. */
	static final String NONE = "(none)";

	/** The value a coder gave this field of a claim read by a {@link LayerReader}. */
	String valueOf(Claim claim) {
		String value = switch (this) {
		case SPEAKER -> LayerReader.idOf(claim.getSpeaker());
		case STANCE -> claim.getStance() == null ? null : claim.getStance().getLiteral();
		case PROPOSITION -> LayerReader.idOf(claim.getProposition());
		case KIND -> claim.getKind() == null ? null : claim.getKind().getLiteral();
		};
		return value == null ? NONE : value;
	}

	/** "speaker", "stance", ... */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}
}
