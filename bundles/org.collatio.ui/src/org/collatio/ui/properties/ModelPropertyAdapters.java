/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.properties;

import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * Adapts every model object to an {@link IPropertySource} (registered in plugin.xml for
 * {@link EObject}), so the Properties view shows whatever model object a view or editor selects,
 * through the item providers of the session's editing domain; what may be changed there is changed
 * by the commands of {@code org.collatio.core.edit} on that domain (see {@link ModelPropertySourceProvider}).
 */
public final class ModelPropertyAdapters implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType != IPropertySource.class || !(adaptable instanceof EObject) || !PlatformUI.isWorkbenchRunning()) {
			return null;
		}
		ModelPropertySourceProvider sources = ModelPropertySourceProvider.of(PlatformUI.getWorkbench().getService(CorpusSession.class));
		return sources == null ? null : adapterType.cast(sources.getPropertySource(adaptable));
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}
}
