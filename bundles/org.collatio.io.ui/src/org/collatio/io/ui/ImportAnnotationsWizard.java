/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.ui;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.CorpusStore.LayerChoice;
import org.collatio.io.FormatException;
import org.collatio.io.foreign.DocumentMatcher;
import org.collatio.io.foreign.ForeignImport;
import org.collatio.io.foreign.ForeignReader;
import org.collatio.io.foreign.ForeignSurvey;
import org.collatio.io.foreign.ImportMapping;
import org.collatio.io.foreign.ImportSummary;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;

/**
 * File &gt; Import Annotations: another tool's annotations (UIMA CAS XMI, brat, REFI-QDA, W3C Web
 * Annotation; {@link org.collatio.io.foreign}) into the open corpus or a new one.
 * <ol>
 * <li>{@link ImportSourcePage}: format, source, target, layer.</li>
 * <li>{@link ImportMappingPage}: entering it surveys the source ({@link ForeignImport#survey}) in the
 * wizard's container, forked, with progress and Cancel; the survey reads the whole source, so a broken
 * one is reported there (the message names the file and the problem) and nothing is written. The
 * matcher of the open corpus is taken on the UI thread; it only reads text files meanwhile.</li>
 * <li>Finish imports, forked with progress, then shows the {@link ImportSummary}.</li>
 * </ol>
 * Into the open corpus: unsaved work is saved first, then the session is closed so that the import
 * owns the corpus folder alone ({@link ForeignImport#intoCorpus}: on my layer or on a named coder's,
 * registered if new; the live model is never changed off the UI thread), and the corpus is opened
 * again on the layer it was on, whatever happened: the views show what is on disk. Into a new
 * corpus: {@link ForeignImport#intoNewCorpus} (built aside), then the researcher is offered to open
 * it. A failed import leaves the corpus as it was (the readers check everything before the corpus is
 * opened for writing) and says so on the page; a cancelled one writes nothing.
 */
public final class ImportAnnotationsWizard extends Wizard {

	/** The title of its pages and dialogs. */
	public static final String TITLE = "Import Annotations";

	private final CorpusSession session;
	private final Consumer<String> summary;
	private final Predicate<Path> openNewCorpus;
	private ImportSourcePage sourcePage;
	private ImportMappingPage mappingPage;
	private List<Object> surveyed;
	private ImportSummary result;

	/**
	 * @param summary       shows the summary after Finish; null for a dialog
	 * @param openNewCorpus asked after an import into a new corpus whether to open it; null for a dialog
	 */
	public ImportAnnotationsWizard(CorpusSession session, Consumer<String> summary, Predicate<Path> openNewCorpus) {
		this.session = session;
		this.summary = summary != null ? summary : text -> new ReportDialog(getShell(), TITLE, text).open();
		this.openNewCorpus = openNewCorpus != null ? openNewCorpus
				: folder -> MessageDialog.openQuestion(getShell(), TITLE, "Open the new corpus in " + folder + " now?");
		setWindowTitle(TITLE);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		sourcePage = new ImportSourcePage(session.getStore() != null);
		mappingPage = new ImportMappingPage(this);
		addPage(sourcePage);
		addPage(mappingPage);
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == mappingPage && mappingPage.isPageComplete();
	}

	/** Surveys the source when the choices of the first page changed since the last survey (or it failed). */
	void surveyIfChanged() {
		ForeignReader reader = sourcePage.getReader();
		Path source = sourcePage.getSource();
		boolean intoOpen = sourcePage.getNewCorpus() == null;
		List<Object> key = List.of(reader.id(), source, intoOpen);
		if (key.equals(surveyed)) {
			return;
		}
		surveyed = null;
		DocumentMatcher matcher = intoOpen ? DocumentMatcher.of(session.getStore()) : DocumentMatcher.none();
		AtomicReference<ForeignSurvey> survey = new AtomicReference<>();
		String failure = run(monitor -> survey.set(ForeignImport.survey(reader, source, matcher, new MonitorProgress(monitor, "Reading: "))), source,
				"Nothing was read into the corpus.");
		if (failure != null) {
			mappingPage.clear(failure);
			return;
		}
		surveyed = key;
		mappingPage.show(survey.get(), ImportMapping.defaults(survey.get(), reader.label()), reader.label(), intoOpen);
	}

