/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.imports;

import org.collatio.core.store.XmlChars;

/**
 * What is known about an article besides its text. Any field may be null (unknown). The date is
 * ISO-8601, possibly partial: {@code 2020}, {@code 2020-12}, {@code 2020-12-23}.
 */
public record ArticleMetadata(String title, String outlet, String author, String url, String date, String language) {

	/** Metadata comes from scraped pages and other people's files: what XML cannot carry becomes U+FFFD here. */
	public ArticleMetadata {
		title = XmlChars.clean(title);
		outlet = XmlChars.clean(outlet);
		author = XmlChars.clean(author);
		url = XmlChars.clean(url);
		date = XmlChars.clean(date);
		language = XmlChars.clean(language);
	}

	public static final ArticleMetadata EMPTY = new ArticleMetadata(null, null, null, null, null, null);

	/** This metadata, with every field it lacks taken from {@code fallback}. */
	public ArticleMetadata orElse(ArticleMetadata fallback) {
		return new ArticleMetadata(first(title, fallback.title), first(outlet, fallback.outlet), first(author, fallback.author),
				first(url, fallback.url), first(date, fallback.date), first(language, fallback.language));
	}

	private static String first(String a, String b) {
		return a != null && !a.isBlank() ? a : b;
	}
}
