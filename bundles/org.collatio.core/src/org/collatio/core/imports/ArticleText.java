/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.imports;

/** An article's text as it will be stored, and the metadata its file itself carries (HTML meta tags). */
public record ArticleText(String text, ArticleMetadata metadata) {
}
