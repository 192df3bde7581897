/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search.ui;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

/**
 * Opens the search index with the corpus, when the workbench has started, so that it follows every
 * save from the first one: an index first opened at the first search would have missed the saves
 * made before it. The index is opened in a job ({@link SearchService#index()}).
 */
public final class IndexFromTheStart implements IStartup {

	@Override
	public void earlyStartup() {
		if (PlatformUI.isWorkbenchRunning()) {
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
				if (PlatformUI.isWorkbenchRunning()) {
					PlatformUI.getWorkbench().getService(SearchService.class); // the service opens the index and follows the corpus
				}
			});
		}
	}
}
