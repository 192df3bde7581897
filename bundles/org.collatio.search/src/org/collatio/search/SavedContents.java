/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.IoProblems;
import org.collatio.model.DocumentContent;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Reads documents from their saved files for the index, one at a time, into a private resource set:
 * the live model is never touched, so this runs on any thread. References into corpus.xmi stay
 * proxies; their names come from an {@link IndexNames} snapshot. A document never annotated is read
 * from its text file.
 */
final class SavedContents implements AutoCloseable {

	private final CorpusStore store;
	private final ResourceSet resourceSet = CorpusStore.newResourceSet();

	SavedContents(CorpusStore store) {
		this.store = store;
	}

	/** Whether the document has an annotation file (read with {@link #read}) or only its text. */
	boolean isAnnotated(DocumentMeta document) {
		return Files.isRegularFile(store.getLayout().contentFile(document.id()));
	}

	/** The Lucene document of a document as saved. */
	org.apache.lucene.document.Document read(DocumentMeta document, IndexNames names) throws CorpusException {
		Path file = store.getLayout().contentFile(document.id());
		if (!Files.isRegularFile(file)) {
			if (document.handle() == null) {
				throw new CorpusException(file, "is missing");
			}
			return DocumentIndexer.toLucene(document, store.readText(document.handle()));
		}
		Resource resource = resourceSet.createResource(store.getLayout().contentUri(document.id()));
		try {
			resource.load(null);
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof DocumentContent content) || content.getText() == null) {
				throw new CorpusException(file, "does not hold the annotations of document " + document.id());
			}
			if (document.length() > 0 && content.getText().length() != document.length()) {
				throw new CorpusException(file, "damaged: the text of document " + document.id() + " has " + content.getText().length()
						+ " UTF-16 units, but " + document.length() + " were recorded when it was stored");
			}
			return DocumentIndexer.toLucene(document, content, names);
		} catch (IOException e) {
			throw new CorpusException(file, "cannot be read: " + IoProblems.reason(e), e);
		} catch (RuntimeException e) {
			throw new CorpusException(file, "cannot be read: " + IoProblems.reason(e), e);
		} finally {
			resource.unload();
			resourceSet.getResources().remove(resource);
		}
	}

	@Override
	public void close() {
		resourceSet.getResources().clear();
	}
}
