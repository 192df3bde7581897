/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.properties;

import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * Adapts every model object to an {@link IPropertySource} (registered in plugin.xml for
 * {@link EObject}), so the Properties view shows whatever model object a view or editor selects,
 * through the item providers of the session's editing domain.
 */
public final class ModelPropertyAdapters implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType != IPropertySource.class || !(adaptable instanceof EObject) || !PlatformUI.isWorkbenchRunning()) {
			return null;
		}
		CorpusSession session = PlatformUI.getWorkbench().getService(CorpusSession.class);
		EditingDomain domain = session == null ? null : session.getEditingDomain();
		if (!(domain instanceof AdapterFactoryEditingDomain adapters)) {
			return null;
		}
		return adapterType.cast(new ModelPropertySourceProvider(adapters.getAdapterFactory()).getPropertySource(adaptable));
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}
}
