/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.collatio.core.edit.SpanCommands;
import org.collatio.core.tags.Tags;
import org.collatio.io.ui.ExportWizard;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Export Corpus driven as a user would: format, scope, destination, Finish, summary, files. */
class ExportWizardTest {

	private static final String QUOTE = "Russia has always honored and will continue to honor its commitments";

	@TempDir
	Path dir;

	private final CorpusSession session = PlatformUI.getWorkbench().getService(CorpusSession.class);
	private WizardDialog dialog;

	@AfterEach
	void restore() throws Exception {
		if (dialog != null) {
			dialog.close();
		}
		var stack = session.getEditingDomain().getCommandStack();
		while (stack.canUndo()) {
			stack.undo();
		}
		stack.flush();
		session.save();
	}

	private ExportWizard open(List<String> selected, AtomicReference<String> summary) {
		ExportWizard wizard = new ExportWizard(session, selected, summary::set);
		dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return wizard;
	}

	@Test
	void unsavedWorkIsSavedAndTheWholeCorpusWrittenAsWebAnnotationWithASummary() throws Exception {
		var store = session.getStore();
		var document = store.getCorpus().getDocuments().stream().filter(d -> d.getId().startsWith("002")).findFirst().orElseThrow();
		var content = store.getContent(document);
		int begin = content.getText().indexOf(QUOTE);
		var domain = session.getEditingDomain();
		domain.getCommandStack().execute(SpanCommands.tag(domain, content, begin, begin + QUOTE.length(), Tags.byKey(store.getCorpus(), "c").orElseThrow()));
		assertTrue(session.isDirty());

		AtomicReference<String> summary = new AtomicReference<>();
		ExportWizard wizard = open(List.of(), summary);
		assertFalse(wizard.canExportSelection(), "nothing selected in the Corpus view: only the whole corpus");
		Path out = dir.resolve("w3c");
		wizard.choose("w3c", false, out);
		assertTrue(wizard.canFinish());
		assertTrue(wizard.performFinish());

		assertFalse(session.isDirty(), "saved first, so the export holds what the researcher sees");
		assertNotNull(summary.get());
		assertTrue(summary.get().startsWith("Wrote 5 documents, 1 span"), summary.get());
		assertTrue(summary.get().contains(out.toString()) && summary.get().contains("W3C"), summary.get());
		String annotations = Files.readString(out.resolve("annotations.jsonld"));
		assertTrue(annotations.contains("\"exact\" : \"" + QUOTE + "\"") || annotations.contains("\"exact\":\"" + QUOTE + "\""), "the span's quote");
		try (Stream<Path> sources = Files.list(out.resolve("sources"))) {
			assertEquals(5, sources.count());
		}
	}

	@Test
	void theSelectedDocumentsAloneAreExportedWhereTheFormatCanHoldAPart() throws Exception {
		String selected = session.getStore().getCorpus().getDocuments().stream().filter(d -> d.getId().startsWith("003")).findFirst().orElseThrow()
				.getId();
		AtomicReference<String> summary = new AtomicReference<>();
		ExportWizard wizard = open(List.of(selected), summary);
		wizard.choose("native", true, dir.resolve("corpus.zip"));
		assertFalse(wizard.canExportSelection(), "the native archive is the whole corpus or nothing");

		Path out = dir.resolve("brat");
		wizard.choose("brat", true, out);
		assertTrue(wizard.canExportSelection());
		assertTrue(wizard.performFinish());
		assertTrue(Files.exists(out.resolve(selected + ".txt")));
		assertTrue(Files.exists(out.resolve(selected + ".ann")));
		try (Stream<Path> files = Files.list(out)) {
			assertEquals(List.of(selected + ".ann", selected + ".txt", "annotation.conf"), files.map(p -> p.getFileName().toString()).sorted().toList());
		}
		assertTrue(summary.get().startsWith("Wrote 1 document"), summary.get());
	}

	@Test
	void everyCodersLayerCanBeChosenOnlyForFormatsThatHoldLayers() throws Exception {
		AtomicReference<String> summary = new AtomicReference<>();
		ExportWizard wizard = open(List.of(), summary);
		for (String format : List.of("brat", "native")) {
			wizard.choose(format, false, dir.resolve(format.equals("native") ? "corpus.zip" : format));
			assertFalse(wizard.canExportEveryLayer(), format + " holds one layer (or every file already)");
		}
		Path out = dir.resolve("tables");
		wizard.choose("csv", false, out);
		assertTrue(wizard.canExportEveryLayer());
		wizard.chooseEveryLayer(true);
		assertTrue(wizard.performFinish());
		assertTrue(summary.get().contains("every coder's layer"), summary.get());
		assertTrue(Files.readAllLines(out.resolve("claims.csv")).get(0).startsWith("coder,document,"), "a coder column on every row");

		wizard.choose("brat", false, dir.resolve("brat"));
		assertFalse(wizard.canExportEveryLayer());
		wizard.chooseEveryLayer(true);
		assertTrue(wizard.performFinish(), "the tick went with the format that allowed it");
		assertTrue(Files.exists(dir.resolve("brat/annotation.conf")));
	}

	@Test
	void aDestinationOfTheWrongKindIsRefusedBeforeAnythingIsWritten() throws Exception {
		Path file = Files.writeString(dir.resolve("notes.txt"), "keep me");
		ExportWizard wizard = open(List.of(), new AtomicReference<>());
		wizard.choose("brat", false, file);
		assertFalse(wizard.canFinish());
		assertTrue(wizard.getErrorMessage().contains("is a file"), wizard.getErrorMessage());
		wizard.choose("qdpx", false, dir);
		assertFalse(wizard.canFinish());
		assertTrue(wizard.getErrorMessage().contains("is a folder"), wizard.getErrorMessage());
		assertEquals("keep me", Files.readString(file));
	}
}
