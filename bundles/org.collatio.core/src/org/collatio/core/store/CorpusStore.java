/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.collatio.core.tags.DefaultTagSet;
import org.collatio.model.Corpus;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.CollatioFactory;
import org.collatio.model.CollatioPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * An open corpus folder (see {@link CorpusLayout}): the {@link Corpus} with its document metadata
 * is read at once; a document's text and annotations only when {@link #getContent(Document)} asks
 * for them. Holds the corpus lock until {@link #close()}. Not thread-safe: one store is used from
 * one thread at a time (the UI thread, or a job that owns it).
 */
public final class CorpusStore implements AutoCloseable {

	private final CorpusLayout layout;
	private final CorpusLock lock;
	private final ResourceSet resourceSet;
	private final Resource corpusResource;
	private final Map<String, Document> documentsById = new HashMap<>();
	private final List<Consumer<SaveEvent>> saveListeners = new CopyOnWriteArrayList<>();
	private final boolean readOnly;
	private final Map<String, CorpusException> damaged = new java.util.LinkedHashMap<>();
	private final List<String> recoveries = new ArrayList<>();
	private Consumer<RuntimeException> listenerFailures = failure -> {
		// reported by whoever set a handler; a listener never breaks a save
	};
	private volatile boolean closed;

	/**
	 * What a save wrote: the documents whose annotations were written, and whether the corpus file
	 * (document metadata, tags, entities, propositions, relations) was.
	 */
	public record SaveEvent(List<Document> documents, boolean corpusFileWritten) {
	}

	private CorpusStore(CorpusLayout layout, CorpusLock lock, ResourceSet resourceSet, Resource corpusResource, boolean readOnly) {
		this.layout = layout;
		this.lock = lock;
		this.readOnly = readOnly;
		this.resourceSet = resourceSet;
		this.corpusResource = corpusResource;
		for (Document document : getCorpus().getDocuments()) {
			documentsById.put(document.getId(), document);
		}
	}

	/** Opens an existing corpus. */
	public static CorpusStore open(Path directory) throws CorpusException {
		CorpusLayout layout = new CorpusLayout(directory);
		if (!Files.isRegularFile(layout.corpusFile())) {
			throw new CorpusException(layout.directory(), "not a Collatio corpus (it has no " + CorpusLayout.CORPUS_FILE + ")");
		}
		return openLayout(layout, null, false);
	}

	/**
	 * Opens an existing corpus for reading only: with a shared lock (other readers may read at the
	 * same time, no writer may open it meanwhile), or without one when the folder cannot be written
	 * at all ({@link #getReadOnlyNote()} says so). {@link #save()} is refused; nothing is written.
	 */
	public static CorpusStore openReadOnly(Path directory) throws CorpusException {
		CorpusLayout layout = new CorpusLayout(directory);
		if (!Files.isRegularFile(layout.corpusFile())) {
			throw new CorpusException(layout.directory(), "not a Collatio corpus (it has no " + CorpusLayout.CORPUS_FILE + ")");
		}
		return openLayout(layout, null, true);
	}

	/** Opens the corpus in a folder, creating the folder and an empty corpus named {@code name} if missing. */
	public static CorpusStore openOrCreate(Path directory, String name) throws CorpusException {
		CorpusLayout layout = new CorpusLayout(directory);
		try {
			Files.createDirectories(layout.documentsFolder());
		} catch (IOException e) {
			throw new CorpusException(layout.directory(), "cannot create the corpus folder: " + e.getMessage(), e);
		}
		CorpusStore store = openLayout(layout, Files.isRegularFile(layout.corpusFile()) ? null : name, false);
		if (store.isDirty()) {
			// a new corpus is on disk at once: a process killed during its first import leaves a corpus that opens
			try {
				store.save();
			} catch (CorpusException e) {
				store.close();
				throw e;
			}
		}
		return store;
	}

	private static CorpusStore openLayout(CorpusLayout layout, String newName, boolean readOnly) throws CorpusException {
		CorpusLock lock = readOnly ? CorpusLock.acquireShared(layout.directory()) : CorpusLock.acquire(layout.directory());
		try {
			ResourceSet resourceSet = newResourceSet();
			Resource resource = resourceSet.createResource(layout.corpusUri());
			if (newName != null) {
				Corpus corpus = CollatioFactory.eINSTANCE.createCorpus();
				corpus.setName(newName);
				corpus.getTagSets().add(DefaultTagSet.create());
				resource.getContents().add(corpus);
				resource.setModified(true);
			} else {
				load(resource, layout.corpusFile());
				if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Corpus)) {
					throw new CorpusException(layout.corpusFile(), "does not contain a Collatio corpus");
				}
			}
			resource.setTrackingModification(true);
			if (newName != null) {
				resource.setModified(true);
			}
			CorpusStore store = new CorpusStore(layout, lock, resourceSet, resource, readOnly);
			if (!readOnly) {
				store.recoveries.addAll(Leftovers.clean(layout, store.documentsById.keySet()));
			}
			return store;
		} catch (CorpusException | RuntimeException e) {
			closeQuietly(lock);
			throw e;
		}
	}

	/**
	 * A resource set that reads Collatio's files: the store's own, and the private ones in which jobs
	 * read saved files without touching the live model (references into corpus.xmi stay proxies).
	 */
	public static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(CollatioPackage.eNS_URI, CollatioPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new CollatioResource.Factory());
		return resourceSet;
	}

	private static void load(Resource resource, Path file) throws CorpusException {
		try {
			resource.load(null);
		} catch (IOException | RuntimeException e) {
			throw LoadProblems.describe(file, e, resource);
		}
	}

	public Corpus getCorpus() {
		return (Corpus) corpusResource.getContents().get(0);
	}

	public CorpusLayout getLayout() {
		return layout;
	}

	/** The resource set holding the corpus and every document content loaded so far. */
	public ResourceSet getResourceSet() {
		return resourceSet;
	}

	public Document findDocument(String id) {
		return documentsById.get(id);
	}

	/** Whether the document's text and annotations are in memory. */
	public boolean isContentLoaded(Document document) {
		Resource resource = resourceSet.getResource(layout.contentUri(document.getId()), false);
		return resource != null && resource.isLoaded();
	}

	/**
	 * Whether the document has annotations: in memory, or saved in its annotation file. A document
	 * never annotated has neither, and no claims: bulk readers skip it or read just its text.
	 */
	public boolean hasAnnotations(Document document) {
		return isContentLoaded(document) || Files.isRegularFile(layout.contentFile(document.getId()));
	}

	/**
	 * The stored text of a document, read from its text file without loading anything into the
	 * corpus model; safe to call from several threads at once (bulk indexing).
	 */
	public String readText(Document document) throws CorpusException {
		Path textFile = layout.textFile(document.getId());
		String text;
		try {
			text = CollatioResource.readText(textFile);
		} catch (CollatioResource.TextFileException e) {
			throw new CorpusException(e.getFile(), e.getProblem(), e);
		} catch (IOException e) {
			throw new CorpusException(textFile, "cannot be read: " + IoProblems.reason(e), e);
		}
		ContentCheck.checkText(textFile, document, text);
		return text;
	}

	/**
	 * The document's text and annotations, read from its files on first use. A document nobody has
	 * annotated yet gets an empty content resource (written at the next save that changes it).
	 */
	public DocumentContent getContent(Document document) throws CorpusException {
		checkOpen();
		try {
			return loadContent(document);
		} catch (CorpusException e) {
			damaged.put(document.getId(), e);
			throw e;
		}
	}

	private DocumentContent loadContent(Document document) throws CorpusException {
		URI uri = layout.contentUri(document.getId());
		Resource resource = resourceSet.getResource(uri, false);
		boolean checked = resource != null;
		if (resource == null && Files.isRegularFile(layout.contentFile(document.getId()))) {
			resource = resourceSet.createResource(uri);
			try {
				load(resource, layout.contentFile(document.getId()));
			} catch (CorpusException e) {
				forget(resource);
				throw e;
			}
			resource.setTrackingModification(true);
		} else if (resource == null) {
			resource = createContent(document);
		}
		DocumentContent content = document.getContent();
		if (content == null && resource.getContents().get(0) instanceof DocumentContent orphan) {
			// the annotations were saved but corpus.xmi was not (a crash between the two writes)
			document.setContent(orphan);
			content = orphan;
		}
		if (content == null || content.eIsProxy()) {
			forget(resource);
			throw new CorpusException(layout.contentFile(document.getId()), "does not hold the annotations of document " + document.getId());
		}
		if (!checked) {
			try {
				ContentCheck.checkText(layout.textFile(document.getId()), document, content.getText());
				ContentCheck.checkContent(layout.contentFile(document.getId()), document, content);
			} catch (CorpusException e) {
				document.setContent(null);
				forget(resource);
				throw e;
			}
		}
		return content;
	}

	/** Drops a resource that failed to load, so that the next attempt reads the files again. */
	private void forget(Resource resource) {
		resource.unload();
		resourceSet.getResources().remove(resource);
	}

	/**
	 * The documents that could not be read so far, each with its problem (a damaged or missing file).
	 * Readers that go through the whole corpus skip them and report them from here.
	 */
	public Map<String, CorpusException> getDamaged() {
		return java.util.Collections.unmodifiableMap(damaged);
	}

	/** What opening the corpus cleaned up after a process that was killed (temporary and orphaned files). */
	public List<String> getRecoveries() {
		return java.util.Collections.unmodifiableList(recoveries);
	}

	/** Whether the store refuses to write (opened with {@link #openReadOnly}). */
	public boolean isReadOnly() {
		return readOnly;
	}

	/** Why a read-only store holds no lock (the folder cannot be written), or null. */
	public String getReadOnlyNote() {
		return readOnly && !lock.isHeld() ? layout.directory() + ": the folder cannot be written; the corpus was opened for reading only, without a lock" : null;
	}

	private void checkOpen() throws CorpusException {
		if (closed) {
			throw new CorpusException(layout.directory(), "the corpus was closed; reopen it to go on");
		}
	}

	private void checkWritable() throws CorpusException {
		checkOpen();
		if (readOnly) {
			throw new CorpusException(layout.directory(), "the corpus was opened for reading only; nothing was written");
		}
	}

	private Resource createContent(Document document) throws CorpusException {
		String text = readText(document); // checked against the document's recorded length
		Resource resource = resourceSet.createResource(layout.contentUri(document.getId()));
		DocumentContent content = CollatioFactory.eINSTANCE.createDocumentContent();
		content.setText(text);
		resource.getContents().add(content);
		document.setContent(content);
		resource.setTrackingModification(true);
		return resource;
	}

	/**
	 * Adds a document whose text is written now, once: it is never rewritten afterwards. The
	 * document must have a unique id; its text length is recorded in UTF-16 code units.
	 */
	public void addDocument(Document document, String text) throws CorpusException {
		checkWritable();
		String id = document.getId();
		if (id == null || documentsById.containsKey(id)) {
			throw new IllegalArgumentException("document id missing or not unique: " + id);
		}
		Path textFile = layout.textFile(id);
		try {
			AtomicFiles.writeNew(textFile, text.getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new CorpusException(textFile, "cannot write the document text: " + IoProblems.reason(e), e);
		}
		document.setLength(text.length());
		getCorpus().getDocuments().add(document);
		documentsById.put(id, document);
	}

	/** An id not yet used by a document, derived from {@code wanted}. */
	public String uniqueDocumentId(String wanted) {
		String base = wanted.replaceAll("[^A-Za-z0-9_.-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
		if (base.isEmpty()) {
			base = "document";
		}
		if (base.length() > 80) {
			base = base.substring(0, 80);
		}
		String id = base;
		for (int i = 2; documentsById.containsKey(id) || Files.exists(layout.textFile(id)); i++) {
			id = base + "-" + i;
		}
		return id;
	}

	/** Whether anything is unsaved. */
	public boolean isDirty() {
		return resourceSet.getResources().stream().anyMatch(Resource::isModified);
	}

	/** Writes every changed file, each atomically; unchanged files are not touched. */
	public List<Path> save() throws CorpusException {
		PendingSave pending = prepareSave();
		try {
			writePending(pending);
		} catch (CorpusException e) {
			completeSave(pending, e);
			throw e;
		}
		completeSave(pending, null);
		return pending.files();
	}

	/**
	 * A save in two steps, so that the disk is not waited for on the thread that owns the model:
	 * {@link #prepareSave()} serialises the changed files there (documents first, corpus.xmi last),
	 * {@link #writePending(PendingSave)} writes them atomically and forces them to disk on any thread,
	 * and {@link #completeSave(PendingSave, CorpusException)}, back on the owner's thread, tells the
	 * listeners or, when the write failed, marks the files changed again so that nothing is lost.
	 */
	public static final class PendingSave {

		private final List<Path> files;
		private final List<byte[]> contents;
		private final List<Resource> resources;
		private final SaveEvent event;

		private PendingSave(List<Path> files, List<byte[]> contents, List<Resource> resources, SaveEvent event) {
			this.files = files;
			this.contents = contents;
			this.resources = resources;
			this.event = event;
		}

		/** The files it writes, in order. */
		public List<Path> files() {
			return files;
		}

		public boolean isEmpty() {
			return files.isEmpty();
		}
	}

	/** Serialises every changed file (owner's thread); they count as saved from now on, unless the write fails. */
	public PendingSave prepareSave() throws CorpusException {
		checkWritable();
		// documents first: corpus.xmi refers to them
		List<Resource> resources = new ArrayList<>(resourceSet.getResources());
		resources.remove(corpusResource);
		resources.add(corpusResource);
		List<Path> files = new ArrayList<>();
		List<byte[]> contents = new ArrayList<>();
		List<Resource> serialised = new ArrayList<>();
		List<Document> documents = new ArrayList<>();
		boolean corpusWritten = false;
		for (Resource resource : resources) {
			if (resource.isModified() && !resource.getContents().isEmpty()) {
				Path file = Path.of(resource.getURI().toFileString());
				java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(8192);
				try {
					resource.save(bytes, null);
				} catch (IOException | RuntimeException e) {
					serialised.forEach(r -> r.setModified(true));
					resource.setModified(true);
					throw new CorpusException(file, "cannot be saved: " + IoProblems.reason(e), e);
				}
				resource.setModified(false);
				files.add(file);
				contents.add(bytes.toByteArray());
				serialised.add(resource);
				if (resource == corpusResource) {
					corpusWritten = true;
				} else if (resource.getContents().get(0) instanceof DocumentContent content && content.getDocument() != null) {
					documents.add(content.getDocument());
				}
			}
		}
		return new PendingSave(List.copyOf(files), List.copyOf(contents), List.copyOf(serialised), new SaveEvent(List.copyOf(documents), corpusWritten));
	}

	/** Writes a prepared save, each file atomically and forced to disk; touches no model object, so any thread may. */
	public void writePending(PendingSave pending) throws CorpusException {
		checkWritable();
		for (int i = 0; i < pending.files.size(); i++) {
			Path file = pending.files.get(i);
			byte[] content = pending.contents.get(i);
			try {
				AtomicFiles.write(file, out -> out.write(content));
			} catch (IOException | RuntimeException e) {
				throw new CorpusException(file, "cannot be saved: " + IoProblems.reason(e), e);
			}
		}
	}

	/**
	 * Ends a save on the owner's thread: tells the listeners what was written, or, when the write
	 * failed ({@code failure}), marks every file of it changed again so that the next save writes it.
	 */
	public void completeSave(PendingSave pending, CorpusException failure) {
		if (failure != null) {
			pending.resources.forEach(resource -> resource.setModified(true));
		} else if (!pending.isEmpty()) {
			notifySaved(pending.event);
		}
	}

	/** Tells the listeners; one that fails is reported to the failure handler and never breaks the save. */
	private void notifySaved(SaveEvent event) {
		for (Consumer<SaveEvent> listener : saveListeners) {
			try {
				listener.accept(event);
			} catch (RuntimeException e) {
				listenerFailures.accept(e);
			}
		}
	}

	/**
	 * Told when a save listener (the search index) fails after a save that succeeded: the save stands,
	 * the listener's work is what failed. By default such failures are dropped.
	 */
	public void setListenerFailureHandler(Consumer<RuntimeException> handler) {
		listenerFailures = handler == null ? failure -> {
		} : handler;
	}

	/** Told after every save that wrote something (e.g. so the search index follows). */
	public void addSaveListener(Consumer<SaveEvent> listener) {
		saveListeners.add(listener);
	}

	public void removeSaveListener(Consumer<SaveEvent> listener) {
		saveListeners.remove(listener);
	}

	/** Writes one document's annotations (if changed), and nothing else. */
	public boolean saveDocument(Document document) throws CorpusException {
		checkWritable();
		Resource resource = resourceSet.getResource(layout.contentUri(document.getId()), false);
		if (resource == null || !resource.isModified()) {
			return false;
		}
		save(resource);
		notifySaved(new SaveEvent(List.of(document), false));
		return true;
	}

	private Path save(Resource resource) throws CorpusException {
		Path file = Path.of(resource.getURI().toFileString());
		try {
			AtomicFiles.write(file, out -> resource.save(out, null));
			resource.setModified(false);
			return file;
		} catch (IOException | RuntimeException e) {
			resource.setModified(true); // EMF marked it saved once serialised, before the file was in place
			throw new CorpusException(file, "cannot be saved: " + IoProblems.reason(e), e);
		}
	}

	/** Unloads a document's content (after it was saved) to free memory. */
	public void unloadContent(Document document) {
		Resource resource = resourceSet.getResource(layout.contentUri(document.getId()), false);
		if (resource != null && !resource.isModified()) {
			resource.unload();
			resourceSet.getResources().remove(resource);
		}
	}

	@Override
	public void close() {
		closed = true;
		closeQuietly(lock);
	}

	/** Whether {@link #close()} was called: a closed store reads and writes nothing more. */
	public boolean isClosed() {
		return closed;
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		} catch (Exception ignored) {
			// releasing a lock cannot be retried usefully
		}
	}
}
