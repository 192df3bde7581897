/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.collatio.model.Annotator;
import org.collatio.model.DocumentContent;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Reads any layer's annotations of a document from its saved file, apart from the live model: for
 * agreement, curation, another coder's layer shown beside mine, exports of every layer. Made on the
 * thread that owns the store (it copies what it needs), then used on any one thread. What it returns
 * is a snapshot: references into corpus.xmi (tags, entities, propositions) stay unresolved proxies,
 * read by id with {@link #idOf(EObject)}; nothing read here is ever put into the live model.
 */
public final class LayerReader implements AutoCloseable {

	private final CorpusLayout layout;
	private final String firstCoder;
	private final ResourceSet resourceSet = CorpusStore.newResourceSet();

	private LayerReader(CorpusLayout layout, String firstCoder) {
		this.layout = layout;
		this.firstCoder = firstCoder;
	}

	/** A reader of the layers of a store's corpus (owner's thread). */
	public static LayerReader of(CorpusStore store) {
		Annotator first = Coders.first(store.getCorpus());
		return new LayerReader(store.getLayout(), first == null ? null : first.getId());
	}

	/** The annotation file of a document in a layer. */
	public Path file(String documentId, String layer) {
		return layout.layerFile(documentId, mark(layer));
	}

	private String mark(String layer) {
		return layer == null || layer.equals(firstCoder) ? null : layer;
	}

	/**
	 * The annotations of a document in a layer, with the document's text; empty when that layer has
	 * not annotated it. Damaged files are reported naming the file.
	 */
	public Optional<DocumentContent> read(String documentId, String layer) throws CorpusException {
		Path file = file(documentId, layer);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		Resource resource = resourceSet.createResource(layout.layerUri(documentId, mark(layer)));
		try {
			resource.load(null);
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof DocumentContent content)) {
				throw new CorpusException(file, "does not hold the annotations of document " + documentId);
			}
			ContentCheck.checkContent(file, documentId, content);
			return Optional.of(content);
		} catch (IOException | RuntimeException e) {
			throw LoadProblems.describe(file, e, resource);
		} finally {
			resourceSet.getResources().remove(resource); // the objects stay readable; the set holds nothing
		}
	}

	/** The id of an object that a layer file refers to in corpus.xmi (a tag, entity, proposition, coder), or null. */
	public static String idOf(EObject object) {
		if (object == null) {
			return null;
		}
		if (object.eIsProxy()) {
			org.eclipse.emf.common.util.URI uri = ((InternalEObject) object).eProxyURI();
			return uri == null ? null : uri.fragment();
		}
		return org.eclipse.emf.ecore.util.EcoreUtil.getID(object);
	}

	@Override
	public void close() {
		resourceSet.getResources().clear();
	}
}
