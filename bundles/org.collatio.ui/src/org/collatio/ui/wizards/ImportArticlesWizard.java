/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.collatio.core.edit.ImportCommands;
import org.collatio.core.imports.ArticleImporter;
import org.collatio.core.imports.ArticleMetadata;
import org.collatio.core.imports.ImportException;
import org.collatio.core.imports.ImportOptions;
import org.collatio.core.imports.ImportReport;
import org.collatio.core.imports.MetadataFiles;
import org.collatio.core.store.CorpusException;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;

/**
 * Imports articles into the open corpus with a progress bar that can be cancelled; ends with a
 * summary naming every rejected file and why. The importer writes to the session's store on a
 * worker thread, so the session's saves (the auto-save included) are suspended until it ends: the
 * store is never saved while the import changes it. The wizard is modal, so no command runs
 * meanwhile either.
 */
public final class ImportArticlesWizard extends Wizard {

	private final CorpusSession session;
	private final List<Path> initialPaths;
	private final Consumer<ImportReport> summary;
	private ImportArticlesPage page;
	private ImportReport report;
	private Runnable onImportThread = () -> {
	};

	public ImportArticlesWizard(CorpusSession session) {
		this(session, List.of(), null);
	}

	/**
	 * @param initialPaths files and folders already chosen (e.g. dropped on the navigator)
	 * @param summary      shows what was imported; null for the default summary dialog
	 */
	public ImportArticlesWizard(CorpusSession session, List<Path> initialPaths, Consumer<ImportReport> summary) {
		this.session = session;
		this.initialPaths = List.copyOf(initialPaths);
		this.summary = summary != null ? summary : r -> MessageDialog.openInformation(getShell(), "Import Articles", describe(r));
		setWindowTitle("Import Articles");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new ImportArticlesPage(initialPaths);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		ImportOptions options = ImportOptions.defaults();
		Path catalogue = page.getCatalogue();
		if (catalogue != null) {
			try {
				Map<String, ArticleMetadata> entries = MetadataFiles.readCatalogue(catalogue);
				options = options.withCatalogue(entries);
			} catch (ImportException e) {
				page.setErrorMessage(e.getMessage());
				return false;
			}
		}
		ArticleImporter importer = new ArticleImporter(session.getStore(), options);
		List<Path> paths = page.getPaths();
		AtomicReference<ArticleImporter.Texts> result = new AtomicReference<>();
		// the worker reads the files and stores their texts, touching no object of the corpus; the
		// documents then join the corpus here, on the UI thread, as one command (Edit > Undo Import)
		try (CorpusSession.SaveSuspension suspended = session.suspendSaves()) {
			getContainer().run(true, true, monitor -> {
				try {
					onImportThread.run();
					result.set(importer.importTexts(paths, monitor));
				} catch (CorpusException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			page.setErrorMessage(e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		ArticleImporter.Texts texts = result.get();
		if (!texts.documents().isEmpty()) {
			session.getEditingDomain().getCommandStack()
					.execute(ImportCommands.addImported(session.getEditingDomain(), session.getStore().getCorpus(), texts.documents()));
			session.fireChanged();
		}
		report = texts.report();
		summary.accept(report);
		return true;
	}

	/** The summary shown at the end: counts, then each rejected file and why. */
	public static String describe(ImportReport report) {
		StringBuilder text = new StringBuilder(report.summary());
		report.rejections().stream().limit(20).forEach(o -> text.append("\n\n").append(o.file()).append("\n    ").append(o.problem()));
		if (report.rejectedCount() > 20) {
			text.append("\n\n... and ").append(report.rejectedCount() - 20).append(" more");
		}
		return text.toString();
	}

	/** For tests: runs on the import's worker thread just before the first file is read. */
	public void setOnImportThread(Runnable hook) {
		this.onImportThread = hook;
	}

	/** What the last finish imported (for tests), or null. */
	public ImportReport getReport() {
		return report;
	}
}
