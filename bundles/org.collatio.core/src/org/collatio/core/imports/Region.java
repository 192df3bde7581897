/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.imports;

import org.collatio.model.RegionKind;

/** A detected stretch of non-article text: [begin, end) in UTF-16 code units. */
public record Region(int begin, int end, RegionKind kind, String label) {
}
