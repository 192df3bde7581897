/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Document;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The Lucene index of a corpus, in its {@code index/} folder: one entry per article with its text,
 * metadata, tags, notes and claims. Built when missing, rebuilt (with a message) when unreadable,
 * and kept current as the corpus is saved: saving one document re-indexes that document only, and
 * renaming a tag, entity, alias or proposition re-indexes the documents that refer to it.
 *
 * <p>Threads. The index is made in two steps: {@link #create(CorpusStore)} on the thread that owns
 * the store (it copies the document metadata and names, and starts following saves), then
 * {@link #load(IProgressMonitor)} on any thread (it opens the folder and rebuilds it when needed,
 * reading annotated documents from their saved files through a private resource set, never the live
 * model). {@link #open(CorpusStore)} does both on the caller's thread. After a save the Lucene
 * documents of the saved documents are built on the saving thread (it owns the model); writing them,
 * the commit and the refresh run on the index's own worker thread, one update at a time, after the
 * load. A failure there goes to {@link #setFailureHandler} and never reaches the save.
 * {@link #awaitIndexed()} waits for the worker; {@link #close()} finishes its queue first.
 * {@link #search} and {@link #count} run on any thread once loaded.
 */
public final class CorpusIndex implements AutoCloseable {

	/**
	 * Names the fields and analysis of the index; an index written with another one is rebuilt.
	 * Change it with every change to {@link DocumentIndexer} or {@link Analyzers}.
	 */
	static final String SCHEMA = "collatio-index-3";

	static {
		Analyzers.quietVectorWarning(); // before Lucene's first use in this class
	}
	private static final String SCHEMA_KEY = "schema";
	private static final Set<String> METADATA_FIELDS = Set.of(Fields.ID, Fields.TITLE, Fields.OUTLET, Fields.AUTHOR, Fields.URL, Fields.DATE);

	/** What the index copies from the model on its owner's thread: every document's metadata, the names. */
	private record Snapshot(List<DocumentMeta> documents, IndexNames names) {
		static Snapshot of(CorpusStore store) {
			List<DocumentMeta> documents = new ArrayList<>(store.getCorpus().getDocuments().size());
			store.getCorpus().getDocuments().forEach(d -> documents.add(DocumentMeta.of(d)));
			return new Snapshot(List.copyOf(documents), IndexNames.of(store.getCorpus()));
		}
	}

	/** One save for the worker: documents built on the saving thread, documents to read from their files, renamed ids. */
	private record Update(Map<String, org.apache.lucene.document.Document> built, List<DocumentMeta> fromFiles, Set<String> renamed,
			IndexNames names, Set<String> removed) {
	}

	private final CorpusStore store;
	private final Analyzer analyzer = Analyzers.index();
	private final Consumer<CorpusStore.SaveEvent> saveListener = this::saved;
	private final List<CorpusException> unreadableTexts = java.util.Collections.synchronizedList(new ArrayList<>());

	// the owner's thread: what the index holds, to compare the next save with
	private final Map<String, String> metadataStamps = new HashMap<>();
	private IndexNames names;
	private Snapshot initial;

	// the worker: the one thread that writes after the load
	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "Collatio search index");
		thread.setDaemon(true);
		return thread;
	});
	private final AtomicBoolean loadStarted = new AtomicBoolean();
	private final CountDownLatch loaded = new CountDownLatch(1);
	private volatile boolean usable;
	private volatile boolean closed;
	private volatile Directory directory;
	private volatile IndexWriter writer;
	private volatile SearcherManager searchers;
	private volatile String rebuildReason;
	private volatile Exception lastFailure;
	private volatile Consumer<Exception> failureHandler = failure -> {
		// kept in getLastFailure(); whoever shows failures sets a handler
	};

	private CorpusIndex(CorpusStore store, Snapshot snapshot) {
		this.store = store;
		this.initial = snapshot;
		this.names = snapshot.names();
		snapshot.documents().forEach(d -> metadataStamps.put(d.id(), d.stamp()));
		store.addSaveListener(saveListener);
	}

	/**
	 * Opens the corpus's index on the caller's thread, building it when it is missing or unreadable
	 * ({@link #getRebuildReason()} says why it was rebuilt).
	 */
	public static CorpusIndex open(CorpusStore store) throws CorpusException {
		CorpusIndex index = create(store);
		try {
			index.load(null);
		} catch (CorpusException | RuntimeException e) {
			index.closeQuietly();
			throw e;
		}
		return index;
	}

	/**
	 * The index of a corpus, not yet loaded: copies the document metadata and names and follows saves
	 * from now on. Call on the thread that owns the store; cheap (nothing is read from disk). Saves
	 * before {@link #load} are indexed after it.
	 */
	public static CorpusIndex create(CorpusStore store) {
		return new CorpusIndex(store, Snapshot.of(store));
	}

	/**
	 * Opens the index folder, building the index when it is missing, out of date or unreadable; on any
	 * thread (the live model is not read). Cancelled through the monitor
	 * ({@link OperationCanceledException}): nothing is committed and the index is unusable.
	 */
	public void load(IProgressMonitor monitor) throws CorpusException {
		if (!loadStarted.compareAndSet(false, true)) {
			throw new IllegalStateException("the index is loaded once");
		}
		Snapshot snapshot = initial;
		initial = null;
		boolean ok = false;
		try {
			if (store.isReadOnly()) {
				loadReadOnly(snapshot, monitor);
			} else {
				loadWritable(snapshot, monitor);
			}
			ok = true;
		} finally {
			if (!ok) {
				abandonWriter();
			}
			usable = ok && !closed;
			loaded.countDown();
		}
	}

	/** Whether {@link #load} has finished and the index can be searched. */
	public boolean isLoaded() {
		return usable;
	}

	private void loadWritable(Snapshot snapshot, IProgressMonitor monitor) throws CorpusException {
		Path folder = store.getLayout().indexFolder();
		int documents = snapshot.documents().size();
		String reason = null;
		try {
			if (!DirectoryReader.indexExists(FSDirectory.open(folder))) {
				reason = "The search index of " + store.getLayout().directory() + " was missing and has been built.";
			} else {
				try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(folder))) {
					String schema = reader.getIndexCommit().getUserData().get(SCHEMA_KEY);
					if (!SCHEMA.equals(schema)) {
						reason = "The search index was written by another version of Collatio (" + schema + ") and has been rebuilt.";
					} else if (reader.numDocs() != documents) {
						reason = "The search index was out of date (" + reader.numDocs() + " of " + documents + " documents) and has been rebuilt.";
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
			start(FSDirectory.open(folder));
			if (reason != null) {
				rebuildFrom(snapshot, monitor);
			}
			rebuildReason = reason;
		} catch (IOException e) {
			throw new CorpusException(folder, "the search index cannot be written: " + e.getMessage(), e);
		}
	}

	/**
	 * The index of a corpus opened read-only: its folder is never written. A current index on disk is
	 * copied into memory and searched there; otherwise one is built in memory for this session.
	 */
	private void loadReadOnly(Snapshot snapshot, IProgressMonitor monitor) throws CorpusException {
		Path folder = store.getLayout().indexFolder();
		String reason = null;
		org.apache.lucene.store.ByteBuffersDirectory memory = new org.apache.lucene.store.ByteBuffersDirectory();
		try (FSDirectory disk = FSDirectory.open(folder)) {
			if (DirectoryReader.indexExists(disk)) {
				try (DirectoryReader reader = DirectoryReader.open(disk)) {
					if (SCHEMA.equals(reader.getIndexCommit().getUserData().get(SCHEMA_KEY)) && reader.numDocs() == snapshot.documents().size()) {
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
			start(memory);
			if (reason != null) {
				rebuildFrom(snapshot, monitor);
			}
			rebuildReason = reason;
		} catch (IOException e) {
			throw new CorpusException(folder, "the search index cannot be built in memory: " + e.getMessage(), e);
		}
	}

	private void start(Directory directory) throws IOException {
		this.directory = directory;
		writer = new IndexWriter(directory,
				new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(48));
		searchers = new SearcherManager(writer, null);
	}

	/** After a failed or cancelled load: nothing is committed. */
	private void abandonWriter() {
		try {
			if (searchers != null) {
				searchers.close();
			}
			if (writer != null) {
				writer.rollback();
			}
			if (directory != null) {
				directory.close();
			}
		} catch (IOException | RuntimeException e) {
			// the load already failed; that failure is what is reported
		}
		searchers = null;
		writer = null;
		directory = null;
	}

	/** Why the index was rebuilt when loaded, or null when it was current. */
	public String getRebuildReason() {
		return rebuildReason;
	}

	/**
	 * Indexes every document again: the metadata and names are copied on the caller's thread (the
	 * owner of the store), the documents read from their files on the worker; returns when committed.
	 */
	public void rebuild() throws IOException, CorpusException {
		Snapshot snapshot = Snapshot.of(store);
		names = snapshot.names();
		metadataStamps.clear();
		snapshot.documents().forEach(d -> metadataStamps.put(d.id(), d.stamp()));
		Future<Void> done = worker.submit(() -> {
			if (awaitLoad()) {
				rebuildFrom(snapshot, null);
			}
			return null;
		});
		try {
			done.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while the index was rebuilt", e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof IOException io) {
				throw io;
			} else if (e.getCause() instanceof CorpusException corpus) {
				throw corpus;
			} else if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IOException(e.getCause());
		}
	}

	/** Indexes every document of the snapshot from its files (the load, or the worker). */
	private void rebuildFrom(Snapshot snapshot, IProgressMonitor monitor) throws IOException, CorpusException {
		SubMonitor progress = SubMonitor.convert(monitor, "Indexing " + snapshot.documents().size() + " documents", snapshot.documents().size());
		writer.deleteAll();
		unreadableTexts.clear();
		indexFromFiles(snapshot.documents(), snapshot.names(), true, progress);
		commit();
	}

	/**
	 * Indexes documents from their saved files: annotated ones one by one through a private resource
	 * set, the others (after an import: all of them) from their text files on every core at once (the
	 * index writer takes documents from several threads). A damaged document is left out and reported.
	 */
	private void indexFromFiles(Collection<DocumentMeta> documents, IndexNames names, boolean fresh, SubMonitor progress)
			throws IOException, CorpusException {
		List<DocumentMeta> plain = new ArrayList<>();
		try (SavedContents files = new SavedContents(store)) {
			for (DocumentMeta document : documents) {
				if (!files.isAnnotated(document) && document.handle() != null) {
					plain.add(document);
					continue;
				}
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				try {
					write(document.id(), files.read(document, names), fresh);
				} catch (CorpusException e) {
					// damaged: left out of the index (and reported), the rest is indexed
					unreadableTexts.add(e);
					writer.deleteDocuments(new Term(Fields.ID, document.id()));
				}
				progress.worked(1);
			}
		}
		try {
			plain.parallelStream().forEach(document -> {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				try {
					write(document.id(), DocumentIndexer.toLucene(document, store.readText(document.handle())), fresh);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				} catch (CorpusException e) {
					unreadableTexts.add(e); // a damaged text file: left out, reported, the rest is indexed
				}
				synchronized (progress) {
					progress.worked(1);
				}
			});
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	private void write(String id, org.apache.lucene.document.Document doc, boolean fresh) throws IOException {
		if (fresh) {
			writer.addDocument(doc);
		} else {
			writer.updateDocument(new Term(Fields.ID, id), doc);
		}
	}

	/**
	 * After a save, on the saving thread (it owns the model): builds the Lucene documents of the saved
	 * documents, notes which documents' metadata and which names changed, and hands the rest to the
	 * worker. Never throws: a failure is reported.
	 */
	private void saved(CorpusStore.SaveEvent event) {
		if (closed) {
			return;
		}
		try {
			IndexNames current = event.corpusFileWritten() ? IndexNames.of(store.getCorpus()) : names;
			Set<String> renamed = current == names ? Set.of() : current.changedSince(names);
			names = current;
			Map<String, org.apache.lucene.document.Document> built = new LinkedHashMap<>();
			for (Document document : event.documents()) {
				DocumentMeta meta = DocumentMeta.of(document);
				metadataStamps.put(meta.id(), meta.stamp());
				if (store.isContentLoaded(document) && document.getContent() != null) {
					built.put(meta.id(), DocumentIndexer.toLucene(meta, document.getContent(), current));
				}
			}
			List<DocumentMeta> fromFiles = new ArrayList<>();
			Set<String> removed = new java.util.HashSet<>();
			if (event.corpusFileWritten()) {
				Set<String> present = new java.util.HashSet<>();
				for (Document document : store.getCorpus().getDocuments()) {
					DocumentMeta meta = DocumentMeta.of(document);
					present.add(meta.id());
					if (!built.containsKey(meta.id()) && !meta.stamp().equals(metadataStamps.put(meta.id(), meta.stamp()))) {
						fromFiles.add(meta); // metadata edited, or a new document
					}
				}
				// documents no longer in the corpus (an import undone) leave the index
				removed.addAll(metadataStamps.keySet());
				removed.removeAll(present);
				metadataStamps.keySet().removeAll(removed);
			}
			if (built.isEmpty() && fromFiles.isEmpty() && renamed.isEmpty() && removed.isEmpty()) {
				return;
			}
			Update update = new Update(built, fromFiles, renamed, current, Set.copyOf(removed));
			worker.execute(() -> apply(update));
		} catch (RuntimeException e) {
			report(new IllegalStateException("the search index could not follow the save: " + e.getMessage(), e));
		}
	}

	/** On the worker: writes one save's changes, finds the documents that refer to renamed objects, commits. */
	private void apply(Update update) {
		if (!awaitLoad()) {
			return;
		}
		try {
			for (String id : update.removed()) {
				writer.deleteDocuments(new Term(Fields.ID, id));
			}
			for (Map.Entry<String, org.apache.lucene.document.Document> entry : update.built().entrySet()) {
				writer.updateDocument(new Term(Fields.ID, entry.getKey()), entry.getValue());
			}
			Map<String, DocumentMeta> again = new LinkedHashMap<>();
			update.fromFiles().forEach(d -> again.put(d.id(), d));
			for (DocumentMeta referring : referringTo(update.renamed())) {
				if (!update.built().containsKey(referring.id())) {
					again.putIfAbsent(referring.id(), referring);
				}
			}
			indexFromFiles(again.values(), update.names(), false, SubMonitor.convert(null));
			commit();
		} catch (IOException | CorpusException | RuntimeException e) {
			report(new IllegalStateException("the search index could not follow the save: " + e.getMessage(), e));
		}
	}

	/** The documents whose annotations refer to one of these tags, entities or propositions, as indexed. */
	private List<DocumentMeta> referringTo(Set<String> ids) throws IOException {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<BytesRef> terms = ids.stream().map(BytesRef::new).toList();
		IndexSearcher searcher = searchers.acquire();
		try {
			TopDocs top = searcher.search(new TermInSetQuery(Fields.REF, terms), Math.max(1, searcher.getIndexReader().maxDoc()));
			StoredFields stored = searcher.storedFields();
			List<DocumentMeta> documents = new ArrayList<>();
			for (var hit : top.scoreDocs) {
				documents.add(DocumentIndexer.metadataOf(stored.document(hit.doc, METADATA_FIELDS)));
			}
			return documents;
		} finally {
			searchers.release(searcher);
		}
	}

	private void commit() throws IOException {
		writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
		writer.commit();
		searchers.maybeRefreshBlocking();
	}

	/** Waits for the load; whether the index is usable. */
	private boolean awaitLoad() {
		try {
			loaded.await();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		return usable;
	}

	private void report(Exception failure) {
		lastFailure = failure;
		try {
			failureHandler.accept(failure);
		} catch (RuntimeException e) {
			// a handler that fails must not stop the index
		}
	}

	/** Told (on the index's worker thread) when the index could not follow a save; the save stands. */
	public void setFailureHandler(Consumer<Exception> handler) {
		failureHandler = handler == null ? failure -> {
		} : handler;
	}

	/** The last failure to follow a save, or null. */
	public Exception getLastFailure() {
		return lastFailure;
	}

	/**
	 * Waits until every save so far is in the index, committed and searchable (the CLI before it exits,
	 * tests). Never call it on the UI thread.
	 */
	public void awaitIndexed() throws InterruptedException {
		try {
			worker.submit(() -> {
			}).get();
		} catch (ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		} catch (java.util.concurrent.RejectedExecutionException e) {
			// closed: nothing more will be indexed
		}
	}

	/**
	 * Documents left out of the index because their files are damaged: the texts read directly here,
	 * and (through {@link CorpusStore#getDamaged()}) the annotated documents that failed to load.
	 */
	public List<CorpusException> getUnreadable() {
		List<CorpusException> all;
		synchronized (unreadableTexts) {
			all = new ArrayList<>(unreadableTexts);
		}
		store.getDamaged().values().stream().filter(e -> !all.contains(e)).forEach(all::add);
		return all;
	}

	/** Runs a query; at most {@code max} documents, best first, each with up to a few passages. Any thread. */
	public List<SearchHit> search(String query, int max) throws QuerySyntaxException, IOException {
		Query parsed = Queries.parse(query, analyzer);
		SearcherManager searchers = searchers();
		IndexSearcher searcher = searchers.acquire();
		try {
			TopDocs top = searcher.search(parsed, max);
			return new Passages(searcher, analyzer, parsed).hits(top.scoreDocs);
		} finally {
			searchers.release(searcher);
		}
	}

	private SearcherManager searchers() throws IOException {
		SearcherManager manager = searchers;
		if (!usable || manager == null) {
			throw new IOException(closed ? "the search index was closed" : "the search index is not loaded yet");
		}
		return manager;
	}

	/** How many documents match. */
	public int count(String query) throws QuerySyntaxException, IOException {
		Query parsed = Queries.parse(query, analyzer);
		SearcherManager searchers = searchers();
		IndexSearcher searcher = searchers.acquire();
		try {
			return searcher.count(parsed);
		} finally {
			searchers.release(searcher);
		}
	}

	/**
	 * Stops following saves, finishes the updates already queued (they are committed), then closes.
	 * Waits for a load in progress on another thread; cancel that one first.
	 */
	@Override
	public void close() throws IOException {
		if (closed) {
			return;
		}
		closed = true;
		store.removeSaveListener(saveListener);
		if (loadStarted.compareAndSet(false, true)) {
			loaded.countDown(); // never loaded: the queued updates are dropped
		}
		worker.shutdown();
		try {
			loaded.await();
			worker.awaitTermination(Long.MAX_VALUE, TimeUnit.MILLISECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		usable = false;
		if (searchers != null) {
			searchers.close();
		}
		if (writer != null) {
			writer.close();
		}
		if (directory != null) {
			directory.close();
		}
	}

	private void closeQuietly() {
		try {
			close();
		} catch (IOException e) {
			// the failure being reported is the one that made us close
		}
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
