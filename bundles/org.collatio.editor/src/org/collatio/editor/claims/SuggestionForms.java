/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.claims;

import org.collatio.core.edit.SuggestedClaimCommands.Suggested;
import org.collatio.model.ClaimKind;
import org.collatio.model.Stance;
import org.collatio.suggest.Suggestion;

/** A suggested claim as the claim form's values, and as the core command's. */
public final class SuggestionForms {

	private SuggestionForms() {
	}

	/** The claim form pre-filled from a suggestion: speaker, via, when said, kind. */
	public static ClaimForm of(Suggestion s) {
		return new ClaimForm(s.speaker(), s.via(), s.when(), null, null, Stance.ASSERTS, kind(s), null);
	}

	public static Suggested suggested(Suggestion s) {
		return new Suggested(s.begin(), s.end(), s.speaker(), s.via(), s.when(), kind(s));
	}

	static ClaimKind kind(Suggestion s) {
		return switch (s.kind()) {
		case DIRECT_QUOTE -> ClaimKind.DIRECT_QUOTE;
		case REPORTED_SPEECH -> ClaimKind.REPORTED_SPEECH;
		case OUTLET_ASSERTION -> ClaimKind.OUTLET_ASSERTION;
		};
	}
}
