/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search;

import org.collatio.model.Document;

/**
 * What the index takes from a document's metadata, copied on the thread that owns the model.
 * {@code handle} is the live document, kept only to read its write-once text file through
 * {@link org.collatio.core.store.CorpusStore#readText(Document)} (id and length never change after
 * the import); it is null when the metadata was read back from the index.
 */
record DocumentMeta(Document handle, String id, String title, String outlet, String author, String url, String date, int length) {

	static DocumentMeta of(Document document) {
		return new DocumentMeta(document, document.getId(), document.getTitle(), document.getOutlet(), document.getAuthor(), document.getUrl(),
				document.getPublicationDate(), document.getLength());
	}

	/** What a metadata edit changes. */
	String stamp() {
		return title + '\u0000' + outlet + '\u0000' + author + '\u0000' + date + '\u0000' + url;
	}
}
