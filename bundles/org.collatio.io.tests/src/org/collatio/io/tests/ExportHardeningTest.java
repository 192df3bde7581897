/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.io.ExportFormat;
import org.collatio.io.ExportFormats;
import org.collatio.io.ExportScope;
import org.collatio.io.Progress;
import org.collatio.io.QdpxExport;
import org.collatio.io.UimaXmiExport;
import org.collatio.io.W3cExport;
import org.collatio.io.W3cImport;
import org.collatio.model.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports that hold up: XML files any parser reads whatever characters the user's text holds, the
 * leftovers of a killed run cleaned up by the next one (and only those), and a damaged document
 * refused by every format with its file named and nothing written.
 */
class ExportHardeningTest {

	/** A C0 control, U+FFFE, a lone surrogate, and U+FFFF (the XML writer's own mark) followed by 'r'. */
	private static final String BAD = "x\u0001y\uFFFEz\uD800w\uFFFFr";

	@TempDir
	Path dir;
	private CorpusStore store;

	@BeforeEach
	void corpus() throws Exception {
		store = TestCorpus.create(dir.resolve("corpus"));
	}

	private static org.w3c.dom.Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	@Test
	void xmlExportsParseWhateverCharactersTheTitleOrNoteHolds() throws Exception {
		store.getCorpus().setName("corpus " + BAD);
		Document a = store.findDocument("a");
		a.setTitle("title " + BAD);
		store.getContent(a).getSpans().get(0).setNote("note " + BAD);
		String cleaned = "x\uFFFDy\uFFFDz\uFFFDw\uFFFDr";

		UimaXmiExport.export(store, ExportScope.WHOLE_CORPUS, dir.resolve("uima"), Progress.NONE);
		org.w3c.dom.Document xmi = parse(Files.readAllBytes(dir.resolve("uima/a.xmi")));
		String info = ((org.w3c.dom.Element) xmi.getElementsByTagNameNS("http:///org/collatio.ecore", "DocumentInfo").item(0)).getAttribute("title");
		assertEquals("title " + cleaned, info, "each bad unit is one U+FFFD, and U+FFFF is not taken for a mark");
		assertTrue(new String(Files.readAllBytes(dir.resolve("uima/a.xmi")), java.nio.charset.StandardCharsets.UTF_8).contains("note " + cleaned));

		QdpxExport.export(store, ExportScope.WHOLE_CORPUS, dir.resolve("c.qdpx"), Progress.NONE);
		try (ZipFile zip = new ZipFile(dir.resolve("c.qdpx").toFile())) {
			org.w3c.dom.Document project = parse(zip.getInputStream(zip.getEntry("project.qde")).readAllBytes());
			var sources = project.getElementsByTagNameNS("urn:QDA-XML:project:1.0", "TextSource");
			assertEquals("title " + cleaned, ((org.w3c.dom.Element) sources.item(0)).getAttribute("name"));
			assertTrue(project.getDocumentElement().getTextContent().contains("note " + cleaned), "the note, cleaned, in a Description");
		}
	}

	@Test
	void theLeftoversOfAKilledRunAreDeletedButNotThoseOfARunStillGoing() throws Exception {
		Process finished = new ProcessBuilder("true").start();
		finished.waitFor();
		long dead = finished.pid();
		long alive = ProcessHandle.current().pid();
		Path out = Files.createDirectories(dir.resolve("out"));
		Path staleFolder = Files.createDirectories(out.resolve(".w3c.collatio-" + dead + "-k1ll3d"));
		Files.writeString(staleFolder.resolve("annotations.jsonld"), "half written");
		Path staleFile = Files.writeString(out.resolve(".c.qdpx.collatio-" + dead + "-k1ll3d.tmp"), "half written");
		Path staleImport = Files.createDirectories(out.resolve(".imported.collatio-" + dead + "-k1ll3d"));
		Path running = Files.createDirectories(out.resolve(".w3c.collatio-" + alive + "-running"));
		Path other = Files.createDirectories(out.resolve(".w3c.someone-else"));

		W3cExport.export(store, ExportScope.WHOLE_CORPUS, out.resolve("w3c"), Progress.NONE);
		QdpxExport.export(store, ExportScope.WHOLE_CORPUS, out.resolve("c.qdpx"), Progress.NONE);
		W3cImport.importInto(out.resolve("w3c"), out.resolve("imported"), Progress.NONE);

		assertFalse(Files.exists(staleFolder), "a dead run's staging folder is deleted");
		assertFalse(Files.exists(staleFile), "a dead run's temporary file is deleted");
		assertFalse(Files.exists(staleImport), "a dead import's staging folder is deleted");
		assertTrue(Files.isDirectory(running), "a live run's staging folder is kept");
		assertTrue(Files.isDirectory(other), "what Collatio did not write is kept");
		try (var left = Files.list(out)) {
			assertEquals(List.of(".w3c.collatio-" + alive + "-running", ".w3c.someone-else", "c.qdpx", "imported", "w3c"),
					left.map(p -> p.getFileName().toString()).sorted().toList());
		}
	}

	@Test
	void aDamagedDocumentFailsEveryExportNamingItsFileAndWritingNothing() throws Exception {
		store.close();
		Path xmi = dir.resolve("corpus/documents/a.xmi");
		Files.writeString(xmi, Files.readString(xmi).replaceFirst(" end=\"\\d+\"", " end=\"9999\""));
		store = CorpusStore.open(dir.resolve("corpus"));
		for (ExportFormat format : ExportFormats.all()) {
			if (format.id().equals("native")) {
				continue; // copies the files as they are; its import checks them (NativeArchiveTest)
			}
			Path out = format.defaultDestination(dir.resolve("out"), "c");
			CorpusException e = assertThrows(CorpusException.class, () -> format.export(store, ExportScope.WHOLE_CORPUS, out, Progress.NONE),
					format.id());
			assertTrue(e.getMessage().contains(xmi.getFileName().toString()), format.id() + ": " + e.getMessage());
			assertFalse(Files.exists(out), format.id() + " wrote " + out);
		}
		try (var left = Files.list(dir.resolve("out"))) {
			assertEquals(List.of(), left.toList(), "no staging folder or temporary file is left");
		}
	}
}
