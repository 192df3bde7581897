/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EventObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.collatio.core.derived.ClaimIndex;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusLayout;
import org.collatio.core.store.Layers;
import org.collatio.core.store.CorpusStore;
import org.collatio.ui.session.CorpusPart;
import org.collatio.ui.session.CorpusSession;
import org.collatio.ui.session.LifecyclePrompts;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * The workbench's {@link CorpusSession}: the open store and its one editing domain, saved on its
 * own a few seconds after the last change. Lives on the UI thread. When the corpus is replaced,
 * the editors of the old one are closed and its editing domain refuses every further command; the
 * new domain refuses commands on objects of another store (see {@link SessionDomain}).
 */
final class WorkbenchCorpusSession implements CorpusSession {

	/** The preference node and key holding who is coding. */
	static final String PREFERENCES_NODE = "org.collatio.ui";
	static final String CODER_PREFERENCE = "coder";

	private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
	private final CopyOnWriteArrayList<Runnable> stackListeners = new CopyOnWriteArrayList<>();
	private final CommandStackListener stackListener = this::commandStackChanged;
	private final Runnable autosave = this::autosave;
	private CorpusStore store;
	private SessionDomain domain;
	private ClaimIndexKeeper claims;
	private int autosaveMillis = DEFAULT_AUTOSAVE_MILLIS;
	private LifecyclePrompts prompts = LifecyclePrompts.DIALOGS;
	private int suspensions;
	/** The last auto-save failure reported, so a failing disk is not reported every few seconds. */
	private String reportedAutosaveFailure;
	/** Saves written in the background, one at a time and in order (see {@link #saveInBackground()}). */
	private final BackgroundSaves backgroundSaves = new BackgroundSaves(this::backgroundSaveDone);
	/** A background write failed: the work is unsaved again, whatever the command stack says. */
	private boolean saveFailed;

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
		open(directory, null);
	}

	/** Opens a corpus on a layer (null: the curated one once it exists, else the coder's own). */
	private void open(Path directory, String layer) throws CorpusException {
		Path wanted = directory.toAbsolutePath().normalize();
		refuseWhileSuspended();
		if (store != null && store.getLayout().directory().equals(wanted)) {
			// re-opening the open corpus: release its lock first (unsaved changes are dropped)
			closeCorpusEditors();
			dispose();
		}
		String chosen = layer != null ? layer : Layers.defaultLayer(new CorpusLayout(wanted));
		CorpusStore opened = load(wanted, new CorpusStore.LayerChoice(getCoderName(), chosen));
		closeCorpusEditors();
		dispose();
		store = opened;
		ComposedAdapterFactory adapters = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapters.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		SessionStack stack = new SessionStack();
		stack.addCommandStackListener(stackListener);
		domain = new SessionDomain(adapters, stack, store);
		stack.domain = domain;
		claims = new ClaimIndexKeeper(store, Display.getDefault(), this::derivedDataChanged);
		SaveWarmUp.schedule(store);
		reportedAutosaveFailure = null;
		fireChanged();
		commandStackChanged(null);
	}

	/**
	 * Reads corpus.xmi (hundreds of milliseconds at a hundred thousand claims) on a worker thread
	 * while a modal progress dialog keeps the window painting and takes the input, so nothing can
	 * change the corpus being left meanwhile; its auto-save waits until the new one is in place. At
	 * start-up, before any window is up, there is nothing to keep painting: read in place.
	 */
	private CorpusStore load(Path directory, CorpusStore.LayerChoice choice) throws CorpusException {
		String name = directory.getFileName() == null ? directory.toString() : directory.getFileName().toString();
		Shell shell = windowShell();
		if (shell == null) {
			return CorpusStore.openOrCreate(directory, name, choice);
		}
		CorpusStore[] opened = new CorpusStore[1];
		Display.getDefault().timerExec(-1, autosave);
		suspensions++;
		try {
			new ProgressMonitorDialog(shell).run(true, false, monitor -> {
				monitor.beginTask("Opening the corpus " + name + "...", IProgressMonitor.UNKNOWN);
				try {
					opened[0] = CorpusStore.openOrCreate(directory, name, choice);
				} catch (CorpusException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			if (e.getCause() instanceof CorpusException failure) {
				throw failure;
			}
			throw new CorpusException(directory, "cannot be opened: " + e.getCause(), e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CorpusException(directory, "was not opened: interrupted", e);
		} finally {
			suspensions--;
			if (opened[0] == null) {
				scheduleAutosave(); // the corpus stays open: its auto-save goes on
			}
		}
		return opened[0];
	}

	private static Shell windowShell() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return null;
		}
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		return window == null || window.getShell() == null || window.getShell().isDisposed() || !window.getShell().isVisible() ? null : window.getShell();
	}

	@Override
	public boolean switchTo(Path directory) throws CorpusException {
		refuseWhileSuspended();
		if (isDirty()) {
			switch (prompts.askUnsaved(corpusName(), "opening another corpus")) {
			case CANCEL:
				return false;
			case SAVE:
				try {
					save();
				} catch (CorpusException e) {
					prompts.saveFailed(e);
					return false; // the work stays open, dirty
				}
				break;
			case DISCARD:
				break;
			}
		}
		open(directory);
		return true;
	}

	@Override
	public boolean switchLayer(String layer) throws CorpusException {
		refuseWhileSuspended();
		if (store == null) {
			return false;
		}
		String wanted = layer != null ? layer : store.getCoder() == null ? null : store.getCoder().getId();
		if (java.util.Objects.equals(wanted, store.getLayerName())) {
			return true;
		}
		if (isDirty()) {
			try {
				save();
			} catch (CorpusException e) {
				prompts.saveFailed(e);
				return false;
			}
		}
		open(store.getLayout().directory(), wanted);
		return true;
	}

	@Override
	public void reopen() throws CorpusException {
		refuseWhileSuspended();
		if (store == null) {
			return;
		}
		if (isDirty()) {
			throw new CorpusException(store.getLayout().directory(), "has unsaved changes: save them before it is opened again");
		}
		open(store.getLayout().directory(), store.getLayerName());
	}

	@Override
	public String getCoderName() {
		String name = preferences().get(CODER_PREFERENCE, null);
		return name == null || name.isBlank() ? null : name.strip();
	}

	@Override
	public void setCoderName(String name) {
		IEclipsePreferences preferences = preferences();
		if (name == null || name.isBlank()) {
			preferences.remove(CODER_PREFERENCE);
		} else {
			preferences.put(CODER_PREFERENCE, name.strip());
		}
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			ILog.of(getClass()).warn("The coder's name could not be stored: " + e.getMessage());
		}
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(PREFERENCES_NODE);
	}

	private String corpusName() {
		String name = store.getCorpus().getName();
		return name != null && !name.isBlank() ? name : store.getLayout().directory().getFileName().toString();
	}

	private void refuseWhileSuspended() throws CorpusException {
		if (suspensions > 0 && store != null) {
			throw new CorpusException(store.getLayout().directory(), "cannot be closed while an import is writing to it");
		}
	}

	@Override
	public void setPrompts(LifecyclePrompts prompts) {
		this.prompts = prompts == null ? LifecyclePrompts.DIALOGS : prompts;
	}

	@Override
	public LifecyclePrompts getPrompts() {
		return prompts;
	}

	@Override
	public boolean isDirty() {
		return domain != null && (((BasicCommandStack) domain.getCommandStack()).isSaveNeeded() || saveFailed);
	}

	@Override
	public void save() throws CorpusException {
		if (store == null) {
			return;
		}
		if (suspensions > 0) {
			throw new CorpusException(store.getLayout().directory(),
					"not saved now: an import is writing to the corpus; the changes are saved when it ends");
		}
		backgroundSaves.finish(); // a save under way is written (or failed) first, in order
		List<Resource> unsaved = store.getResourceSet().getResources().stream().filter(Resource::isModified).toList();
		try {
			store.save();
			saveFailed = false;
		} catch (CorpusException | RuntimeException e) {
			// the command stack stays unsaved, and so does every file that was: EMF marks a resource
			// saved once it is serialised, before the file is in place, so a failed rename would
			// otherwise leave the next save believing there is nothing to write
			unsaved.forEach(resource -> resource.setModified(true));
			throw e;
		}
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
		commandStackChanged(null);
	}

	@Override
	public void awaitSaved() {
		backgroundSaves.finish();
	}

	@Override
	public ClaimIndex getClaimIndex() {
		return claims == null ? null : claims.current();
	}

	/** The claim index was read or followed a save: the views of derived data recompute. */
	private void derivedDataChanged() {
		for (Runnable listener : stackListeners) {
			listener.run();
		}
	}

	private void commandStackChanged(@SuppressWarnings("unused") EventObject event) {
		for (Runnable listener : stackListeners) {
			listener.run();
		}
		scheduleAutosave();
	}

	private void scheduleAutosave() {
		if (isDirty() && autosaveMillis > 0) {
			// restarts the countdown: saves once the researcher pauses
			Display.getDefault().timerExec(autosaveMillis, autosave);
		}
	}

	private void autosave() {
		if (!isDirty() || suspensions > 0) {
			return; // a suspended auto-save is scheduled again when the suspension ends
		}
		try {
			saveInBackground();
		} catch (CorpusException e) {
			autosaveFailed(e);
		}
	}

	/**
	 * The auto-save: the changed files are serialised here, on the UI thread (EMF objects belong to
	 * it; time proportional to the changed files), then written and forced to disk in a job, so the
	 * window never waits on the disk. The work counts as saved meanwhile; a failed write makes it
	 * unsaved again and is reported ({@link #backgroundSaveDone}).
	 */
	private void saveInBackground() throws CorpusException {
		CorpusStore.PendingSave pending = store.prepareSave();
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
		saveFailed = false;
		commandStackChanged(null);
		if (!pending.isEmpty()) {
			backgroundSaves.write(store, pending);
		}
	}

	/** A background write ended (UI thread): the store tells its listeners, or marks the files unsaved again. */
	private void backgroundSaveDone(CorpusStore written, CorpusStore.PendingSave pending, CorpusException failure) {
		written.completeSave(pending, failure);
		if (failure != null && written == store) {
			saveFailed = true;
			commandStackChanged(null);
			autosaveFailed(failure);
		} else if (failure == null) {
			reportedAutosaveFailure = null;
		}
	}

	private void autosaveFailed(CorpusException e) {
		ILog.of(getClass()).error("Auto-save failed: " + e.getMessage(), e);
		if (!e.getMessage().equals(reportedAutosaveFailure)) {
			reportedAutosaveFailure = e.getMessage();
			prompts.saveFailed(e);
		}
	}

	@Override
	public SaveSuspension suspendSaves() {
		backgroundSaves.finish(); // nothing is being written when the suspension begins
		suspensions++;
		Display.getDefault().timerExec(-1, autosave);
		AtomicBoolean ended = new AtomicBoolean();
		return () -> {
			if (ended.compareAndSet(false, true) && --suspensions == 0) {
				scheduleAutosave();
			}
		};
	}

	@Override
	public boolean isSaveSuspended() {
		return suspensions > 0;
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
			closeCorpusEditors();
			dispose();
			fireChanged();
			commandStackChanged(null);
		}
	}

	private void dispose() {
		Display.getDefault().timerExec(-1, autosave);
		backgroundSaves.finish(); // written before the lock is released
		saveFailed = false;
		if (claims != null) {
			claims.dispose();
			claims = null;
		}
		if (domain != null) {
			domain.closed = true;
			domain.getCommandStack().removeCommandStackListener(stackListener);
			((ComposedAdapterFactory) domain.getAdapterFactory()).dispose();
			domain = null;
		}
		if (store != null) {
			store.close();
			store = null;
		}
	}

	/**
	 * Closes, without saving (the researcher has decided about unsaved work by now), every editor
	 * showing a document of the open corpus, so none keeps a document of a closed store.
	 */
	private static void closeCorpusEditors() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				IEditorReference[] editors = Arrays.stream(page.getEditorReferences()).filter(WorkbenchCorpusSession::isCorpusEditor)
						.toArray(IEditorReference[]::new);
				if (editors.length > 0) {
					page.closeEditors(editors, false);
				}
			}
		}
	}

	private static boolean isCorpusEditor(IEditorReference reference) {
		IEditorPart editor = reference.getEditor(false);
		if (editor != null) {
			return editor instanceof CorpusPart;
		}
		try {
			return reference.getEditorInput().getAdapter(EObject.class) != null;
		} catch (PartInitException e) {
			return false;
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

	/**
	 * The editing domain of one open store. Every resource outside that store is read-only, so a
	 * command made for an object of a closed corpus (an editor that outlived it) cannot execute: EMF's
	 * Add, Set and Remove commands ask {@link #isReadOnly(Resource)} before they run. Once its store
	 * is closed, everything is read-only.
	 */
	static final class SessionDomain extends AdapterFactoryEditingDomain {

		private final CorpusStore owner;
		volatile boolean closed;

		SessionDomain(ComposedAdapterFactory adapters, BasicCommandStack stack, CorpusStore owner) {
			super(adapters, stack, owner.getResourceSet());
			this.owner = owner;
		}

		@Override
		public boolean isReadOnly(Resource resource) {
			return closed || resource != null && resource.getResourceSet() != owner.getResourceSet()
					|| resource != null && !owner.isLayerEditable() && resource != owner.getCorpus().eResource() // another coder's layer
					|| super.isReadOnly(resource);
		}
	}

	/** The command stack of a {@link SessionDomain}: refuses every command once the domain's store is closed. */
	static final class SessionStack extends BasicCommandStack {

		SessionDomain domain;

		@Override
		public void execute(Command command) {
			if (domain != null && domain.closed) {
				ILog.of(getClass()).warn("Refused \u201c" + (command == null ? "" : command.getLabel()) + "\u201d: its corpus is closed");
				if (command != null) {
					command.dispose();
				}
				return;
			}
			super.execute(command);
		}
	}
}
