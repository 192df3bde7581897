/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor;

import java.util.Objects;

import org.collatio.model.Document;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A document of the open corpus, as the input of an {@link AnnotationEditor}; equal by document id. */
public final class DocumentEditorInput implements IEditorInput {

	private final Document document;

	public DocumentEditorInput(Document document) {
		this.document = Objects.requireNonNull(document);
	}

	public Document getDocument() {
		return document;
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return document.getTitle() != null ? document.getTitle() : document.getId();
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return getName() + (document.getOutlet() != null ? " \u2014 " + document.getOutlet() : "")
				+ (document.getPublicationDate() != null ? ", " + document.getPublicationDate() : "");
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter.isInstance(document) ? adapter.cast(document) : null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DocumentEditorInput input && input.document.getId().equals(document.getId());
	}

	@Override
	public int hashCode() {
		return document.getId().hashCode();
	}
}
