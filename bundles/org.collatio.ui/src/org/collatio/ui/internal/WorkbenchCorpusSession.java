/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.internal;

import java.nio.file.Path;
import java.util.EventObject;
import java.util.concurrent.CopyOnWriteArrayList;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.swt.widgets.Display;

/**
 * The workbench's {@link CorpusSession}: the open store and its one editing domain, saved on its
 * own a few seconds after the last change.
 */
final class WorkbenchCorpusSession implements CorpusSession {

	private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
	private final CopyOnWriteArrayList<Runnable> stackListeners = new CopyOnWriteArrayList<>();
	private final CommandStackListener stackListener = this::commandStackChanged;
	private final Runnable autosave = this::autosave;
	private CorpusStore store;
	private AdapterFactoryEditingDomain domain;
	private int autosaveMillis = DEFAULT_AUTOSAVE_MILLIS;

	@Override
	public CorpusStore getStore() {
		return store;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	@Override
	public void open(Path directory) throws CorpusException {
		Path wanted = directory.toAbsolutePath().normalize();
		if (store != null && store.getLayout().directory().equals(wanted)) {
			dispose(); // re-opening the open corpus: release its lock first (unsaved changes are dropped)
		}
		CorpusStore opened = CorpusStore.openOrCreate(wanted, wanted.getFileName().toString());
		dispose();
		store = opened;
		ComposedAdapterFactory adapters = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapters.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		BasicCommandStack stack = new BasicCommandStack();
		stack.addCommandStackListener(stackListener);
		domain = new AdapterFactoryEditingDomain(adapters, stack, store.getResourceSet());
		fireChanged();
		commandStackChanged(null);
	}

	@Override
	public boolean isDirty() {
		return domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	@Override
	public void save() throws CorpusException {
		if (store == null) {
			return;
		}
		store.save();
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
		commandStackChanged(null);
	}

	private void commandStackChanged(@SuppressWarnings("unused") EventObject event) {
		for (Runnable listener : stackListeners) {
			listener.run();
		}
		if (isDirty() && autosaveMillis > 0) {
			// restarts the countdown: saves once the researcher pauses
			Display.getDefault().timerExec(autosaveMillis, autosave);
		}
	}

	private void autosave() {
		if (!isDirty()) {
			return;
		}
		try {
			save();
		} catch (CorpusException e) {
			ILog.of(getClass()).error("Auto-save failed: " + e.getMessage(), e);
		}
	}

	@Override
	public void setAutosaveDelay(int millis) {
		autosaveMillis = millis;
		Display.getDefault().timerExec(-1, autosave);
		commandStackChanged(null);
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
			dispose();
			fireChanged();
			commandStackChanged(null);
		}
	}

	private void dispose() {
		Display.getDefault().timerExec(-1, autosave);
		if (domain != null) {
			domain.getCommandStack().removeCommandStackListener(stackListener);
			((ComposedAdapterFactory) domain.getAdapterFactory()).dispose();
			domain = null;
		}
		if (store != null) {
			store.close();
			store = null;
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

	@Override
	public void addCommandStackListener(Runnable listener) {
		stackListeners.addIfAbsent(listener);
	}

	@Override
	public void removeCommandStackListener(Runnable listener) {
		stackListeners.remove(listener);
	}
}
