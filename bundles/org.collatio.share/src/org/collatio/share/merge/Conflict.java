/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.merge;

/**
 * One field that both sides changed differently, or an object one side deleted and the other
 * changed. Values are shown as text; null: absent (for a deletion, the deleting side's value is null).
 *
 * @param path the file ("corpus.xmi", "documents/ID@layer.xmi")
 * @param kind the object's class ("Entity", "Proposition", ...)
 * @param id the object's id
 * @param feature the field ("statement", "aliases", ...), or null for a deletion against an edit
 */
public record Conflict(String path, String kind, String id, String feature, String base, String mine, String theirs) {
}
