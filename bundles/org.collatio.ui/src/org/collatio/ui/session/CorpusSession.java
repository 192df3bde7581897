/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.session;

import java.nio.file.Path;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * The corpus open in the workbench: one per workbench, reached as a workbench service
 * ({@code PlatformUI.getWorkbench().getService(CorpusSession.class)}). Every change to the corpus
 * model is a command on its one {@link #getEditingDomain() editing domain}, so undo, redo and the
 * dirty state agree in every view and editor. Views and handlers bind to it and are told when
 * another corpus is opened, the open one changes, or its dirty state flips.
 */
public interface CorpusSession {

	/** Told on the UI thread when the open corpus is replaced or its document list changes. */
	@FunctionalInterface
	interface Listener {
		void corpusChanged(CorpusStore store);
	}

	/** The open corpus, or null when none is open. */
	CorpusStore getStore();

	/** The editing domain of the open corpus (null when none is open). */
	EditingDomain getEditingDomain();

	/** Opens (creating if needed) the corpus in a folder, closing the one open before. */
	void open(Path directory) throws CorpusException;

	/** Whether commands were executed since the last save. */
	boolean isDirty();

	/** Saves every changed file of the open corpus and marks the command stack saved. */
	void save() throws CorpusException;

	/** {@link #save()}, telling the user in a dialog over {@code shell} when it fails; returns whether it saved. */
	default boolean saveReportingErrors(Shell shell) {
		try {
			save();
			return true;
		} catch (CorpusException e) {
			MessageDialog.openError(shell, "Save", "The corpus could not be saved; nothing was lost from memory.\n\n" + e.getMessage());
			return false;
		}
	}

	/**
	 * How long after the last change unsaved work is saved on its own (so a killed process loses
	 * at most that much); zero turns auto-save off. Default: {@value #DEFAULT_AUTOSAVE_MILLIS} ms.
	 */
	void setAutosaveDelay(int millis);

	int DEFAULT_AUTOSAVE_MILLIS = 5000;

	/** Tells the listeners that the open corpus's documents changed (e.g. after an import). */
	void fireChanged();

	/** Closes the open corpus, releasing its lock. Unsaved changes are dropped. */
	void close();

	void addListener(Listener listener);

	void removeListener(Listener listener);

	/** Told (on the UI thread) after every command executed, undone or redone, and after a save. */
	void addCommandStackListener(Runnable listener);

	void removeCommandStackListener(Runnable listener);

	/**
	 * Listens to both corpus changes and command-stack changes, as every view showing the corpus does;
	 * returns what stops listening (for the view's dispose).
	 */
	default Runnable watch(Listener corpusListener, Runnable commandStackListener) {
		addListener(corpusListener);
		addCommandStackListener(commandStackListener);
		return () -> {
			removeListener(corpusListener);
			removeCommandStackListener(commandStackListener);
		};
	}
}
