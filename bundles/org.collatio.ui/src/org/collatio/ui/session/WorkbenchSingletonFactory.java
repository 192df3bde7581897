/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.session;

import org.eclipse.ui.services.AbstractServiceFactory;
import org.eclipse.ui.services.IServiceLocator;

/**
 * A service factory (extension point org.eclipse.ui.services) for a service of which the workbench
 * has exactly one: made once at the top, handed down to every window and part.
 */
public abstract class WorkbenchSingletonFactory<T> extends AbstractServiceFactory {

	private final Class<T> type;
	private T service;

	protected WorkbenchSingletonFactory(Class<T> type) {
		this.type = type;
	}

	/** Makes the service, once; {@code locator} gives the services it needs. */
	protected abstract T create(IServiceLocator locator);

	@Override
	public final synchronized Object create(@SuppressWarnings("rawtypes") Class serviceInterface, IServiceLocator parentLocator,
			IServiceLocator locator) {
		if (serviceInterface != type) {
			return null;
		}
		Object fromParent = parentLocator.getService(type);
		if (fromParent != null) {
			return fromParent;
		}
		if (service == null) {
			service = create(locator);
		}
		return service;
	}
}
