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
import org.collatio.model.Annotator;
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
	/** Whether each saved file is forced to disk before it replaces the old one (see {@link #setStaging(boolean)}). */
	private boolean forceWrites = true;
	private final Map<String, CorpusException> damaged = new java.util.LinkedHashMap<>();
	private final List<String> recoveries = new ArrayList<>();
	private Consumer<RuntimeException> listenerFailures = failure -> {
		// reported by whoever set a handler; a listener never breaks a save
	};
	private volatile boolean closed;
	private final Annotator coder;
	private final String layerName;

	/**
	 * What a save wrote: the documents whose annotations were written, and whether the corpus file
	 * (document metadata, tags, entities, propositions, relations) was.
	 */
	public record SaveEvent(List<Document> documents, boolean corpusFileWritten) {
	}

	/**
	 * Who opens a corpus and which layer the store works on. {@code coderName} null: nobody in
	 * particular (the command line, tests), which works on the first coder's layer. {@code layer}
	 * null: the coder's own layer; else a layer name ({@link Layers}: a coder's id or
	 * {@link Layers#CURATED}).
	 */
	public record LayerChoice(String coderName, String layer) {

		/** The first coder's layer, for nobody in particular. */
		public static final LayerChoice FIRST_CODER = new LayerChoice(null, null);

		public LayerChoice {
			coderName = coderName == null || coderName.isBlank() ? null : coderName.strip();
			if (layer != null && !Layers.isWellFormed(layer)) {
				throw new IllegalArgumentException("not a layer name: " + layer);
			}
		}

		/** The named coder, on their own layer. */
		public static LayerChoice coder(String name) {
			return new LayerChoice(name, null);
		}

		/** The same coder on another layer (null: their own). */
		public LayerChoice onLayer(String otherLayer) {
			return new LayerChoice(coderName, otherLayer);
		}
	}

	private CorpusStore(CorpusLayout layout, CorpusLock lock, ResourceSet resourceSet, Resource corpusResource, boolean readOnly, Annotator coder,
			String layerName) {
		this.layout = layout;
		this.coder = coder;
		this.layerName = layerName;
		this.lock = lock;
		this.readOnly = readOnly;
		this.resourceSet = resourceSet;
		this.corpusResource = corpusResource;
		for (Document document : getCorpus().getDocuments()) {
			documentsById.put(document.getId(), document);
		}
		getCorpus().eAdapters().add(new DocumentIds());
		resourceSet.eAdapters().add(new Owner(this));
	}

	/**
	 * Keeps the documents by id in step with the corpus's list, whatever adds or removes them: the
	 * command that adds imported articles, its undo and redo, {@link #addDocument}.
	 */
	private final class DocumentIds extends org.eclipse.emf.common.notify.impl.AdapterImpl {

		@Override
		public void notifyChanged(org.eclipse.emf.common.notify.Notification notification) {
			if (notification.getFeature() != org.collatio.model.CollatioPackage.Literals.CORPUS__DOCUMENTS) {
				return;
			}
			switch (notification.getEventType()) {
				case org.eclipse.emf.common.notify.Notification.ADD -> added(notification.getNewValue());
				case org.eclipse.emf.common.notify.Notification.ADD_MANY -> ((java.util.Collection<?>) notification.getNewValue()).forEach(this::added);
				case org.eclipse.emf.common.notify.Notification.REMOVE -> removed(notification.getOldValue());
				case org.eclipse.emf.common.notify.Notification.REMOVE_MANY -> ((java.util.Collection<?>) notification.getOldValue()).forEach(this::removed);
				case org.eclipse.emf.common.notify.Notification.SET -> {
					removed(notification.getOldValue());
					added(notification.getNewValue());
				}
				default -> {
					// moves change no id
				}
			}
		}

		private void added(Object value) {
			if (value instanceof Document document && document.getId() != null) {
				documentsById.put(document.getId(), document);
			}
		}

		private void removed(Object value) {
			if (value instanceof Document document && document.getId() != null) {
				documentsById.remove(document.getId(), document);
			}
		}
	}

	/** Opens an existing corpus on the first coder's layer. */
	public static CorpusStore open(Path directory) throws CorpusException {
		return open(directory, LayerChoice.FIRST_CODER);
	}

	/**
	 * Opens an existing corpus for a coder on a layer. A coder the corpus does not know yet is
	 * registered (an {@link Annotator}, saved at once); the first one registered owns the
	 * annotations made before the corpus had coders.
	 */
	public static CorpusStore open(Path directory, LayerChoice choice) throws CorpusException {
		CorpusLayout layout = new CorpusLayout(directory);
		if (!Files.isRegularFile(layout.corpusFile())) {
			throw new CorpusException(layout.directory(), "not a Collatio corpus (it has no " + CorpusLayout.CORPUS_FILE + ")");
		}
		return openLayout(layout, null, false, choice);
	}

	/**
	 * Opens an existing corpus for reading only: with a shared lock (other readers may read at the
	 * same time, no writer may open it meanwhile), or without one when the folder cannot be written
	 * at all ({@link #getReadOnlyNote()} says so). {@link #save()} is refused; nothing is written.
	 */
	public static CorpusStore openReadOnly(Path directory) throws CorpusException {
		return openReadOnly(directory, LayerChoice.FIRST_CODER);
	}

	/** {@link #openReadOnly(Path)} on a chosen layer; an unknown coder is not registered (nothing is written). */
	public static CorpusStore openReadOnly(Path directory, LayerChoice choice) throws CorpusException {
		CorpusLayout layout = new CorpusLayout(directory);
		if (!Files.isRegularFile(layout.corpusFile())) {
			throw new CorpusException(layout.directory(), "not a Collatio corpus (it has no " + CorpusLayout.CORPUS_FILE + ")");
		}
		return openLayout(layout, null, true, choice);
	}

	/** Opens the corpus in a folder, creating the folder and an empty corpus named {@code name} if missing. */
	public static CorpusStore openOrCreate(Path directory, String name) throws CorpusException {
		return openOrCreate(directory, name, LayerChoice.FIRST_CODER);
	}

	/** {@link #openOrCreate(Path, String)} for a coder on a layer (see {@link #open(Path, LayerChoice)}). */
	public static CorpusStore openOrCreate(Path directory, String name, LayerChoice choice) throws CorpusException {
		CorpusLayout layout = new CorpusLayout(directory);
		try {
			Files.createDirectories(layout.documentsFolder());
		} catch (IOException e) {
			throw new CorpusException(layout.directory(), "cannot create the corpus folder: " + e.getMessage(), e);
		}
		CorpusStore store = openLayout(layout, Files.isRegularFile(layout.corpusFile()) ? null : name, false, choice);
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

	private static CorpusStore openLayout(CorpusLayout layout, String newName, boolean readOnly, LayerChoice choice) throws CorpusException {
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
				forgetContentReferences((Corpus) resource.getContents().get(0));
			}
			Corpus corpus = (Corpus) resource.getContents().get(0);
			Annotator coder = Coders.find(corpus, choice.coderName());
			boolean registered = false;
			if (coder == null && choice.coderName() != null && !readOnly) {
				coder = Coders.register(corpus, choice.coderName());
				registered = true;
			} else if (coder == null && choice.coderName() == null) {
				coder = Coders.first(corpus);
			}
			String layerName = choice.layer() != null ? choice.layer() : coder == null ? null : coder.getId();
			Annotator first = Coders.first(corpus);
			CorpusLayout bound = layout.withLayer(layerName == null || first != null && layerName.equals(first.getId()) ? null : layerName);
			resource.setTrackingModification(true);
			if (newName != null || registered) {
				resource.setModified(true);
			}
			CorpusStore store = new CorpusStore(bound, lock, resourceSet, resource, readOnly, coder, layerName);
			if (!readOnly) {
				store.recoveries.addAll(Leftovers.clean(bound, store.documentsById.keySet()));
			}
			if (registered && newName == null) {
				try {
					store.save(resource); // the coder is known from now on, whatever happens to this session
				} catch (CorpusException e) {
					store.close();
					throw e;
				}
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

	/**
	 * Corpora saved before layers existed name each document's annotation file in corpus.xmi; the
	 * store binds the file of its own layer instead, so those references must never be resolved.
	 */
	private static void forgetContentReferences(Corpus corpus) {
		for (Document document : corpus.getDocuments()) {
			if (((org.eclipse.emf.ecore.InternalEObject) document).eGet(CollatioPackage.Literals.DOCUMENT__CONTENT, false, false) != null) {
				document.setContent(null);
			}
		}
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

	/** The folder's layout, bound to the layer this store works on. */
	public CorpusLayout getLayout() {
		return layout;
	}

	/** Who is coding (an {@link Annotator} of the corpus), or null when the corpus has no coder yet. */
	public Annotator getCoder() {
		return coder;
	}

	/**
	 * The name of the layer this store works on: a coder's id or {@link Layers#CURATED}; null only
	 * while the corpus has no coder at all.
	 */
	public String getLayerName() {
		return layerName;
	}

	/**
	 * Whether the annotations of this layer may be changed here: the coder's own layer and the
	 * curated one may; another coder's layer is shown read-only (corpus-wide objects stay editable).
	 */
	public boolean isLayerEditable() {
		return !readOnly && (layerName == null || Layers.CURATED.equals(layerName) || coder != null && layerName.equals(coder.getId()));
	}

	/** The layout bound to a layer of this corpus (a coder's id or {@link Layers#CURATED}). */
	public CorpusLayout layoutOf(String layer) {
		Annotator first = Coders.first(getCorpus());
		return layout.withLayer(layer == null || first != null && layer.equals(first.getId()) ? null : layer);
	}

	/**
	 * The layers that have annotations on disk, by name (a coder's id, or {@link Layers#CURATED}),
	 * each with the ids of the documents it annotates. Lists the documents folder; reads no file.
	 */
	public java.util.SortedMap<String, java.util.SortedSet<String>> getLayers() throws CorpusException {
		java.util.SortedMap<String, java.util.SortedSet<String>> files;
		try {
			files = layout.annotationFiles();
		} catch (IOException e) {
			throw new CorpusException(layout.documentsFolder(), "cannot be listed: " + IoProblems.reason(e), e);
		}
		java.util.SortedMap<String, java.util.SortedSet<String>> layers = new java.util.TreeMap<>();
		Annotator first = Coders.first(getCorpus());
		files.forEach((mark, documents) -> {
			String name = mark.isEmpty() ? first == null ? null : first.getId() : mark;
			if (name != null) {
				layers.computeIfAbsent(name, k -> new java.util.TreeSet<>()).addAll(documents);
			}
		});
		return layers;
	}

	/** The store whose model holds this object, if it is one of a store's live objects. */
	public static CorpusStore of(org.eclipse.emf.ecore.EObject object) {
		Resource resource = object == null ? null : object.eResource();
		ResourceSet set = resource == null ? null : resource.getResourceSet();
		if (set == null) {
			return null;
		}
		for (Object adapter : set.eAdapters()) {
			if (adapter instanceof Owner owner) {
				return owner.store;
			}
		}
		return null;
	}

	/** Marks a resource set as the store's, for {@link #of}. */
	private record Owner(CorpusStore store) implements org.eclipse.emf.common.notify.Adapter {
		@Override
		public void notifyChanged(org.eclipse.emf.common.notify.Notification notification) {
			// a marker only
		}

		@Override
		public org.eclipse.emf.common.notify.Notifier getTarget() {
			return null;
		}

		@Override
		public void setTarget(org.eclipse.emf.common.notify.Notifier newTarget) {
			// a marker only
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == CorpusStore.class;
		}
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
		if (content == null && resource.getContents().get(0) instanceof DocumentContent loaded) {
			bind(document, loaded, resource);
			content = loaded;
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
				boolean corpusModified = corpusResource.isModified();
				document.setContent(null);
				corpusResource.setModified(corpusModified);
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
		resource.setTrackingModification(true);
		bind(document, content, resource);
		return resource;
	}

	/**
	 * Binds a layer's content to its document (Document.content is transient: corpus.xmi names no
	 * layer). Neither file counts as changed by that.
	 */
	private void bind(Document document, DocumentContent content, Resource resource) {
		boolean corpusModified = corpusResource.isModified();
		boolean contentModified = resource.isModified();
		document.setContent(content);
		corpusResource.setModified(corpusModified);
		resource.setModified(contentModified);
	}

	/**
	 * Adds a document whose text is written now, once: it is never rewritten afterwards. The
	 * document must have a unique id; its text length is recorded in UTF-16 code units.
	 */
	public void addDocument(Document document, String text) throws CorpusException {
		writeText(document, text);
		getCorpus().getDocuments().add(document);
	}

	/**
	 * Writes the text of a document not yet in the corpus, once (it is never rewritten), and records
	 * its length in UTF-16 code units; the document is added to the corpus later, by a command (the
	 * workbench's import: undoable). Its id is then taken: {@link #uniqueDocumentId} gives no other
	 * document the same one. Touches no object of the corpus, so it may run off the UI thread.
	 */
	public void writeText(Document document, String text) throws CorpusException {
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

	/**
	 * For a corpus built in a staging folder and moved into place only when complete (an import into
	 * a new corpus): while staging, saved files are still replaced atomically but not forced to disk
	 * one by one, which made an import of a thousand documents wait on the disk a thousand times. A
	 * killed import leaves only the staging folder, which is discarded. End staging before the last
	 * save: its forced corpus file carries the earlier files to disk (the file system's ordered data
	 * mode, as for the texts, {@link AtomicFiles#writeNew(Path, byte[])}).
	 */
	public void setStaging(boolean staging) {
		forceWrites = !staging;
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
				AtomicFiles.write(file, out -> out.write(content), forceWrites);
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
			AtomicFiles.write(file, out -> resource.save(out, null), forceWrites);
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
