/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Document;

/**
 * The Lucene index of a corpus, in its {@code index/} folder: one entry per article with its text,
 * metadata, tags, notes and claims. Built when missing, rebuilt (with a message) when unreadable,
 * and kept current as the corpus is saved: saving one document re-indexes that document only.
 */
public final class CorpusIndex implements AutoCloseable {

	/**
	 * Names the fields and analysis of the index; an index written with another one is rebuilt.
	 * Change it with every change to {@link DocumentIndexer} or {@link Analyzers}.
	 */
	static final String SCHEMA = "collatio-index-2";

	static {
		Analyzers.quietVectorWarning(); // before Lucene's first use in this class
	}
	private static final String SCHEMA_KEY = "schema";

	private final CorpusStore store;
	private final Analyzer analyzer = Analyzers.index();
	private final Directory directory;
	private final IndexWriter writer;
	private final SearcherManager searchers;
	private final Map<String, String> metadataStamps = new java.util.concurrent.ConcurrentHashMap<>();
	private final Consumer<CorpusStore.SaveEvent> saveListener = this::saved;
	private final String rebuildReason;
	private final List<CorpusException> unreadableTexts = java.util.Collections.synchronizedList(new ArrayList<>());

	private CorpusIndex(CorpusStore store, String rebuildReason, Directory directory) throws IOException {
		this.store = store;
		this.rebuildReason = rebuildReason;
		this.directory = directory;
		writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(48));
		searchers = new SearcherManager(writer, null);
		store.addSaveListener(saveListener);
	}

	/**
	 * Opens the corpus's index, building it when it is missing or unreadable ({@link #getRebuildReason()}
	 * says why it was rebuilt).
	 */
	public static CorpusIndex open(CorpusStore store) throws CorpusException {
		Path folder = store.getLayout().indexFolder();
		if (store.isReadOnly()) {
			return openReadOnly(store, folder);
		}
		String reason = null;
		try {
			if (!DirectoryReader.indexExists(FSDirectory.open(folder))) {
				reason = "The search index of " + store.getLayout().directory() + " was missing and has been built.";
			} else {
				try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(folder))) {
					String schema = reader.getIndexCommit().getUserData().get(SCHEMA_KEY);
					if (!SCHEMA.equals(schema)) {
						reason = "The search index was written by another version of Collatio (" + schema + ") and has been rebuilt.";
					} else if (reader.numDocs() != store.getCorpus().getDocuments().size()) {
						reason = "The search index was out of date (" + reader.numDocs() + " of " + store.getCorpus().getDocuments().size()
								+ " documents) and has been rebuilt.";
					}
				}
			}
		} catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | java.nio.file.NoSuchFileException e) {
			reason = "The search index at " + folder + " was unreadable (" + e.getClass().getSimpleName() + ") and has been rebuilt.";
		} catch (IOException e) {
			reason = "The search index at " + folder + " could not be read (" + e.getMessage() + ") and has been rebuilt.";
		}
		try {
			if (reason != null) {
				deleteFolder(folder);
			}
			CorpusIndex index = new CorpusIndex(store, reason, FSDirectory.open(folder));
			if (reason != null) {
				index.rebuild();
			} else {
				index.rememberMetadata();
			}
			return index;
		} catch (IOException e) {
			throw new CorpusException(folder, "the search index cannot be written: " + e.getMessage(), e);
		}
	}

	/**
	 * The index of a corpus opened read-only: its folder is never written. A current index on disk is
	 * copied into memory and searched there; otherwise one is built in memory for this session.
	 */
	private static CorpusIndex openReadOnly(CorpusStore store, Path folder) throws CorpusException {
		String reason = null;
		org.apache.lucene.store.ByteBuffersDirectory memory = new org.apache.lucene.store.ByteBuffersDirectory();
		try (FSDirectory disk = FSDirectory.open(folder)) {
			if (DirectoryReader.indexExists(disk)) {
				try (DirectoryReader reader = DirectoryReader.open(disk)) {
					if (SCHEMA.equals(reader.getIndexCommit().getUserData().get(SCHEMA_KEY))
							&& reader.numDocs() == store.getCorpus().getDocuments().size()) {
						for (String file : reader.getIndexCommit().getFileNames()) {
							memory.copyFrom(disk, file, file, org.apache.lucene.store.IOContext.DEFAULT);
						}
					} else {
						reason = "The search index is out of date and the corpus is read-only: an index was built in memory for this search.";
					}
				}
			} else {
				reason = "The corpus is read-only and has no search index: an index was built in memory for this search.";
			}
		} catch (IOException e) {
			reason = "The search index of the read-only corpus could not be read (" + e.getMessage() + "): an index was built in memory for this search.";
			memory = new org.apache.lucene.store.ByteBuffersDirectory();
		}
		try {
			CorpusIndex index = new CorpusIndex(store, reason, memory);
			if (reason != null) {
				index.rebuild();
			} else {
				index.rememberMetadata();
			}
			return index;
		} catch (IOException e) {
			throw new CorpusException(folder, "the search index cannot be built in memory: " + e.getMessage(), e);
		}
	}

	/** Why the index was rebuilt when opened, or null when it was current. */
	public String getRebuildReason() {
		return rebuildReason;
	}

	/** Indexes every document again. */
	public void rebuild() throws IOException, CorpusException {
		writer.deleteAll();
		metadataStamps.clear();
		index(store.getCorpus().getDocuments());
		commit();
	}

	/** Indexes one document again (its text, metadata, spans and claims). */
	public void update(Document document) throws IOException, CorpusException {
		index(List.of(document));
	}

	/**
	 * Indexes documents (again). Annotated ones are read through the corpus model one by one; the
	 * others (after an import: all of them) are read straight from their text files and indexed on
	 * every core at once: the index writer takes documents from several threads.
	 */
	private void index(List<Document> documents) throws IOException, CorpusException {
		List<Document> plain = new ArrayList<>();
		for (Document document : documents) {
			if (store.hasAnnotations(document)) {
				boolean loaded = store.isContentLoaded(document);
				org.collatio.model.DocumentContent content;
				try {
					content = store.getContent(document);
				} catch (CorpusException e) {
					// damaged: left out of the index (and reported by the store's getDamaged()), the rest is indexed
					writer.deleteDocuments(new Term(Fields.ID, document.getId()));
					continue;
				}
				write(document, DocumentIndexer.toLucene(document, content));
				if (!loaded) {
					store.unloadContent(document);
				}
			} else {
				plain.add(document);
			}
		}
		try {
			List<CorpusException> unreadable = java.util.Collections.synchronizedList(new ArrayList<>());
			plain.parallelStream().forEach(document -> {
				try {
					write(document, DocumentIndexer.toLucene(document, store.readText(document)));
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				} catch (CorpusException e) {
					unreadable.add(e); // a damaged text file: left out, reported, the rest is indexed
				}
			});
			unreadableTexts.addAll(unreadable);
		} catch (UncheckedIOException e) {
			throw e.getCause();
		} catch (IllegalStateException e) {
			if (e.getCause() instanceof CorpusException cause) {
				throw cause;
			}
			throw e;
		}
	}

	/** Adds a document never indexed, replaces one that was. */
	private void write(Document document, org.apache.lucene.document.Document doc) throws IOException {
		if (metadataStamps.put(document.getId(), stamp(document)) == null) {
			writer.addDocument(doc);
		} else {
			writer.updateDocument(new Term(Fields.ID, document.getId()), doc);
		}
	}

	private void saved(CorpusStore.SaveEvent event) {
		try {
			List<Document> changed = new ArrayList<>(event.documents());
			if (event.corpusFileWritten()) {
				for (Document document : store.getCorpus().getDocuments()) {
					if (!stamp(document).equals(metadataStamps.get(document.getId())) && !changed.contains(document)) {
						changed.add(document); // metadata edited, or a new document
					}
				}
			}
			index(changed);
			commit();
		} catch (IOException | CorpusException e) {
			throw new IllegalStateException("the search index could not follow the save: " + e.getMessage(), e);
		}
	}

	private void rememberMetadata() {
		store.getCorpus().getDocuments().forEach(d -> metadataStamps.put(d.getId(), stamp(d)));
	}

	private static String stamp(Document document) {
		return document.getTitle() + '\u0000' + document.getOutlet() + '\u0000' + document.getAuthor() + '\u0000' + document.getPublicationDate()
				+ '\u0000' + document.getUrl();
	}

	private void commit() throws IOException {
		writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
		writer.commit();
		searchers.maybeRefreshBlocking();
	}

	/**
	 * Documents left out of the index because their files are damaged: the texts read directly here,
	 * and (through {@link CorpusStore#getDamaged()}) the annotated documents that failed to load.
	 */
	public List<CorpusException> getUnreadable() {
		List<CorpusException> all = new ArrayList<>(unreadableTexts);
		store.getDamaged().values().stream().filter(e -> !all.contains(e)).forEach(all::add);
		return all;
	}

	/** Runs a query; at most {@code max} documents, best first, each with up to a few passages. */
	public List<SearchHit> search(String query, int max) throws QuerySyntaxException, IOException {
		Query parsed = Queries.parse(query, analyzer);
		IndexSearcher searcher = searchers.acquire();
		try {
			TopDocs top = searcher.search(parsed, max);
			return new Passages(searcher, analyzer, parsed, store).hits(top.scoreDocs);
		} finally {
			searchers.release(searcher);
		}
	}

	/** How many documents match. */
	public int count(String query) throws QuerySyntaxException, IOException {
		Query parsed = Queries.parse(query, analyzer);
		IndexSearcher searcher = searchers.acquire();
		try {
			return searcher.count(parsed);
		} finally {
			searchers.release(searcher);
		}
	}

	@Override
	public void close() throws IOException {
		store.removeSaveListener(saveListener);
		searchers.close();
		writer.close();
		directory.close();
	}

	private static void deleteFolder(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			List<Path> paths = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
			for (Path path : paths) {
				Files.delete(path);
			}
		}
	}
}
