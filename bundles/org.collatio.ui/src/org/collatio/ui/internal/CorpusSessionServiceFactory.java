/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.internal;

import org.collatio.ui.session.CorpusSession;
import org.collatio.ui.session.WorkbenchSingletonFactory;
import org.eclipse.ui.services.IServiceLocator;

/** Provides the one {@link CorpusSession} of the workbench. */
public final class CorpusSessionServiceFactory extends WorkbenchSingletonFactory<CorpusSession> {

	public CorpusSessionServiceFactory() {
		super(CorpusSession.class);
	}

	@Override
	protected CorpusSession create(IServiceLocator locator) {
		return new WorkbenchCorpusSession();
	}
}
