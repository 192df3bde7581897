/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.ui.tests;

import static org.collatio.io.ui.tests.CodingCorpora.PROTECT;
import static org.collatio.io.ui.tests.CodingCorpora.TEXT_PROTECT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.io.ui.ImportAnnotationsWizard;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;
import org.collatio.model.TagSet;
import org.collatio.ui.session.CorpusSession;
import org.collatio.ui.session.LifecyclePrompts;
import org.eclipse.core.commands.Command;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.menus.IMenuService;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File &gt; Import Annotations driven as a researcher would, in the workbench: a brat folder and a
 * UIMA CAS XMI folder (written here from the formats' documentation: brat counts code points,
 * UIMA UTF-16 units; the text starts with a character outside the BMP and has CRLF line ends),
 * surveyed on the mapping page, mapped, imported into the open corpus; a malformed source.
 */
class ImportAnnotationsWizardTest {

	/** A text the open corpus does not have. */
	private static final String FRESH = "Another \uD83D\uDE00 report.\r\nThe ministry denied it.\r\n";
	private static final String NER = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity";
	private static final String STANCE = "webanno.custom.Stance";

	@TempDir
	Path dir;

	private final CorpusSession session = PlatformUI.getWorkbench().getService(CorpusSession.class);
	private Path previous;
	private Path mine;
	private WizardDialog dialog;
	private final AtomicReference<String> summary = new AtomicReference<>();
	private final List<Path> offeredToOpen = new ArrayList<>();

	@BeforeEach
	void iOpenMyCorpusOfTwoArticles() throws Exception {
		previous = session.getStore().getLayout().directory();
		Path articles = CodingCorpora.articles(dir.resolve("articles"), CodingCorpora.sameArticles());
		mine = CodingCorpora.corpus(dir.resolve("mine"), articles);
		session.setAutosaveDelay(0);
		session.open(mine);
		session.setPrompts(new LifecyclePrompts() {
			@Override
			public Unsaved askUnsaved(String corpusName, String action) {
				return Unsaved.CANCEL;
			}

			@Override
			public void saveFailed(CorpusException error) {
				throw new AssertionError(error);
			}
		});
	}

	@AfterEach
	void backToTheSeedCorpus() throws Exception {
		if (dialog != null) {
			dialog.close();
		}
		session.setPrompts(null);
		session.setAutosaveDelay(CorpusSession.DEFAULT_AUTOSAVE_MILLIS);
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		session.open(previous);
	}

	private ImportAnnotationsWizard open() {
		ImportAnnotationsWizard wizard = new ImportAnnotationsWizard(session, summary::set, folder -> !offeredToOpen.add(folder));
		dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return wizard;
	}

	/** brat's offsets of a substring: code points. */
	private static String brat(String text, String what) {
		int begin = text.indexOf(what);
		return text.codePointCount(0, begin) + " " + text.codePointCount(0, begin + what.length());
	}

