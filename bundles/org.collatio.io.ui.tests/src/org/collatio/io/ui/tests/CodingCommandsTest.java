/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.ui.tests;

import java.time.Duration;
import org.collatio.ui.testing.UiWait;
import static org.collatio.io.ui.tests.CodingCorpora.FAILED;
import static org.collatio.io.ui.tests.CodingCorpora.PROTECT;
import static org.collatio.io.ui.tests.CodingCorpora.TEXT_PROTECT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.collatio.core.edit.SpanCommands;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.CorpusStore.LayerChoice;
import org.collatio.core.store.LayerReader;
import org.collatio.core.tags.Tags;
import org.collatio.io.CodingExport;
import org.collatio.io.CodingImport;
import org.collatio.io.CodingReport;
import org.collatio.io.ExportSummary;
import org.collatio.io.Progress;
import org.collatio.io.ui.ExportMyCoding;
import org.collatio.io.ui.ImportCoding;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.collatio.ui.session.CorpusSession;
import org.collatio.ui.session.LifecyclePrompts;
import org.collatio.ui.views.Recomputation;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.menus.IMenuService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File &gt; Export My Coding and File &gt; Import Coding in the workbench, driven as a researcher
 * would (the file choices answered by {@link RecordingDialogs}): I code in my corpus, a colleague
 * (Bob) coded the same articles in a corpus of his own and exported his coding.
 */
class CodingCommandsTest {

	private static final String EXPORT_CORPUS = "org.collatio.io.ui.commands.export";
	private static final String EXPORT_CODING = "org.collatio.io.ui.commands.exportCoding";
	private static final String IMPORT_CODING = "org.collatio.io.ui.commands.importCoding";

	@TempDir
	Path dir;

	private final CorpusSession session = PlatformUI.getWorkbench().getService(CorpusSession.class);
	private final RecordingDialogs dialogs = new RecordingDialogs();
	private final List<CorpusException> saveFailures = new ArrayList<>();
	private Path previous;
	private Path mine;
	private Path bobs;
	private Path bobsCoding;

	@BeforeEach
	void bobCodedTheSameArticlesInACorpusOfHisOwnAndIOpenMine() throws Exception {
		previous = session.getStore().getLayout().directory();
		Path articles = CodingCorpora.articles(dir.resolve("articles"), CodingCorpora.sameArticles());
		mine = CodingCorpora.corpus(dir.resolve("mine"), articles);
		bobs = CodingCorpora.corpus(dir.resolve("bob"), articles);
		CodingCorpora.code(bobs, "Bob");
		bobsCoding = dir.resolve("bob" + CodingExport.EXTENSION);
		try (CorpusStore store = CorpusStore.openReadOnly(bobs)) {
			CodingExport.export(store, CodingExport.coder(store, "Bob"), bobsCoding, Progress.NONE);
		}
		session.setAutosaveDelay(0);
		session.open(mine); // as Tester (--coder Tester), its first coder
		session.setPrompts(new LifecyclePrompts() {
			@Override
			public Unsaved askUnsaved(String corpusName, String action) {
				return Unsaved.CANCEL;
			}

			@Override
			public void saveFailed(CorpusException error) {
				saveFailures.add(error);
			}
		});
	}

	@AfterEach
	void backToTheSeedCorpus() throws Exception {
		session.setPrompts(null);
		session.setAutosaveDelay(CorpusSession.DEFAULT_AUTOSAVE_MILLIS);
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		session.open(previous);
	}

