/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.tests;

import java.time.Duration;
import org.collatio.ui.testing.UiWait;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.collatio.core.edit.SpanCommands;
import org.collatio.core.edit.TagCommands;
import org.collatio.core.imports.ArticleImporter;
import org.collatio.core.imports.ImportOptions;
import org.collatio.core.imports.ImportReport;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.tags.Tags;
import org.collatio.editor.AnnotationEditor;
import org.collatio.editor.DocumentEditorInput;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.Tag;
import org.collatio.ui.session.CorpusSession;
import org.collatio.ui.session.LifecyclePrompts;
import org.collatio.ui.wizards.ImportArticlesWizard;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus lifecycle never loses work: File &gt; Open Corpus with unsaved changes asks to save,
 * discard or cancel (answered here by a scripted prompt, as the researcher would), closes the old
 * corpus's editors, and no command reaches a closed store; a failed save is reported naming the file
 * and keeps the work; an import and the auto-save never write the store at once.
 */
class CorpusLifecycleTest {

	@TempDir
	Path dir;

	private CorpusSession session;
	private Path previous;
	private Path corpusA;
	private Path corpusB;
	private final ScriptedPrompts prompts = new ScriptedPrompts();

	/** Answers the unsaved-work question as told and records what it was asked and told. */
	static final class ScriptedPrompts implements LifecyclePrompts {
		Unsaved answer = Unsaved.CANCEL;
		int asked;
		final List<CorpusException> failures = new ArrayList<>();

		@Override
		public Unsaved askUnsaved(String corpusName, String action) {
			asked++;
			return answer;
		}

		@Override
		public void saveFailed(CorpusException error) {
			failures.add(error);
		}
	}

	@BeforeEach
	void openCorpusAWithOneArticle() throws Exception {
		session = PlatformUI.getWorkbench().getService(CorpusSession.class);
		previous = session.getStore().getLayout().directory();
		corpusA = dir.resolve("a");
		corpusB = dir.resolve("b");
		Path article = Files.writeString(dir.resolve("talks.txt"), "Talks resume in Moscow\n\nThe foreign ministers met on Monday.\n");
		try (CorpusStore store = CorpusStore.openOrCreate(corpusA, "Corpus A")) {
			new ArticleImporter(store, ImportOptions.defaults()).importPaths(List.of(article), null);
		}
		session.setAutosaveDelay(0);
		session.open(corpusA);
		session.setPrompts(prompts);
	}

	@AfterEach
	void backToTheSeedCorpus() throws Exception {
		session.setPrompts(null);
		session.setAutosaveDelay(CorpusSession.DEFAULT_AUTOSAVE_MILLIS);
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		session.open(previous);
	}

	private Tag firstTag() {
		return Tags.all(session.getStore().getCorpus()).get(0);
	}

	private void renameFirstTag(String name) {
		EditingDomain domain = session.getEditingDomain();
		domain.getCommandStack().execute(TagCommands.rename(domain, firstTag(), name));
		assertTrue(session.isDirty());
	}

	private String savedCorpusFileOf(Path corpus) throws Exception {
		return Files.readString(corpus.resolve("corpus.xmi"));
	}

	@Test
	void theWindowKeepsDispatchingWhileAnotherCorpusIsRead() throws Exception {
		try (CorpusStore store = CorpusStore.openOrCreate(corpusB, "Corpus B")) {
			store.save();
		}
		AtomicReference<Thread> dispatchedOn = new AtomicReference<>();
		Display.getCurrent().asyncExec(() -> dispatchedOn.set(Thread.currentThread()));
		assertTrue(session.switchTo(corpusB));
		assertSame(Display.getCurrent().getThread(), dispatchedOn.get(),
				"what was posted to the UI thread ran while the corpus was read on a worker thread");
		assertEquals("Corpus B", session.getStore().getCorpus().getName());
		assertFalse(session.isSaveSuspended(), "the auto-save is suspended only while the corpus is read");
	}