	/** A brat folder: my first article (identical text) with a person, an organisation and a claim (with an attribute), related; a new text with a claim. */
	private Path bratFolder() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("brat"));
		Files.writeString(folder.resolve(PROTECT + ".txt"), TEXT_PROTECT, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve(PROTECT + ".ann"), String.join("\r\n", //
				"T1\tPerson " + brat(TEXT_PROTECT, "Putin") + "\tPutin", //
				"T2\tOrganization " + brat(TEXT_PROTECT, "Interfax") + "\tInterfax", //
				"T3\tClaim " + brat(TEXT_PROTECT, "the peacekeepers protect civilians") + "\tthe peacekeepers protect civilians", //
				"A1\tConfidence T3 High", //
				"R1\tSays Arg1:T1 Arg2:T3", ""), StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("fresh.txt"), FRESH, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("fresh.ann"), "T1\tClaim " + brat(FRESH, "The ministry denied it") + "\tThe ministry denied it\n",
				StandardCharsets.UTF_8);
		return folder;
	}

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").replace("\r", "&#13;").replace("\n", "&#10;");
	}

	private static String uima(String text, String type, String what, String feature, String value, int id) {
		int begin = text.indexOf(what);
		return "<" + type + " xmi:id=\"" + id + "\" sofa=\"1\" begin=\"" + begin + "\" end=\"" + (begin + what.length()) + "\" " + feature + "=\"" + value + "\"/>";
	}

	/** A UIMA CAS XMI folder as INCEpTION writes it: TypeSystem.xml, DKPro's NamedEntity and a custom span layer, offsets in UTF-16 units. */
	private Path uimaFolder() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("xmi"));
		String feature = "<featureDescription><name>%s</name><rangeTypeName>uima.cas.String</rangeTypeName></featureDescription>";
		Files.writeString(folder.resolve("TypeSystem.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<typeSystemDescription xmlns=\"http://uima.apache.org/resourceSpecifier\"><types>\n"
				+ "<typeDescription><name>" + NER + "</name><supertypeName>uima.tcas.Annotation</supertypeName><features>" + feature.formatted("value")
				+ "</features></typeDescription>\n"
				+ "<typeDescription><name>" + STANCE + "</name><supertypeName>uima.tcas.Annotation</supertypeName><features>" + feature.formatted("Polarity")
				+ "</features></typeDescription>\n</types></typeSystemDescription>\n", StandardCharsets.UTF_8);
		Files.writeString(folder.resolve(PROTECT + ".xmi"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:cas=\"http:///uima/cas.ecore\" xmlns:type=\"http:///de/tudarmstadt/ukp/dkpro/core/api/ner/type.ecore\""
				+ " xmlns:custom=\"http:///webanno/custom.ecore\" xmi:version=\"2.0\">\n"
				+ "<cas:NULL xmi:id=\"0\"/>\n"
				+ "<cas:Sofa xmi:id=\"1\" sofaNum=\"1\" sofaID=\"_InitialView\" mimeType=\"text\" sofaString=\"" + xml(TEXT_PROTECT) + "\"/>\n"
				+ uima(TEXT_PROTECT, "type:NamedEntity", "Putin", "value", "PER", 2) + "\n"
				+ uima(TEXT_PROTECT, "type:NamedEntity", "Interfax", "value", "ORG", 3) + "\n"
				+ uima(TEXT_PROTECT, "custom:Stance", "protect civilians", "Polarity", "positive", 4) + "\n"
				+ "<cas:View sofa=\"1\" members=\"2 3 4\"/>\n</xmi:XMI>\n", StandardCharsets.UTF_8);
		return folder;
	}

	/** "covered text|tag set/tag" for each span of a document of the open store, in text order. */
	private List<String> spans(String documentId) throws Exception {
		CorpusStore store = session.getStore();
		Document document = store.findDocument(documentId);
		assertNotNull(document, documentId);
		DocumentContent content = store.getContent(document);
		return content.getSpans().stream().sorted((a, b) -> Integer.compare(a.getBegin(), b.getBegin()))
				.map(span -> content.getText().substring(span.getBegin(), span.getEnd()) + "|" + tags(span)).toList();
	}

	private static String tags(SpanAnnotation span) {
		return String.join(",", span.getTags().stream().map(ImportAnnotationsWizardTest::path).toList());
	}

	private static String path(Tag tag) {
		return (tag.getParent() == null ? ((TagSet) tag.eContainer()).getName() : path(tag.getParent())) + "/" + tag.getName();
	}

	@Test
	void theBratLayersAreSurveyedWithTheirCountsAndTheTickedOnesAddedToMyLayerOfTheOpenCorpus() throws Exception {
		CorpusStore before = session.getStore();
		ImportAnnotationsWizard wizard = open();
		wizard.choose("brat", bratFolder(), null, null);
		assertFalse(wizard.canFinish(), "nothing is imported before the mapping is seen");
		Screenshots.take(dialog.getShell(), "import-wizard-1-source");
		wizard.next();
		Screenshots.take(dialog.getShell(), "import-wizard-2-mapping-brat");

		assertNull(wizard.getErrorMessage());
		assertEquals(List.of( //
				List.of("x", "Claim", "2", "(the layer's name)", "brat standoff > Claim", "(none)"), //
				List.of("x", "Organization", "1", "(the layer's name)", "brat standoff > Organization", "(none)"), //
				List.of("x", "Person", "1", "(the layer's name)", "brat standoff > Person", "(none)")), wizard.layerRows());
		assertEquals(List.of(List.of("fresh.txt", "1", "new document"), List.of(PROTECT + ".txt", "3", PROTECT + " (identical text: annotations added)")),
				wizard.documentRows().stream().sorted((a, b) -> a.get(0).compareTo(b.get(0))).toList());
		String preview = wizard.previewText();
		assertTrue(preview.contains("Documents: 2, 1 of them in the open corpus (identical text), 1 new"), preview);
		assertTrue(preview.contains("Will write 4 spans from 3 layers into 1 document of the open corpus and 1 new document."), preview);
		assertTrue(preview.contains("1 link of Says (Collatio relates claims, not spans)"), preview);
		assertTrue(preview.contains("feature Confidence of Claim on 1 span (not mapped)"), preview);

		wizard.setImported("Organization", false);
		assertEquals("", wizard.layerRows().get(1).get(0), "the checkbox shows it unticked");
		preview = wizard.previewText();
		assertTrue(preview.contains("Will write 3 spans from 2 layers"), preview);
		assertTrue(preview.contains("Left out: 1 span of layers not ticked"), preview);
		assertTrue(wizard.canFinish());

		assertTrue(wizard.performFinish(), wizard.getErrorMessage());
		assertTrue(summary.get().startsWith("Imported brat standoff from " + dir.resolve("brat") + " into " + mine + ", as my annotations."), summary.get());
		for (String written : List.of("1 matched documents", "1 new documents", " 3 spans")) {
			assertTrue(summary.get().contains(written), summary.get());
		}
		assertTrue(summary.get().contains("left out: spans of Organization (the layer was not chosen)"), summary.get());

		CorpusStore store = session.getStore();
		assertNotSame(before, store, "the corpus was opened again and shows what is on disk");
		assertEquals("tester", store.getLayerName(), "still on my layer");
		assertFalse(session.isDirty());
		assertEquals(List.of("Putin|brat standoff/Person", "the peacekeepers protect civilians|brat standoff/Claim"), spans(PROTECT),
				"the same covered text though brat counts code points; Interfax left out");
		Document fresh = store.getCorpus().getDocuments().stream().filter(d -> "fresh.txt".equals(d.getImportedFrom())).findFirst().orElseThrow();
		assertEquals(FRESH, store.readText(fresh));
		assertEquals(List.of("The ministry denied it|brat standoff/Claim"), spans(fresh.getId()));
		for (SpanAnnotation span : store.getContent(store.findDocument(PROTECT)).getSpans()) {
			assertEquals(store.getCoder(), span.getAnnotator(), "mine");
		}
	}

	@Test
	void uimaXmiGoesOnANamedCodersLayerWithTheChosenFeatureNamingTheTags() throws Exception {
		ImportAnnotationsWizard wizard = open();
		wizard.choose("uima-xmi", uimaFolder(), null, "Carol");
		wizard.next();
		assertEquals(List.of( //
				List.of("x", "NamedEntity", "2", "value", "NamedEntity: PER, ORG (2)", "(none)"), //
				List.of("x", "Stance", "1", "(the layer's name)", "UIMA CAS XMI > Stance", "(none)")), wizard.layerRows());
		wizard.setTagFeature(STANCE, "Polarity");
		Screenshots.take(dialog.getShell(), "import-wizard-3-mapping-uima");
		assertEquals(List.of("x", "Stance", "1", "Polarity", "Stance: positive (1)", "(none)"), wizard.layerRows().get(1));
		wizard.setTagFeature(STANCE, null);
		assertEquals(List.of("x", "Stance", "1", "(the layer's name)", "UIMA CAS XMI > Stance", "(none)"), wizard.layerRows().get(1),
				"back in the format's tag set");
		wizard.setTagFeature(STANCE, "Polarity");
		assertTrue(wizard.previewText().contains("Will write 3 spans from 2 layers into 1 document of the open corpus and 0 new documents."),
				wizard.previewText());
		assertTrue(wizard.previewText().contains("Nothing is left out."), wizard.previewText());

		assertTrue(wizard.performFinish(), wizard.getErrorMessage());
		assertTrue(summary.get().contains("as the layer of Carol"), summary.get());
		assertEquals("tester", session.getStore().getLayerName(), "back on the layer I work on");
		assertEquals(List.of(), spans(PROTECT), "nothing on my layer");
		assertEquals(List.of(PROTECT), List.copyOf(session.getStore().getLayers().get("carol")));
		assertTrue(session.switchLayer("carol"));
		assertEquals(List.of("Putin|NamedEntity/PER", "protect civilians|Stance/positive", "Interfax|NamedEntity/ORG"), spans(PROTECT),
				"UTF-16 offsets after the character outside the BMP");
	}

	/** The corpus folder's files, without derived/ and index/ (what the workbench keeps in the background). */
	private Map<String, String> corpusFiles() throws Exception {
		Map<String, String> files = new java.util.TreeMap<>(Snapshot.of(mine));
		files.keySet().removeIf(name -> name.startsWith("derived") || name.startsWith("index"));
		return files;
	}

	@Test
	void aMalformedSourceShowsItsMessageOnTheMappingPageAndWritesNothing() throws Exception {
		Path brat = bratFolder();
		Files.writeString(brat.resolve("fresh.ann"), "T1\tClaim 20 999\tThe ministry denied it\n", StandardCharsets.UTF_8);
		session.save();
		Map<String, String> untouched = corpusFiles();
		ImportAnnotationsWizard wizard = open();
		wizard.choose("brat", brat, null, null);
		wizard.next();

		Screenshots.take(dialog.getShell(), "import-wizard-4-malformed");
		String error = wizard.getErrorMessage();
		assertNotNull(error);
		assertTrue(error.contains("fresh.ann"), "names the file: " + error);
		assertTrue(error.contains("line 1"), "names the line: " + error);
		assertTrue(error.endsWith("Nothing was read into the corpus."), error);
		assertFalse(error.contains("Exception") || error.contains("\tat "), "no stack trace: " + error);
		assertFalse(wizard.canFinish());
		assertEquals(List.of(), wizard.layerRows());
		assertEquals(untouched, corpusFiles());
	}

	@Test
	void aSourceBrokenAfterTheSurveyFailsAtFinishWithItsMessageAndTheCorpusIsAsItWasAndOpenAgain() throws Exception {
		Path brat = bratFolder();
		session.save();
		ImportAnnotationsWizard wizard = open();
		wizard.choose("brat", brat, null, "Carol");
		wizard.next();
		assertNull(wizard.getErrorMessage());
		Map<String, String> untouched = corpusFiles();
		Files.writeString(brat.resolve("fresh.ann"), "T1\tClaim 20 999\tThe ministry denied it\n", StandardCharsets.UTF_8);

		assertFalse(wizard.performFinish(), "the wizard stays open on its message");
		String error = wizard.getErrorMessage();
		assertTrue(error.contains("fresh.ann: line 1") && error.endsWith("Nothing was imported: the corpus is as it was."), error);
		assertNull(summary.get());
		assertEquals(untouched, corpusFiles(), "not even Carol registered");
		assertNotNull(session.getStore(), "the corpus is open again");
		assertEquals(mine, session.getStore().getLayout().directory());
		assertEquals("tester", session.getStore().getLayerName());
		assertFalse(session.getStore().getLayers().containsKey("carol"));
	}

	@Test
	void intoANewCorpusTheImportIsBuiltThereAndOpeningItIsOffered() throws Exception {
		Path target = dir.resolve("imported");
		ImportAnnotationsWizard wizard = open();
		wizard.choose("brat", bratFolder(), target, null);
		wizard.next();
		assertTrue(wizard.previewText().contains("Will write 4 spans from 3 layers into a new corpus of 2 documents."), wizard.previewText());
		assertTrue(wizard.performFinish(), wizard.getErrorMessage());
		assertEquals(List.of(target), offeredToOpen);
		assertEquals(mine, session.getStore().getLayout().directory(), "not opened: the researcher said no");
		try (CorpusStore store = CorpusStore.openReadOnly(target)) {
			assertEquals(2, store.getCorpus().getDocuments().size());
		}
		assertEquals(4, wizard.getResult().written("spans"));
	}

	@Test
	void importAnnotationsIsInTheFileMenuAfterImportCodingAndHandled() throws Exception {
		String importAnnotations = "org.collatio.io.ui.commands.importAnnotations";
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
		file.add(new GroupMarker(IWorkbenchActionConstants.IMPORT_EXT));
		IMenuService menus = window.getService(IMenuService.class);
		menus.populateContributionManager(file, "menu:" + IWorkbenchActionConstants.M_FILE);
		try {
			List<String> ids = Arrays.stream(file.getItems()).map(IContributionItem::getId).toList();
			int importCoding = ids.indexOf("org.collatio.io.ui.commands.importCoding");
			assertTrue(importCoding >= 0, ids.toString());
			assertEquals(importAnnotations, ids.get(importCoding + 1), ids.toString());
		} finally {
			menus.releaseContributions(file);
			file.dispose();
		}
		Command command = window.getService(ICommandService.class).getCommand(importAnnotations);
		assertTrue(command.isDefined() && command.isHandled());
		assertEquals("Import Annotations...", command.getName());
	}
}
