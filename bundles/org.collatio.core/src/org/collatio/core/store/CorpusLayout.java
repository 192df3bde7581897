/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.SortedMap;
import java.util.SortedSet;

import org.eclipse.emf.common.util.URI;

/**
 * Where things live in a corpus folder:
 *
 * <pre>
 * corpus.xmi              the Corpus: document metadata, tag sets, entities, propositions, relations,
 *                         coders; shared by every layer
 * documents/ID.txt        the exact text of a document, UTF-8, written once and never rewritten
 * documents/ID.xmi        the first coder's annotations of the document (spans, claims, mentions)
 * documents/ID@L.xmi      the annotations of layer L: another coder's (L is the coder's id), or the
 *                         curated layer (L = curated); absent until that layer annotates the document
 * index/, index@L/        the search index of a layer (rebuilt from the above when missing)
 * derived/claims.json,    the claims and mentions of every document of a layer, as records
 * derived/claims@L.json   (rebuilt when missing)
 * .collatio.lock          held while a process has the corpus open
 * </pre>
 *
 * A layout is bound to the layer a store works on ({@link #layer()}: null for the first coder's,
 * whose files carry no mark, so that corpora made before layers existed open unchanged); the
 * methods without a layer argument answer for that layer. Opening a corpus reads corpus.xmi only; a
 * document's text and annotations are read when it is first used, and saving one document writes
 * its own file only.
 */
public record CorpusLayout(Path directory, String layer) {

	public static final String CORPUS_FILE = "corpus.xmi";
	public static final String DOCUMENTS_FOLDER = "documents";
	public static final String INDEX_FOLDER = "index";
	/** Derived files other than the search index (the claim index): never edited, rebuilt when missing. */
	public static final String DERIVED_FOLDER = "derived";
	/** Separates a document id from a layer in a file name; never part of a document id or a layer. */
	public static final char LAYER_MARK = '@';
	private static final String XMI = ".xmi";

	public CorpusLayout {
		directory = directory.toAbsolutePath().normalize();
		if (layer != null && !Layers.isWellFormed(layer)) {
			throw new IllegalArgumentException("not a layer name: " + layer);
		}
	}

	/** The layout of the first coder's layer (the files without a layer mark). */
	public CorpusLayout(Path directory) {
		this(directory, null);
	}

	/** The same folder, bound to another layer (null: the first coder's). */
	public CorpusLayout withLayer(String otherLayer) {
		return new CorpusLayout(directory, otherLayer);
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

	/** The annotation file of a document in this layout's layer. */
	public Path contentFile(String documentId) {
		return layerFile(documentId, layer);
	}

	/** The annotation file of a document in a layer (null: the first coder's). */
	public Path layerFile(String documentId, String fileLayer) {
		return documentsFolder().resolve(documentId + mark(fileLayer) + XMI);
	}

	/** The search index folder of this layout's layer. */
	public Path indexFolder() {
		return directory.resolve(INDEX_FOLDER + mark(layer));
	}

	public Path derivedFolder() {
		return directory.resolve(DERIVED_FOLDER);
	}

	/** The claim index file of this layout's layer. */
	public Path claimIndexFile() {
		return derivedFolder().resolve("claims" + mark(layer) + ".json");
	}

	public URI corpusUri() {
		return URI.createFileURI(corpusFile().toString());
	}

	public URI contentUri(String documentId) {
		return URI.createFileURI(contentFile(documentId).toString());
	}

	public URI layerUri(String documentId, String fileLayer) {
		return URI.createFileURI(layerFile(documentId, fileLayer).toString());
	}

	private static String mark(String fileLayer) {
		return fileLayer == null ? "" : LAYER_MARK + fileLayer;
	}

	/** The document and the layer (null: unmarked) of an annotation file name, if it is one. */
	public static Optional<LayerFile> parse(String fileName) {
		if (!fileName.endsWith(XMI)) {
			return Optional.empty();
		}
		String stem = fileName.substring(0, fileName.length() - XMI.length());
		int at = stem.indexOf(LAYER_MARK);
		if (at < 0) {
			return stem.isEmpty() ? Optional.empty() : Optional.of(new LayerFile(stem, null));
		}
		String fileLayer = stem.substring(at + 1);
		return at == 0 || !Layers.isWellFormed(fileLayer) ? Optional.empty() : Optional.of(new LayerFile(stem.substring(0, at), fileLayer));
	}

	/** An annotation file: the document it annotates and its layer (null: the first coder's). */
	public record LayerFile(String documentId, String layer) {
	}

	/**
	 * Every layer that has annotation files, each with the ids of the documents it annotates
	 * (sorted; the unmarked first coder's layer under the key {@code ""}). Lists the documents
	 * folder once; reads no file.
	 */
	public SortedMap<String, SortedSet<String>> annotationFiles() throws IOException {
		SortedMap<String, SortedSet<String>> byLayer = new TreeMap<>();
		if (!Files.isDirectory(documentsFolder())) {
			return byLayer;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(documentsFolder(), "*" + XMI)) {
			for (Path file : files) {
				parse(file.getFileName().toString()).ifPresent(f -> byLayer
						.computeIfAbsent(f.layer() == null ? "" : f.layer(), k -> new TreeSet<>()).add(f.documentId()));
			}
		}
		return byLayer;
	}

	/** The text file that belongs to a document content resource. */
	static Path textFileOf(URI contentUri) {
		String path = contentUri.toFileString();
		String stem = path.substring(0, path.length() - XMI.length());
		int slash = Math.max(stem.lastIndexOf('/'), stem.lastIndexOf('\\'));
		int at = stem.indexOf(LAYER_MARK, slash + 1);
		return Path.of((at < 0 ? stem : stem.substring(0, at)) + ".txt");
	}
}
