/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.suggest;

/**
 * A claim proposed from reported speech. Offsets are UTF-16 units of the document's text, end
 * exclusive.
 *
 * @param begin       start of what is claimed
 * @param end         end of what is claimed
 * @param text        the claimed text (the document's characters between begin and end)
 * @param speaker     the speaker: a known entity's name, or the name as written
 * @param speakerId   the id of the known entity, or null when a new entity is proposed
 * @param mentionBegin start of the words naming the speaker (a pronoun when resolved), -1 if none
 * @param mentionEnd  end of those words, -1 if none
 * @param via         the agency or outlet relaying the claim, or null
 * @param kind        how it is reported
 * @param when        the time stated for the claim ("on Wednesday"), or null
 * @param confidence  0..1: how sure the rule that found it is
 */
public record Suggestion(int begin, int end, String text, String speaker, String speakerId, int mentionBegin, int mentionEnd,
		String via, SuggestionKind kind, String when, double confidence) {

	/** Whether the ranges of this and {@code other} share a character. */
	public boolean overlaps(int otherBegin, int otherEnd) {
		return begin < otherEnd && otherBegin < end;
	}
}
