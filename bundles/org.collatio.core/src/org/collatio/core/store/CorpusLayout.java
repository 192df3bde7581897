/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.store;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;

/**
 * Where things live in a corpus folder:
 *
 * <pre>
 * corpus.xmi              the Corpus: document metadata, tag sets, entities, propositions, relations
 * documents/ID.txt        the exact text of a document, UTF-8, written once and never rewritten
 * documents/ID.xmi        the document's annotations (spans, claims, mentions); absent until annotated
 * index/                  the search index (rebuilt from the above when missing)
 * derived/claims.json     the claims and mentions of every document as records (rebuilt when missing)
 * .collatio.lock          held while a process has the corpus open
 * </pre>
 *
 * Opening a corpus reads corpus.xmi only; a document's text and annotations are read when it is
 * first used, and saving one document writes its own file only.
 */
public record CorpusLayout(Path directory) {

	public static final String CORPUS_FILE = "corpus.xmi";
	public static final String DOCUMENTS_FOLDER = "documents";
	public static final String INDEX_FOLDER = "index";
	/** Derived files other than the search index (the claim index): never edited, rebuilt when missing. */
	public static final String DERIVED_FOLDER = "derived";

	public CorpusLayout {
		directory = directory.toAbsolutePath().normalize();
	}

	public Path corpusFile() {
		return directory.resolve(CORPUS_FILE);
	}

	public Path documentsFolder() {
		return directory.resolve(DOCUMENTS_FOLDER);
	}

	public Path textFile(String documentId) {
		return documentsFolder().resolve(documentId + ".txt");
	}

	public Path contentFile(String documentId) {
		return documentsFolder().resolve(documentId + ".xmi");
	}

	public Path indexFolder() {
		return directory.resolve(INDEX_FOLDER);
	}

	public Path derivedFolder() {
		return directory.resolve(DERIVED_FOLDER);
	}

	public URI corpusUri() {
		return URI.createFileURI(corpusFile().toString());
	}

	public URI contentUri(String documentId) {
		return URI.createFileURI(contentFile(documentId).toString());
	}

	/** The text file that belongs to a document content resource. */
	static Path textFileOf(URI contentUri) {
		String path = contentUri.toFileString();
		return Path.of(path.substring(0, path.length() - ".xmi".length()) + ".txt");
	}
}