	@Test
	void aCorpusThatCannotBeReadLeavesTheOpenOneOpenAndSaving() throws Exception {
		Files.createDirectories(corpusB);
		Files.writeString(corpusB.resolve("corpus.xmi"), "<?xml version=\"1.0\"?>\n<broken");
		renameFirstTag("Renamed before the failed switch");
		prompts.answer = LifecyclePrompts.Unsaved.DISCARD;
		assertThrows(CorpusException.class, () -> session.switchTo(corpusB));
		assertEquals(corpusA.toAbsolutePath().normalize(), session.getStore().getLayout().directory());
		assertFalse(session.isSaveSuspended());
		session.save();
		assertTrue(savedCorpusFileOf(corpusA).contains("Renamed before the failed switch"));
	}

	@Test
	void switchingWithUnsavedWorkAnsweredSaveWritesItThenOpensTheOtherCorpus() throws Exception {
		renameFirstTag("Renamed before switching");
		prompts.answer = LifecyclePrompts.Unsaved.SAVE;
		assertTrue(session.switchTo(corpusB));
		assertEquals(1, prompts.asked, "the researcher was asked once");
		assertTrue(savedCorpusFileOf(corpusA).contains("Renamed before switching"), "the work was saved in corpus A");
		assertEquals(corpusB.toAbsolutePath().normalize(), session.getStore().getLayout().directory());
		assertFalse(session.isDirty());
	}

	@Test
	void switchingWithUnsavedWorkAnsweredDiscardDropsItAndOpensTheOtherCorpus() throws Exception {
		renameFirstTag("Thrown away");
		prompts.answer = LifecyclePrompts.Unsaved.DISCARD;
		assertTrue(session.switchTo(corpusB));
		assertEquals(1, prompts.asked);
		assertFalse(savedCorpusFileOf(corpusA).contains("Thrown away"), "nothing was written to corpus A");
		assertEquals(corpusB.toAbsolutePath().normalize(), session.getStore().getLayout().directory());
		assertFalse(session.isDirty());
	}

	@Test
	void switchingWithUnsavedWorkAnsweredCancelKeepsTheCorpusAndTheWork() throws Exception {
		renameFirstTag("Kept in memory");
		prompts.answer = LifecyclePrompts.Unsaved.CANCEL;
		assertFalse(session.switchTo(corpusB));
		assertEquals(corpusA.toAbsolutePath().normalize(), session.getStore().getLayout().directory(), "corpus A is still open");
		assertTrue(session.isDirty(), "the work is still unsaved");
		assertEquals("Kept in memory", firstTag().getName());
		assertFalse(Files.exists(corpusB.resolve("corpus.xmi")), "corpus B was not created");
	}

	@Test
	void reopeningRefusesUnsavedWorkThenOpensTheCorpusAgainOnTheSameLayer() throws Exception {
		renameFirstTag("Saved before reopening");
		CorpusStore before = session.getStore();
		assertThrows(CorpusException.class, session::reopen, "unsaved work is never dropped");
		assertSame(before, session.getStore());
		assertTrue(session.isDirty());

		session.save();
		assertTrue(session.switchLayer(org.collatio.core.store.Layers.CURATED));
		CorpusStore curated = session.getStore();
		session.reopen();
		assertNotSame(curated, session.getStore(), "a new store, read from disk");
		assertEquals(org.collatio.core.store.Layers.CURATED, session.getStore().getLayerName(),
				"the same layer, though a corpus without curated files opens on the coder's own");
		assertEquals("Saved before reopening", firstTag().getName());
		assertFalse(session.isDirty());
	}

	@Test
	void switchingWithoutUnsavedWorkDoesNotAsk() throws Exception {
		assertTrue(session.switchTo(corpusB));
		assertEquals(0, prompts.asked);
	}

	@Test
	void aFailedSaveIsReportedNamingTheFileAndTheWorkStaysOpenAndDirty() throws Exception {
		renameFirstTag("Survives a failed save");
		// a directory where corpus.xmi should be: the save's final rename cannot replace it
		Path corpusFile = corpusA.resolve("corpus.xmi");
		String saved = Files.readString(corpusFile);
		Files.delete(corpusFile);
		Files.createDirectories(corpusFile.resolve("blocker"));
		try {
			prompts.answer = LifecyclePrompts.Unsaved.SAVE;
			assertFalse(session.switchTo(corpusB), "the switch is called off when the save fails");
			assertEquals(1, prompts.failures.size(), "the failure is reported");
			assertTrue(prompts.failures.get(0).getMessage().contains("corpus.xmi"), prompts.failures.get(0).getMessage());
			assertEquals(corpusA.toAbsolutePath().normalize(), session.getStore().getLayout().directory());
			assertTrue(session.isDirty(), "the work is kept, unsaved");
			assertEquals("Survives a failed save", firstTag().getName());
		} finally {
			Files.delete(corpusFile.resolve("blocker"));
			Files.delete(corpusFile);
			Files.writeString(corpusFile, saved);
		}
		session.save();
		assertTrue(savedCorpusFileOf(corpusA).contains("Survives a failed save"), "once the disk is fixed the work is saved");
	}

