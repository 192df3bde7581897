/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.derived;

import java.io.IOException;

import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.CorpusLayout;
import org.collatio.model.DocumentContent;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Reads documents' annotation files into a private resource set, one at a time, for their records:
 * the live model is never touched, so this runs on any thread. References into corpus.xmi stay
 * unresolved proxies (only their ids are read).
 */
final class RecordReader implements AutoCloseable {

	private final CorpusLayout layout;
	private final ResourceSet resourceSet = CorpusStore.newResourceSet();

	RecordReader(CorpusLayout layout) {
		this.layout = layout;
	}

	DocumentRecords read(String documentId) throws IOException {
		String stamp = Records.stamp(layout.contentFile(documentId));
		Resource resource = resourceSet.createResource(layout.contentUri(documentId));
		try {
			resource.load(null);
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof DocumentContent content)) {
				throw new IOException("does not hold the annotations of document " + documentId);
			}
			return Records.of(documentId, content, stamp);
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
