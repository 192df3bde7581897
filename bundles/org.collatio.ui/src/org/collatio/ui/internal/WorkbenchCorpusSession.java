/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.internal;

import java.nio.file.Path;
import java.util.concurrent.CopyOnWriteArrayList;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.ui.session.CorpusSession;

/** The workbench's {@link CorpusSession}. */
final class WorkbenchCorpusSession implements CorpusSession {

	private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
	private CorpusStore store;

	@Override
	public CorpusStore getStore() {
		return store;
	}

	@Override
	public void open(Path directory) throws CorpusException {
		CorpusStore opened = CorpusStore.openOrCreate(directory, directory.getFileName().toString());
		if (store != null) {
			store.close();
		}
		store = opened;
		fireChanged();
	}

	@Override
	public void fireChanged() {
		for (Listener listener : listeners) {
			listener.corpusChanged(store);
		}
	}

	@Override
	public void close() {
		if (store != null) {
			store.close();
			store = null;
			fireChanged();
		}
	}

	@Override
	public void addListener(Listener listener) {
		listeners.addIfAbsent(listener);
	}

	@Override
	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}
}
