/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.curation;

/** A tag named by its id in corpus.xmi, with the name it had when the snapshot was taken. */
public record TagRef(String id, String name) {
}
