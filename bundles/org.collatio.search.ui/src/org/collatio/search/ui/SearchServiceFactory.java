/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search.ui;

import java.io.IOException;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.search.CorpusIndex;
import org.collatio.ui.session.CorpusSession;
import org.collatio.ui.session.WorkbenchSingletonFactory;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.services.IServiceLocator;

/** Provides the one {@link SearchService} of the workbench. */
public final class SearchServiceFactory extends WorkbenchSingletonFactory<SearchService> {

	public SearchServiceFactory() {
		super(SearchService.class);
	}

	@Override
	protected SearchService create(IServiceLocator locator) {
		return new Service(locator.getService(CorpusSession.class));
	}

	private static final class Service implements SearchService {
		private CorpusIndex index;
		private CorpusStore indexed;
		private final CorpusSession session;

		Service(CorpusSession session) {
			this.session = session;
			session.addListener(store -> {
				if (store != indexed) {
					closeIndex();
				}
			});
		}

		@Override
		public synchronized CorpusIndex index() throws CorpusException {
			CorpusStore store = session.getStore();
			if (store == null) {
				return null;
			}
			if (index == null || indexed != store) {
				closeIndex();
				index = CorpusIndex.open(store);
				indexed = store;
				if (index.getRebuildReason() != null) {
					ILog.of(getClass()).info(index.getRebuildReason());
				}
			}
			return index;
		}

		private synchronized void closeIndex() {
			if (index != null) {
				try {
					index.close();
				} catch (IOException e) {
					ILog.of(getClass()).warn("Closing the search index: " + e.getMessage(), e);
				}
				index = null;
				indexed = null;
			}
		}
	}
}