	private static Shell shell() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}

	/** I tag a word of the first article (unsaved). */
	private void tagAsMe(String word) throws Exception {
		CorpusStore store = session.getStore();
		DocumentContent content = store.getContent(store.findDocument(PROTECT));
		int begin = content.getText().indexOf(word);
		EditingDomain domain = session.getEditingDomain();
		domain.getCommandStack().execute(SpanCommands.tag(domain, content, begin, begin + word.length(), Tags.byKey(store.getCorpus(), "c").orElseThrow()));
		assertTrue(session.isDirty());
	}

	/**
	 * Runs the event loop until the views' jobs and the claim index keeper's (which writes derived/)
	 * are done, and the results they hand over with asyncExec (which may schedule more) have run.
	 */
	private static void settle() throws InterruptedException {
		// each check follows a drain of the events, so what the last job queued before it ended has run
		UiWait.poll(() -> Job.getJobManager().find(Recomputation.FAMILY).length == 0, Duration.ofSeconds(60));
	}

	/** What a coding file holds, imported into Bob's corpus as he would. */
	private CodingReport importedByBob(Path coding) throws Exception {
		try (CorpusStore store = CorpusStore.open(bobs, LayerChoice.coder("Bob"))) {
			return CodingImport.importInto(store, coding, Progress.NONE);
		}
	}

	@Test
	void bobsCodingIsImportedAsHisLayerOnDiskAndInTheReopenedCorpusAndTheReportIsShown() throws Exception {
		tagAsMe("peacekeepers");
		CorpusStore before = session.getStore();
		List<CorpusStore> told = new ArrayList<>();
		CorpusSession.Listener listener = told::add;
		session.addListener(listener);
		dialogs.codingFile = bobsCoding;
		CodingReport report;
		try {
			report = new ImportCoding(session, dialogs).run(shell());
		} finally {
			session.removeListener(listener);
		}

		assertNotNull(report, "failures: " + dialogs.failed);
		assertEquals(List.of(), dialogs.failed);
		assertEquals(List.of("Bob", "bob", true), List.of(report.coderName(), report.coderId(), report.coderAdded()));
		assertEquals(List.of(2, 3, 1, 0), List.of(report.documents(), report.spans(), report.claims(), report.relations()),
				"documents, spans, claims, relations");
		assertEquals(2, report.added("entities"), "Putin and Interfax, which my corpus lacked");
		assertEquals(1, dialogs.reports.size());
		String shown = dialogs.reports.get(0);
		assertTrue(shown.startsWith("Imported the coding of Bob from " + bobsCoding + " as Bob's layer (bob, a new coder of this corpus)."), shown);
		assertTrue(shown.contains("2 documents, 3 spans, 1 claim, 0 mentions and 0 relations."), shown);
		assertTrue(shown.contains("Added to this corpus: 1 coder and 2 entities."), shown);
		assertTrue(shown.contains("No clash"), shown);

		for (String document : List.of(PROTECT, FAILED)) {
			assertTrue(Files.isRegularFile(mine.resolve("documents").resolve(document + "@bob.xmi")), document + "@bob.xmi on disk");
		}
		CorpusStore store = session.getStore();
		assertNotSame(before, store, "opened again: the import changed the model behind the editing domain");
		assertEquals(List.of(store), told, "the views are told of the corpus as it is now");
		assertEquals("tester", store.getLayerName(), "still on my layer");
		assertFalse(session.isDirty());
		assertEquals(List.of(FAILED, PROTECT), List.copyOf(store.getLayers().get("bob")), "the Agreement view lists Bob from the layers");
		assertTrue(store.getCorpus().getEntities().stream().anyMatch(e -> "Interfax".equals(e.getCanonicalName())), "Bob's outlet is in my corpus");
		List<SpanAnnotation> mySpans = store.getContent(store.findDocument(PROTECT)).getSpans();
		assertEquals(1, mySpans.size(), "my unsaved span was saved first, and is still mine");
		assertEquals("peacekeepers", TEXT_PROTECT.substring(mySpans.get(0).getBegin(), mySpans.get(0).getEnd()));
		try (LayerReader reader = LayerReader.of(store)) {
			DocumentContent his = reader.read(PROTECT, "bob").orElseThrow();
			assertEquals(2, his.getSpans().size());
			assertEquals("\uD835\uDD04", TEXT_PROTECT.substring(his.getSpans().get(0).getBegin(), his.getSpans().get(0).getEnd()),
					"the letter outside the BMP, in UTF-16 units");
		}
	}

	@Test
	void aRefusedFileIsNamedAndTheCorpusFolderIsLeftByteIdentical() throws Exception {
		Path notACoding = Files.writeString(dir.resolve("notes" + CodingExport.EXTENSION), "not a zip at all");
		// the same articles but one word of the first, so its length is the same and its text not
		Path otherArticles = CodingCorpora.articles(dir.resolve("other-articles"),
				Map.of(PROTECT, TEXT_PROTECT.replace("civilians", "residents"), FAILED, CodingCorpora.TEXT_FAILED));
		Path others = CodingCorpora.corpus(dir.resolve("other"), otherArticles);
		CodingCorpora.code(others, "Carol");
		Path carolsCoding = dir.resolve("carol" + CodingExport.EXTENSION);
		try (CorpusStore store = CorpusStore.openReadOnly(others)) {
			CodingExport.export(store, CodingExport.coder(store, "Carol"), carolsCoding, Progress.NONE);
		}
		settle();
		CorpusStore before = session.getStore();
		Map<String, String> files = Snapshot.of(mine);

		for (Path refused : List.of(notACoding, carolsCoding)) {
			dialogs.codingFile = refused;
			assertNull(new ImportCoding(session, dialogs).run(shell()));
			String message = dialogs.failed.get(dialogs.failed.size() - 1);
			assertTrue(message.startsWith(refused.toString()), message);
			assertTrue(message.endsWith("Nothing was imported: the corpus is as it was."), message);
		}
		assertEquals(2, dialogs.failed.size());
		assertTrue(dialogs.failed.get(1).contains("document protect: the coding was made on another text of the same length"), dialogs.failed.get(1));
		assertEquals(List.of(), dialogs.reports);
		assertSame(before, session.getStore(), "nothing changed, so nothing was opened again");
		settle();
		assertEquals(files, Snapshot.of(mine), "every file of the corpus folder as it was, byte for byte");
	}

	@Test
	void exportMyCodingSavesFirstAndWritesMyLayerForAColleague() throws Exception {
		tagAsMe("peacekeepers");
		Path out = dir.resolve("mine" + CodingExport.EXTENSION);
		dialogs.exportFile = out;
		ExportSummary summary = new ExportMyCoding(session, dialogs).run(shell());

		assertNotNull(summary, "failures: " + dialogs.failed);
		assertFalse(session.isDirty(), "saved first, so the file holds what I see");
		assertEquals("exchange-tester" + CodingExport.EXTENSION, dialogs.proposedName);
		assertEquals(1, summary.get("spans"));
		assertEquals(1, dialogs.informed.size());
		assertTrue(dialogs.informed.get(0).startsWith("Wrote your coding (Tester: 1 document, 1 span"), dialogs.informed.get(0));
		assertTrue(dialogs.informed.get(0).contains(out.toString()), dialogs.informed.get(0));
		assertFalse(dialogs.informed.get(0).contains("You are working on"), dialogs.informed.get(0));
		CodingReport atBobs = importedByBob(out);
		assertEquals(List.of("Tester", 1), List.of(atBobs.coderName(), atBobs.spans()));
	}

	@Test
	void onBobsLayerExportMyCodingStillWritesMineAndSaysSo() throws Exception {
		tagAsMe("civilians");
		dialogs.codingFile = bobsCoding;
		assertNotNull(new ImportCoding(session, dialogs).run(shell()));
		assertTrue(session.switchLayer("bob"));
		assertEquals("bob", session.getStore().getLayerName());

		Path out = dir.resolve("mine" + CodingExport.EXTENSION);
		dialogs.exportFile = out;
		ExportSummary summary = new ExportMyCoding(session, dialogs).run(shell());

		assertNotNull(summary, "failures: " + dialogs.failed);
		assertEquals(1, summary.get("spans"), "my one span, not Bob's three");
		String shown = dialogs.informed.get(dialogs.informed.size() - 1);
		assertTrue(shown.contains("You are working on Bob's layer (read-only): the file holds your own layer (Tester's), not the one on screen."), shown);
		CodingReport atBobs = importedByBob(out);
		assertEquals(List.of("Tester", 1), List.of(atBobs.coderName(), atBobs.spans()));
	}

	@Test
	void aFailedSaveIsReportedAndNothingIsAskedOrWritten() throws Exception {
		tagAsMe("peacekeepers");
		// a folder where my annotations of the article go: the save's final rename cannot replace it
		Path file = mine.resolve("documents").resolve(PROTECT + ".xmi");
		byte[] saved = Files.exists(file) ? Files.readAllBytes(file) : null;
		Files.deleteIfExists(file);
		Files.createDirectories(file.resolve("blocker"));
		dialogs.exportFile = dir.resolve("never" + CodingExport.EXTENSION);
		try {
			assertNull(new ExportMyCoding(session, dialogs).run(shell()));
			assertEquals(1, saveFailures.size(), "the failed save is reported");
			assertNull(dialogs.proposedName, "no file asked for");
			assertFalse(Files.exists(dialogs.exportFile));
			assertTrue(session.isDirty(), "the work stays, unsaved");

			dialogs.codingFile = bobsCoding;
			assertNull(new ImportCoding(session, dialogs).run(shell()));
			assertEquals(2, saveFailures.size());
			assertFalse(Files.exists(mine.resolve("documents").resolve(PROTECT + "@bob.xmi")), "nothing imported");
		} finally {
			Files.delete(file.resolve("blocker"));
			Files.delete(file);
			if (saved != null) {
				Files.write(file, saved);
			}
		}
	}

	@Test
	void cancellingTheExportLeavesNothing() throws Exception {
		tagAsMe("peacekeepers");
		Path folder = Files.createDirectories(dir.resolve("out"));
		dialogs.exportFile = folder.resolve("mine" + CodingExport.EXTENSION);
		ExportMyCoding export = new ExportMyCoding(session, dialogs);
		export.setOnExportThread(monitor -> monitor.setCanceled(true));

		assertNull(export.run(shell()));
		assertEquals(List.of("Cancelled: nothing was written."), dialogs.informed);
		try (Stream<Path> left = Files.list(folder)) {
			assertEquals(List.of(), left.toList());
		}
	}

	@Test
	void bothCommandsAreInTheFileMenuRightAfterExportCorpusAndHandled() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
		file.add(new GroupMarker(IWorkbenchActionConstants.IMPORT_EXT));
		IMenuService menus = window.getService(IMenuService.class);
		menus.populateContributionManager(file, "menu:" + IWorkbenchActionConstants.M_FILE);
		try {
			List<String> ids = Arrays.stream(file.getItems()).map(IContributionItem::getId).toList();
			int export = ids.indexOf(EXPORT_CORPUS);
			assertTrue(export >= 0, ids.toString());
			assertEquals(List.of(EXPORT_CORPUS, EXPORT_CODING, IMPORT_CODING), ids.subList(export, Math.min(ids.size(), export + 3)));
		} finally {
			menus.releaseContributions(file);
			file.dispose();
		}
		ICommandService commands = window.getService(ICommandService.class);
		assertEquals(List.of("Export My Coding...", "Import Coding..."), Stream.of(EXPORT_CODING, IMPORT_CODING).map(id -> {
			Command command = commands.getCommand(id);
			assertTrue(command.isDefined() && command.isHandled(), id);
			try {
				return command.getName();
			} catch (NotDefinedException e) {
				throw new AssertionError(e);
			}
		}).toList());
	}
}
