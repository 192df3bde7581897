/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.ui;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.io.CodingImport;
import org.collatio.io.CodingReport;
import org.collatio.io.FormatException;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * File &gt; Import Coding: a colleague's coding file added to the open corpus as their layer
 * ({@link CodingImport}), then what came in (counts, shared objects added, clashes, notes) shown.
 * <p>
 * The import writes the store itself: layer files, then the shared objects and relations merged
 * into the live corpus model and corpus.xmi saved through the store. So unsaved work is saved first
 * (a failed save is reported and nothing more happens), saves are suspended while it runs, and it
 * runs <em>on the UI thread</em>, the owner of the model ({@code fork=false} in a modal progress
 * dialog): unlike the article import, which only adds documents, it changes objects that the views'
 * snapshot jobs read on the UI thread, and a forked run would let them read it halfway. The price is
 * that it cannot be cancelled once started (it reads and checks everything before it writes).
 * <p>
 * A refused file (not a coding file, other articles, my own coding, ...) is reported naming the
 * file, and nothing was written. After an import, the corpus is {@link CorpusSession#reopen()
 * opened again} on the same layer: the import changed the model behind the editing domain (shared
 * objects added, another coder's relations replaced), so the undo history must end (undoing an
 * earlier command could remove an entity the new layer refers to), and a fresh store gives every
 * view, editor and derived index the corpus as it is on disk, the new coder's layer included.
 * Nothing unsaved is lost: everything was saved before the import.
 */
public final class ImportCoding {

	/** The title of its dialogs. */
	public static final String TITLE = "Import Coding";

	private final CorpusSession session;
	private final CodingDialogs dialogs;

	public ImportCoding(CorpusSession session, CodingDialogs dialogs) {
		this.session = session;
		this.dialogs = dialogs;
	}

	/**
	 * Runs the command: returns what was imported, or null when nothing was (no corpus, no file
	 * chosen, the save failed, the file was refused, or the import failed: each told through the
	 * dialogs).
	 */
	public CodingReport run(Shell shell) {
		if (session.getStore() == null) {
			dialogs.fail(shell, TITLE, "Open a corpus first: a colleague's coding is added to the corpus you code.");
			return null;
		}
		Path file = dialogs.chooseCodingFile(shell);
		if (file == null || !session.saveReportingErrors(shell)) {
			return null;
		}
		CorpusStore store = session.getStore();
		AtomicReference<CodingReport> imported = new AtomicReference<>();
		Throwable failure = null;
		try (CorpusSession.SaveSuspension suspended = session.suspendSaves()) {
			new ProgressMonitorDialog(shell).run(false, false, monitor -> {
				try {
					imported.set(CodingImport.importInto(store, file, new MonitorProgress(monitor, "")));
				} catch (IOException | FormatException | CorpusException | RuntimeException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			failure = e.getCause();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			failure = e;
		}
		if (failure instanceof FormatException refused) {
			dialogs.fail(shell, TITLE, refused.getMessage() + "\n\nNothing was imported: the corpus is as it was.");
			return null;
		}
		String reopened = reopen(); // also after a failure: it may have happened once writing had begun
		if (failure != null) {
			dialogs.fail(shell, TITLE, "The coding in " + file + " could not be imported: " + failure.getMessage()
					+ "\n\nImport the file again once the problem is solved: importing a coding again gives the same layer." + reopened);
			return null;
		}
		dialogs.showReport(shell, TITLE, CodingReportText.of(imported.get()) + reopened);
		return imported.get();
	}

	/** Opens the corpus again (see the class comment); "" or a paragraph saying why it could not be. */
	private String reopen() {
		try {
			session.reopen();
			return "";
		} catch (CorpusException e) {
			return "\n\nThe corpus could not be opened again to show it: " + e.getMessage() + ". Open it with File > Open Corpus.";
		}
	}
}
