/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.curation;

/** A coder's layer as curation shows it: the layer name (the coder's id) and the coder's display name. */
public record CoderLayer(String layer, String label) {
}
