/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.ui;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.Layers;
import org.collatio.io.CodingExport;
import org.collatio.io.ExportSummary;
import org.collatio.model.Annotator;
import org.collatio.ui.layers.LayerLabels;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * File &gt; Export My Coding: the researcher's own layer (the session's coder's, whichever layer
 * the session works on) written as a coding file for a colleague ({@link CodingExport}). Unsaved
 * work is saved first (a failed save is reported and nothing more happens), then the file is asked
 * for, then the export runs in a progress dialog that can be cancelled (leaving nothing written)
 * and a summary says what was written.
 * <p>
 * The export reads the saved files and, for the names of documents and coders, the corpus model:
 * it runs off the UI thread while the progress dialog is modal, so no command can change the model
 * meanwhile, and saves are suspended, so no file it reads is rewritten under it (as the export
 * wizard does).
 */
public final class ExportMyCoding {

	/** The title of its dialogs. */
	public static final String TITLE = "Export My Coding";

	private final CorpusSession session;
	private final CodingDialogs dialogs;
	private Consumer<IProgressMonitor> onExportThread = monitor -> {
	};

	public ExportMyCoding(CorpusSession session, CodingDialogs dialogs) {
		this.session = session;
		this.dialogs = dialogs;
	}

	/**
	 * Runs the command: returns what was written, or null when nothing was (no corpus or no coder,
	 * the save failed, the researcher cancelled, or the export failed: each told through the dialogs).
	 */
	public ExportSummary run(Shell shell) {
		CorpusStore store = session.getStore();
		if (store == null) {
			dialogs.fail(shell, TITLE, "Open a corpus first.");
			return null;
		}
		Annotator me = store.getCoder();
		if (me == null) {
			dialogs.fail(shell, TITLE, "Nobody codes this corpus yet, so there is no coding of yours to export. "
					+ "Choose who is coding (Window > Preferences > Coder) and code first.");
			return null;
		}
		if (!session.saveReportingErrors(shell)) {
			return null; // reported; the work stays unsaved and nothing is written
		}
		Path out = dialogs.chooseExportFile(shell, CodingExport.fileName(store, me));
		if (out == null) {
			return null;
		}
		AtomicReference<ExportSummary> written = new AtomicReference<>();
		try (CorpusSession.SaveSuspension suspended = session.suspendSaves()) {
			new ProgressMonitorDialog(shell).run(true, true, monitor -> {
				onExportThread.accept(monitor);
				try {
					written.set(CodingExport.export(store, me, out, new MonitorProgress(monitor, "")));
				} catch (IOException | CorpusException | RuntimeException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			if (e.getCause() instanceof CancellationException) {
				dialogs.inform(shell, TITLE, "Cancelled: nothing was written.");
			} else {
				dialogs.fail(shell, TITLE, "Your coding was not exported, nothing was written: " + e.getCause().getMessage());
			}
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			dialogs.inform(shell, TITLE, "Cancelled: nothing was written.");
			return null;
		}
		dialogs.inform(shell, TITLE, describe(store, me, written.get()));
		return written.get();
	}

	/**
	 * "Wrote your coding (Tester: 2 documents, ...) to PATH. Give it to a colleague: ..." and, when
	 * the session works on another layer, that the file holds the coder's own layer all the same.
	 */
	static String describe(CorpusStore store, Annotator me, ExportSummary summary) {
		StringBuilder text = new StringBuilder("Wrote your coding (").append(me.getName()).append(": ").append(summary.describeCounts())
				.append(") to ").append(summary.output()).append(".\n\nA colleague coding the same articles adds it to their corpus with File > Import Coding.");
		if (!Objects.equals(store.getLayerName(), me.getId())) {
			String shown = Layers.CURATED.equals(store.getLayerName()) ? "the curated layer" : LayerLabels.layer(store);
			text.append("\n\nYou are working on ").append(shown).append(": the file holds your own layer (")
					.append(me.getName()).append("'s), not the one on screen.");
		}
		summary.warnings().forEach(warning -> text.append("\n\nNote: ").append(warning).append('.'));
		return text.toString();
	}

	/** For tests: runs on the export's worker thread before anything is read (to cancel the monitor, say). */
	public void setOnExportThread(Consumer<IProgressMonitor> hook) {
		this.onExportThread = hook;
	}
}
