/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.internal;

import org.collatio.ui.session.CorpusSession;
import org.eclipse.ui.services.AbstractServiceFactory;
import org.eclipse.ui.services.IServiceLocator;

/** Provides the one {@link CorpusSession} of the workbench to every service locator below it. */
public final class CorpusSessionServiceFactory extends AbstractServiceFactory {

	private WorkbenchCorpusSession session;

	@Override
	public synchronized Object create(@SuppressWarnings("rawtypes") Class serviceInterface, IServiceLocator parentLocator,
			IServiceLocator locator) {
		if (serviceInterface != CorpusSession.class) {
			return null;
		}
		Object fromParent = parentLocator.getService(CorpusSession.class);
		if (fromParent != null) {
			return fromParent;
		}
		if (session == null) {
			session = new WorkbenchCorpusSession();
		}
		return session;
	}
}
