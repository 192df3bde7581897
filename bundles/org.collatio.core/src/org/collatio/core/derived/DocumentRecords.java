/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.derived;

import java.util.List;

/**
 * The claims and mentions of one document, and the stamp of the annotation file they were read from
 * ({@link Records#LIVE} when taken from the model in memory, which may be ahead of the file).
 */
public record DocumentRecords(String documentId, String stamp, List<ClaimRecord> claims, List<MentionRecord> mentions) {

	public DocumentRecords {
		claims = List.copyOf(claims);
		mentions = List.copyOf(mentions);
	}
}
