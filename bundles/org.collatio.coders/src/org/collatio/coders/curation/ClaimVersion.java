/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.curation;

import java.time.Instant;
import java.util.Objects;

import org.collatio.model.edit.ModelLabels;
import org.collatio.model.ClaimKind;
import org.collatio.model.Stance;

/**
 * A coder's claim on a range (the claim whose first span is at that range), as plain values: the
 * speaker, via and proposition by id (with their names for display), stance, kind, when stated,
 * the date, the paraphrase, who made it and when.
 */
public record ClaimVersion(String speakerId, String speakerName, String viaId, String viaName, Stance stance, String propositionId,
		String propositionStatement, ClaimKind kind, String whenStated, String whenDate, String paraphrase, String annotatorId,
		Instant created) {

	/** Whether the two claims have the same speaker, stance, proposition and kind. */
	public boolean sameCore(ClaimVersion other) {
		return other != null && Objects.equals(speakerId, other.speakerId) && stance == other.stance
				&& Objects.equals(propositionId, other.propositionId) && kind == other.kind;
	}

	/** Whether the two claims say the same in every field a curator accepts (not who made them, nor when). */
	public boolean sameAs(ClaimVersion other) {
		return sameCore(other) && Objects.equals(viaId, other.viaId) && Objects.equals(whenStated, other.whenStated)
				&& Objects.equals(whenDate, other.whenDate) && Objects.equals(paraphrase, other.paraphrase);
	}

	/** "Vladimir Putin asserts “peacekeepers protect Karabakh” (direct quote), via TASS, 21 September". */
	public String describe() {
		StringBuilder text = new StringBuilder(speakerName == null ? "no speaker" : speakerName);
		text.append(' ').append(ModelLabels.of(stance == null ? Stance.ASSERTS : stance));
		text.append(propositionStatement == null ? " (no proposition)" : " \u201c" + propositionStatement + "\u201d");
		if (kind != null) {
			text.append(" (").append(ModelLabels.of(kind)).append(')');
		}
		if (viaName != null) {
			text.append(", via ").append(viaName);
		}
		if (whenStated != null) {
			text.append(", ").append(whenStated);
		}
		return text.toString();
	}
}
