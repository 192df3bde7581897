/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.session;

import java.nio.file.Path;

import org.collatio.core.derived.ClaimIndex;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.eclipse.emf.edit.domain.EditingDomain;
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

	/**
	 * Opens (creating if needed) the corpus in a folder, closing the one open before: its editors are
	 * closed without saving and its unsaved changes are dropped (use {@link #switchTo(Path)} to ask
	 * first). If the new corpus cannot be opened, the open one stays as it was.
	 */
	void open(Path directory) throws CorpusException;

	/**
	 * Opens another corpus as File &gt; Open Corpus does: when there is unsaved work, asks (through
	 * the {@link #setPrompts(LifecyclePrompts) prompts}) whether to save it, discard it or cancel; a
	 * failed save is reported and cancels the switch, keeping the work. Returns whether the corpus in
	 * {@code directory} is now open.
	 */
	boolean switchTo(Path directory) throws CorpusException;

	/** Replaces what the lifecycle asks and tells the researcher (tests answer for themselves). */
	/**
	 * Works on another layer of the open corpus (a coder's id, {@link org.collatio.core.store.Layers#CURATED},
	 * or null: the coder's own): saves, then opens the corpus again on that layer. Editors of the
	 * corpus close. False when the save failed (reported; nothing changes).
	 */
	boolean switchLayer(String layer) throws CorpusException;

	/**
	 * Opens the open corpus again, on the layer it works on, so that the model and every view and
	 * editor hold what is on disk: after something wrote the corpus outside the editing domain (a
	 * colleague's coding imported, which adds shared objects and relations that earlier commands
	 * know nothing of). The corpus's editors close and the undo history ends. Refused, with nothing
	 * changed, while there is unsaved work (save first: nothing unsaved is dropped) or while saves
	 * are suspended; does nothing when no corpus is open.
	 */
	void reopen() throws CorpusException;

	/** Who is coding: the name recorded in the preferences (asked on first start), or null. */
	String getCoderName();

	/** Records who is coding; takes effect when a corpus is next opened. */
	void setCoderName(String name);

	void setPrompts(LifecyclePrompts prompts);

	LifecyclePrompts getPrompts();

	/**
	 * Every claim and mention of the open corpus as records, unsaved changes included: what views of
	 * derived data read (in a job) instead of loading documents. Null while it is first read after the
	 * corpus opens (the views then show that they are updating, and are told by the command-stack
	 * listeners when it is ready). UI thread; costs time proportional to the documents changed since
	 * the last save.
	 */
	ClaimIndex getClaimIndex();

	/**
	 * Waits until every save written in the background (the auto-save) is on disk, and reports the
	 * outcome (UI thread): before the workbench exits, and in tests that read the files.
	 */
	void awaitSaved();

	/** Whether commands were executed since the last save. */
	boolean isDirty();

	/**
	 * Saves every changed file of the open corpus and marks the command stack saved. Refused (with a
	 * {@link CorpusException}, nothing written) while {@link #suspendSaves() saves are suspended} or
	 * when no corpus is open; when it fails the work stays dirty.
	 */
	void save() throws CorpusException;

	/**
	 * {@link #save()}, telling the user through the {@link #getPrompts() prompts} when it fails;
	 * returns whether it saved.
	 */
	default boolean saveReportingErrors(@SuppressWarnings("unused") Shell shell) {
		try {
			save();
			return true;
		} catch (CorpusException e) {
			getPrompts().saveFailed(e);
			return false;
		}
	}

	/**
	 * Suspends saving while work off the UI thread owns the store (an import): the auto-save waits,
	 * {@link #save()} is refused. Closing the handle (on the UI thread) resumes, and saves soon if
	 * there is unsaved work. Suspensions nest.
	 */
	SaveSuspension suspendSaves();

	/** Whether saves are suspended now. */
	boolean isSaveSuspended();

	/** Ends a {@link CorpusSession#suspendSaves() suspension of saves}; closing twice is harmless. */
	interface SaveSuspension extends AutoCloseable {
		@Override
		void close();
	}

	/**
	 * How long after the last change unsaved work is saved on its own (so a killed process loses
	 * at most that much); zero turns auto-save off. Default: {@value #DEFAULT_AUTOSAVE_MILLIS} ms.
	 */
	void setAutosaveDelay(int millis);

	int DEFAULT_AUTOSAVE_MILLIS = 5000;

	/** Tells the listeners that the open corpus's documents changed (e.g. after an import). */
	void fireChanged();

	/** Closes the open corpus and its editors, releasing its lock. Unsaved changes are dropped. */
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