	@Override
	public boolean performFinish() {
		ForeignReader reader = sourcePage.getReader();
		Path source = sourcePage.getSource();
		ImportMapping mapping = mappingPage.getMapping();
		Path newCorpus = sourcePage.getNewCorpus();
		AtomicReference<ImportSummary> imported = new AtomicReference<>();
		String failure;
		String reopened = "";
		String as;
		if (newCorpus != null) {
			as = "a new corpus in " + newCorpus;
			failure = run(monitor -> imported.set(ForeignImport.intoNewCorpus(reader, source, mapping, newCorpus, new MonitorProgress(monitor, "Importing: "))),
					source, "Nothing was written.");
		} else {
			if (session.isDirty() && !session.saveReportingErrors(getShell())) {
				return false;
			}
			CorpusStore store = session.getStore();
			Path corpus = store.getLayout().directory();
			String layer = store.getLayerName();
			String coder = sourcePage.getCoderName();
			LayerChoice choice = coder == null ? new LayerChoice(session.getCoderName(), layer) : LayerChoice.coder(coder);
			as = corpus + (coder == null ? ", as my annotations" : ", as the layer of " + coder);
			session.close();
			failure = run(monitor -> imported.set(ForeignImport.intoCorpus(reader, source, mapping, corpus, choice, new MonitorProgress(monitor, "Importing: "))),
					source, "Nothing was imported: the corpus is as it was.");
			reopened = reopen(corpus, layer);
		}
		if (failure != null) {
			mappingPage.setErrorMessage(failure + reopened);
			return false;
		}
		result = imported.get();
		List<String> lines = new ArrayList<>();
		lines.add("Imported " + reader.label() + " from " + source + " into " + as + ".");
		lines.add("");
		lines.addAll(result.describe());
		summary.accept(String.join("\n", lines) + reopened);
		if (newCorpus != null && openNewCorpus.test(newCorpus)) {
			try {
				session.switchTo(newCorpus);
			} catch (CorpusException e) {
				MessageDialog.openError(getShell(), TITLE, "The new corpus could not be opened: " + e.getMessage());
			}
		}
		return true;
	}

	/** Opens the corpus again on its layer; "" or a sentence saying why it could not be. */
	private String reopen(Path corpus, String layer) {
		try {
			session.open(corpus);
			if (layer != null && !Objects.equals(layer, session.getStore().getLayerName())) {
				session.switchLayer(layer);
			}
			return "";
		} catch (CorpusException e) {
			return " The corpus could not be opened again: " + e.getMessage() + ". Open it with File > Open Corpus.";
		}
	}

	private interface Work {
		void run(org.eclipse.core.runtime.IProgressMonitor monitor) throws IOException, FormatException, CorpusException;
	}

	/** Runs forked with progress and Cancel; null, or the message for the page (never a stack trace). */
	private String run(Work work, Path source, String consequence) {
		try {
			getContainer().run(true, true, monitor -> {
				try {
					work.run(monitor);
				} catch (IOException | FormatException | CorpusException | RuntimeException e) {
					throw new InvocationTargetException(e);
				}
			});
			return null;
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			if (cause instanceof CancellationException) {
				return "Cancelled. " + consequence;
			}
			if (cause instanceof FormatException || cause instanceof CorpusException) {
				return sentence(cause.getMessage()) + " " + consequence;
			}
			if (cause instanceof IOException) {
				return sentence(source + " cannot be read: " + cause.getMessage()) + " " + consequence;
			}
			return sentence("The import failed: " + cause) + " " + consequence;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return "Interrupted. " + consequence;
		}
	}

	/** A message ending as a sentence does. */
	private static String sentence(String message) {
		return message.endsWith(".") || message.endsWith("!") || message.endsWith("?") ? message : message + ".";
	}

	/** What the last finish imported (for tests), or null. */
	public ImportSummary getResult() {
		return result;
	}

	/** Chooses on the first page as a user would (for tests): {@code newCorpus} null for the open corpus, {@code coder} null for mine. */
	public void choose(String formatId, Path source, Path newCorpus, String coder) {
		sourcePage.choose(formatId, source, newCorpus, coder);
	}

	/** Presses Next as a user would (for tests): the mapping page is shown, and the source surveyed. */
	public void next() {
		IWizardPage next = getNextPage(getContainer().getCurrentPage());
		getContainer().showPage(next);
	}

	/** Ticks or unticks a layer on the mapping page (for tests). */
	public void setImported(String layer, boolean imported) {
		mappingPage.setImported(layer, imported);
	}

	/** Chooses the feature naming a layer's tags (null: the layer's name) on the mapping page (for tests). */
	public void setTagFeature(String layer, String feature) {
		mappingPage.setTagFeature(layer, feature);
	}

	/** The mapping page's layer rows as shown: the tick ("x" or ""), layer, spans, tag from, tags, note from (for tests). */
	public List<List<String>> layerRows() {
		return mappingPage.layerRows();
	}

	/** The mapping page's document rows as shown (for tests). */
	public List<List<String>> documentRows() {
		return mappingPage.documentRows();
	}

	/** The mapping page's documents line and preview as shown (for tests). */
	public String previewText() {
		return mappingPage.previewText();
	}

	/** The current page's error message, or null (for tests). */
	public String getErrorMessage() {
		return getContainer().getCurrentPage().getErrorMessage();
	}
}
