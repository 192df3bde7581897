/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.collatio.core.store.CorpusStore;
import org.collatio.io.ExportScope;
import org.collatio.io.ExportSummary;
import org.collatio.io.Progress;
import org.collatio.io.QdpxExport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The REFI-QDA project: valid against the REFI-QDA Project.xsd, codes, selections and links as QDA programs read them. */
class QdpxTest {

	static final String NS = "urn:QDA-XML:project:1.0";

	@TempDir
	Path dir;
	private CorpusStore store;
	private byte[] project;
	private ZipFile zip;

	@BeforeEach
	void export() throws Exception {
		store = TestCorpus.create(dir.resolve("corpus"));
		ExportSummary summary = QdpxExport.export(store, ExportScope.WHOLE_CORPUS, dir.resolve("out/c.qdpx"), Progress.NONE);
		assertEquals(3, summary.get("sources"));
		zip = new ZipFile(dir.resolve("out/c.qdpx").toFile());
		project = zip.getInputStream(zip.getEntry("project.qde")).readAllBytes();
	}

	@org.junit.jupiter.api.AfterEach
	void close() throws Exception {
		zip.close();
	}

	private org.w3c.dom.Document dom() throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(project));
	}

	private List<Element> elements(org.w3c.dom.Document dom, String name) {
		NodeList nodes = dom.getElementsByTagNameNS(NS, name);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

	@Test
	void projectIsValidAgainstTheRefiQdaSchema() throws Exception {
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		var schema = factory.newSchema(W3cWebAnnotationTest.resources().resolve("refi-qda/Project.xsd").toFile());
		schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(project)));
		// and the schema does reject: a selection without its required end position
		String broken = new String(project, StandardCharsets.UTF_8).replaceFirst(" endPosition=\"\\d+\"", "");
		org.junit.jupiter.api.Assertions.assertThrows(org.xml.sax.SAXException.class,
				() -> schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)))));
	}

	@Test
	void codesKeepTheTagHierarchyAndColours() throws Exception {
		org.w3c.dom.Document dom = dom();
		Element euphemism = elements(dom, "Code").stream().filter(code -> code.getAttribute("name").equals("Euphemism")).findFirst().orElseThrow();
		assertEquals("#123ABC", euphemism.getAttribute("color"));
		Element label = (Element) euphemism.getParentNode();
		assertEquals("Label", label.getAttribute("name"));
		assertEquals("Framing", ((Element) label.getParentNode()).getAttribute("name"));
	}

	@Test
	void selectionsCountCodePointsAndCarryTheirCodingsAndNotes() throws Exception {
		org.w3c.dom.Document dom = dom();
		Element source = elements(dom, "TextSource").get(0);
		String path = source.getAttribute("plainTextPath");
		assertTrue(path.startsWith("internal://"), path);
		ZipEntry text = zip.getEntry("sources/" + path.substring("internal://".length()));
		assertNotNull(text, "the source text is in the archive");
		String stored = new String(zip.getInputStream(text).readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(TestCorpus.TEXT_A, stored);
		List<Element> selections = elements(dom, "PlainTextSelection");
		Element twoTags = selections.get(2);
		int start = Integer.parseInt(twoTags.getAttribute("startPosition"));
		int end = Integer.parseInt(twoTags.getAttribute("endPosition"));
		int[] codePoints = stored.codePoints().toArray();
		assertEquals("peacekeepers", new String(codePoints, start, end - start), "code point positions select the span's text");
		assertEquals(2, twoTags.getElementsByTagNameNS(NS, "Coding").getLength());
		assertEquals("note over\r\ntwo lines\tand a tab", twoTags.getElementsByTagNameNS(NS, "Description").item(0).getTextContent(),
				"CR LF and tab survive the XML");
		Element claim = selections.stream().filter(s -> s.getAttribute("name").equals("Claim of Vladimir Putin")).findFirst().orElseThrow();
		String description = claim.getElementsByTagNameNS(NS, "Description").item(0).getTextContent();
		assertTrue(description.contains("Via: Interfax") && description.contains("Stance: asserts"), description);
	}

	@Test
	void claimRelationsAreLinksBetweenTheClaimsSelections() throws Exception {
		org.w3c.dom.Document dom = dom();
		List<Element> links = elements(dom, "Link");
		assertEquals(3, links.size());
		Element rejected = links.get(1);
		assertEquals("agrees (rejected): dismissed candidate", rejected.getAttribute("name"));
		List<String> selectionGuids = elements(dom, "PlainTextSelection").stream().map(s -> s.getAttribute("guid")).toList();
		assertTrue(selectionGuids.contains(rejected.getAttribute("originGUID")) && selectionGuids.contains(rejected.getAttribute("targetGUID")));
	}
}
