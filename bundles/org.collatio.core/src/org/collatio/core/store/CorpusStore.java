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

	/**
	 * What a save wrote: the documents whose annotations were written, and whether the corpus file
	 * (document metadata, tags, entities, propositions, relations) was.
	 */
	public record SaveEvent(List<Document> documents, boolean corpusFileWritten) {
	}

	private CorpusStore(CorpusLayout layout, CorpusLock lock, ResourceSet resourceSet, Resource corpusResource) {
		this.layout = layout;
		this.lock = lock;
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
		return openLayout(layout, null);
	}

	/** Opens the corpus in a folder, creating the folder and an empty corpus named {@code name} if missing. */
	public static CorpusStore openOrCreate(Path directory, String name) throws CorpusException {
		CorpusLayout layout = new CorpusLayout(directory);
		try {
			Files.createDirectories(layout.documentsFolder());
		} catch (IOException e) {
			throw new CorpusException(layout.directory(), "cannot create the corpus folder: " + e.getMessage(), e);
		}
		return openLayout(layout, Files.isRegularFile(layout.corpusFile()) ? null : name);
	}

	private static CorpusStore openLayout(CorpusLayout layout, String newName) throws CorpusException {
		CorpusLock lock = CorpusLock.acquire(layout.directory());
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
			return new CorpusStore(layout, lock, resourceSet, resource);
		} catch (CorpusException | RuntimeException e) {
			closeQuietly(lock);
			throw e;
		}
	}

	private static ResourceSet newResourceSet() {
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
		try {
			return CollatioResource.readText(textFile);
		} catch (IOException e) {
			throw new CorpusException(textFile, e.getMessage(), e);
		}
	}

	/**
	 * The document's text and annotations, read from its files on first use. A document nobody has
	 * annotated yet gets an empty content resource (written at the next save that changes it).
	 */
	public DocumentContent getContent(Document document) throws CorpusException {
		URI uri = layout.contentUri(document.getId());
		Resource resource = resourceSet.getResource(uri, false);
		if (resource == null && Files.isRegularFile(layout.contentFile(document.getId()))) {
			resource = resourceSet.createResource(uri);
			load(resource, layout.contentFile(document.getId()));
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
			throw new CorpusException(layout.contentFile(document.getId()), "does not hold the annotations of document " + document.getId());
		}
		return content;
	}

	private Resource createContent(Document document) throws CorpusException {
		String text = readText(document);
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
		String id = document.getId();
		if (id == null || documentsById.containsKey(id)) {
			throw new IllegalArgumentException("document id missing or not unique: " + id);
		}
		Path textFile = layout.textFile(id);
		try {
			AtomicFiles.writeNew(textFile, text.getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new CorpusException(textFile, "cannot write the document text: " + e.getMessage(), e);
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
		List<Path> written = new ArrayList<>();
		// documents first: corpus.xmi refers to them
		List<Resource> resources = new ArrayList<>(resourceSet.getResources());
		resources.remove(corpusResource);
		resources.add(corpusResource);
		List<Document> documents = new ArrayList<>();
		boolean corpusWritten = false;
		for (Resource resource : resources) {
			if (resource.isModified() && !resource.getContents().isEmpty()) {
				written.add(save(resource));
				if (resource == corpusResource) {
					corpusWritten = true;
				} else if (resource.getContents().get(0) instanceof DocumentContent content && content.getDocument() != null) {
					documents.add(content.getDocument());
				}
			}
		}
		if (!written.isEmpty()) {
			SaveEvent event = new SaveEvent(List.copyOf(documents), corpusWritten);
			saveListeners.forEach(listener -> listener.accept(event));
		}
		return written;
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
		Resource resource = resourceSet.getResource(layout.contentUri(document.getId()), false);
		if (resource == null || !resource.isModified()) {
			return false;
		}
		save(resource);
		SaveEvent event = new SaveEvent(List.of(document), false);
		saveListeners.forEach(listener -> listener.accept(event));
		return true;
	}

	private Path save(Resource resource) throws CorpusException {
		Path file = Path.of(resource.getURI().toFileString());
		try {
			AtomicFiles.write(file, out -> resource.save(out, null));
			resource.setModified(false);
			return file;
		} catch (IOException | RuntimeException e) {
			throw new CorpusException(file, "cannot be saved: " + e.getMessage(), e);
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
		closeQuietly(lock);
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		} catch (Exception ignored) {
			// releasing a lock cannot be retried usefully
		}
	}
}
