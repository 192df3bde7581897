/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.ui;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.collatio.core.store.CorpusException;
import org.collatio.io.ExportFormat;
import org.collatio.io.ExportScope;
import org.collatio.io.ExportSummary;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;

/**
 * File &gt; Export Corpus: one page (format, scope, destination), then the export with a progress
 * bar that can be cancelled (leaving nothing written), then a summary of what was written. Unsaved
 * changes are saved first, so the export holds what the researcher sees.
 */
public final class ExportWizard extends Wizard {

	private final CorpusSession session;
	private final List<String> selectedDocuments;
	private final Consumer<String> summary;
	private ExportPage page;
	private ExportSummary result;

	/**
	 * @param selectedDocuments ids of the documents selected in the Corpus view (the "selected
	 *                          documents" scope), possibly none
	 * @param summary           shows the summary; null for a dialog
	 */
	public ExportWizard(CorpusSession session, List<String> selectedDocuments, Consumer<String> summary) {
		this.session = session;
		this.selectedDocuments = List.copyOf(selectedDocuments);
		this.summary = summary != null ? summary : text -> MessageDialog.openInformation(getShell(), "Export Corpus", text);
		setWindowTitle("Export Corpus");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new ExportPage(session.getStore().getCorpus().getName(), selectedDocuments);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		ExportFormat format = page.getFormat();
		ExportScope scope = page.getScope();
		Path destination = page.getDestination();
		if (session.isDirty() && !session.saveReportingErrors(getShell())) {
			return false;
		}
		AtomicReference<ExportSummary> written = new AtomicReference<>();
		try {
			getContainer().run(true, true, monitor -> {
				try {
					written.set(format.export(session.getStore(), scope, destination, new MonitorProgress(monitor)));
				} catch (IOException | CorpusException | RuntimeException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			if (e.getCause() instanceof CancellationException) {
				page.setErrorMessage("Cancelled: nothing was written.");
			} else {
				page.setErrorMessage("The export failed, nothing was written: " + e.getCause().getMessage());
			}
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		result = written.get();
		summary.accept(describe(format, scope, result));
		return true;
	}

	/** "Wrote 5 documents and 10 spans to PATH (W3C Web Annotation)." ("..., every coder's layer") and the warnings. */
	static String describe(ExportFormat format, ExportScope scope, ExportSummary summary) {
		StringBuilder text = new StringBuilder("Wrote ").append(summary.describeCounts()).append(" to ").append(summary.output()).append(" (")
				.append(format.label()).append(scope.everyLayer() ? ", every coder's layer" : "").append(").");
		summary.warnings().forEach(warning -> text.append("\n\nNote: ").append(warning));
		return text.toString();
	}

	/** What the last finish wrote (for tests), or null. */
	public ExportSummary getResult() {
		return result;
	}

	/** Chooses on the page as a user would (for tests). */
	public void choose(String formatId, boolean selectedDocumentsOnly, Path destination) {
		page.choose(formatId, selectedDocumentsOnly, destination);
	}

	/** Ticks "every coder's layer" as a user would, where the chosen format allows it (for tests). */
	public void chooseEveryLayer(boolean every) {
		page.chooseEveryLayer(every);
	}

	/** Whether the page lets the user export every coder's layer in the chosen format (for tests). */
	public boolean canExportEveryLayer() {
		return page.isEveryLayerEnabled();
	}

	/** Whether the page lets the user export only the selected documents in the chosen format (for tests). */
	public boolean canExportSelection() {
		return page.isSelectionScopeEnabled();
	}

	/** The page's error message, or null (for tests). */
	public String getErrorMessage() {
		return page.getErrorMessage();
	}
}
