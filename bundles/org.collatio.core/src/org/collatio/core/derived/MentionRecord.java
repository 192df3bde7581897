/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.derived;

/** A mention of an entity in a document, at the UTF-16 offsets of its span (-1 when it has none), with the span's text. */
public record MentionRecord(String documentId, String mentionId, String entityId, int begin, int end, String text) {
}