	@Test
	void anOpenEditorIsClosedOnSwitchingAndItsDocumentCanNoLongerBeChanged() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Document document = session.getStore().getCorpus().getDocuments().get(0);
		AnnotationEditor editor = (AnnotationEditor) page.openEditor(new DocumentEditorInput(document), AnnotationEditor.ID);
		DocumentContent oldContent = editor.getContent();
		Tag oldTag = firstTag();
		EditingDomain oldDomain = session.getEditingDomain();
		oldDomain.getCommandStack().execute(SpanCommands.tag(oldDomain, oldContent, 6, 12, oldTag));
		assertEquals(1, oldContent.getSpans().size());
		prompts.answer = LifecyclePrompts.Unsaved.SAVE;

		assertTrue(session.switchTo(corpusB));
		processEvents();
		assertEquals(0, page.getEditorReferences().length, "the editor of corpus A was closed");
		assertTrue(Files.readString(corpusA.resolve("documents").resolve(document.getId() + ".xmi")).contains("begin=\"6\""),
				"the span made in the editor was saved first");

		// commands for the closed corpus are refused: by its old domain, and by the new one
		oldDomain.getCommandStack().execute(SpanCommands.tag(oldDomain, oldContent, 13, 19, oldTag));
		EditingDomain newDomain = session.getEditingDomain();
		newDomain.getCommandStack().execute(SpanCommands.tag(newDomain, oldContent, 20, 26, oldTag));
		assertEquals(1, oldContent.getSpans().size(), "no command reached the closed store");
		assertFalse(session.isDirty(), "the new corpus is untouched");
		assertFalse(newDomain.getCommandStack().canUndo());
	}

	@Test
	void anImportWhileAnAutoSaveIsPendingNeverSavesAtTheSameTimeAndTheWorkIsSavedAfter() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("articles"));
		Files.writeString(folder.resolve("summit.txt"), "Summit postponed\n\nThe leaders will meet in spring instead.\n");
		Thread ui = Thread.currentThread();
		AtomicBoolean importing = new AtomicBoolean();
		AtomicBoolean suspendedDuringImport = new AtomicBoolean();
		List<String> savesDuringImport = new ArrayList<>();
		session.getStore().addSaveListener(event -> {
			if (importing.get() && Thread.currentThread() == ui) {
				savesDuringImport.add("the UI thread saved while the import was writing");
			}
		});
		renameFirstTag("Pending auto-save");
		session.setAutosaveDelay(20); // due long before the import ends

		AtomicReference<ImportReport> shown = new AtomicReference<>();
		ImportArticlesWizard wizard = new ImportArticlesWizard(session, List.of(folder), report -> {
			importing.set(false);
			shown.set(report);
		});
		wizard.setOnImportThread(() -> {
			importing.set(true);
			suspendedDuringImport.set(session.isSaveSuspended());
			try {
				Thread.sleep(500); // the UI thread keeps running its event loop (and timers) meanwhile
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		assertTrue(wizard.performFinish());
		dialog.close();

		assertNotNull(shown.get());
		assertEquals(1, shown.get().importedCount());
		assertTrue(suspendedDuringImport.get(), "saves were suspended while the import ran");
		assertEquals(List.of(), savesDuringImport);
		UiWait.poll(() -> !session.isDirty(), Duration.ofSeconds(5));
		assertFalse(session.isDirty(), "the pending auto-save ran once the import ended");
		assertTrue(savedCorpusFileOf(corpusA).contains("Pending auto-save"));
		assertEquals(2, session.getStore().getCorpus().getDocuments().size());
	}

	private static void processEvents() {
		UiWait.drain(); // let the workbench catch up
	}
}
