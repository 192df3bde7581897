/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.derived;

import org.collatio.model.ClaimKind;
import org.collatio.model.Stance;

/**
 * A claim as the derived views need it, as plain values: safe to read on any thread, cheap to keep
 * for every claim of the corpus. Entities and propositions are named by id (their names live in
 * corpus.xmi, which is always in memory). {@code begin} and {@code end} are the UTF-16 offsets of the
 * claim's first span; {@code quote} is the text of its spans as written, joined by " … ".
 */
public record ClaimRecord(String documentId, String claimId, int begin, int end, String quote, String speakerId, String viaId,
		String propositionId, Stance stance, ClaimKind kind, String whenStated, String whenDate, String paraphrase) {

	/** Identifies a claim across the corpus: {@code documentId#claimId}. */
	public String key() {
		return key(documentId, claimId);
	}

	public static String key(String documentId, String claimId) {
		return documentId + '#' + claimId;
	}
}
