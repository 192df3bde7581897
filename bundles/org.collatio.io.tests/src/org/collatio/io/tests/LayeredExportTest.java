/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.tests;

import static org.collatio.io.tests.ExchangeCorpora.FAILED_DOC;
import static org.collatio.io.tests.ExchangeCorpora.PROTECT_DOC;
import static org.collatio.io.tests.ExchangeCorpora.TEXT_FAILED;
import static org.collatio.io.tests.ExchangeCorpora.TEXT_PROTECT;
import static org.collatio.io.tests.LayeredCorpus.BOB_BEGIN;
import static org.collatio.io.tests.LayeredCorpus.BOB_END;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.Layers;
import org.collatio.io.ExportFormat;
import org.collatio.io.ExportFormats;
import org.collatio.io.ExportScope;
import org.collatio.io.ExportSummary;
import org.collatio.io.FormatException;
import org.collatio.io.Progress;
import org.collatio.io.W3cImport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Exports of every layer ({@link ExportScope#everyLayer()}) of a corpus coded by Alice and Bob and
 * curated ({@link LayeredCorpus}): each format holds both coders' annotations (and the curated
 * ones) with the right coder, offsets converted as the format always does, the same span ids told
 * apart by layer, each coder's relation in its layer; the formats' own validations still pass; an
 * export of one layer is what it was before every layer could be exported, byte for byte.
 */
class LayeredExportTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	Path dir;
	private Path corpus;
	private CorpusStore store;

	@BeforeEach
	void aliceAndBobCodedTheCorpusAndItWasCurated() throws Exception {
		corpus = LayeredCorpus.create(dir.resolve("corpus"));
		store = LayeredCorpus.open(corpus, null);
	}

	@AfterEach
	void close() {
		store.close();
	}

	private Path export(String formatId, boolean everyLayer) throws Exception {
		return export(store, formatId, everyLayer, dir.resolve(formatId + (everyLayer ? "-every" : "-one")));
	}

	private static Path export(CorpusStore store, String formatId, boolean everyLayer, Path folder) throws Exception {
		ExportFormat format = ExportFormats.byId(formatId).orElseThrow();
		Path out = format.defaultDestination(folder, "corpus");
		format.export(store, ExportScope.WHOLE_CORPUS.withEveryLayer(everyLayer), out, Progress.NONE);
		return out;
	}

	/** "urn:collatio:KIND:PARTS" (the parts need no escaping here) and its GUID, as the exports make them. */
	private static String iri(String kind, String... parts) {
		return "urn:collatio:" + kind + ":" + String.join(":", parts);
	}

	private static String guid(String kind, String... parts) {
		return UUID.nameUUIDFromBytes(iri(kind, parts).getBytes(StandardCharsets.UTF_8)).toString();
	}

	private static int cp(String text, int utf16) {
		return text.codePointCount(0, utf16);
	}

	// ---- one layer: unchanged

	@Test
	void anExportOfOneLayerIsByteForByteWhatItWasBeforeEveryLayerCouldBeExported() throws Exception {
		try (CorpusStore test = TestCorpus.create(dir.resolve("test-corpus"))) {
			assertSameFiles(SingleLayerGolden.read(SingleLayerGolden.folder("test-corpus"), ""), SingleLayerGolden.exports(test, dir.resolve("out1")));
		}
		assertSameFiles(SingleLayerGolden.read(SingleLayerGolden.folder("alice"), ""), SingleLayerGolden.exports(store, dir.resolve("out2")));
	}

	private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
		assertEquals(expected.keySet(), actual.keySet());
		Map<String, String> expectedText = new TreeMap<>();
		Map<String, String> actualText = new TreeMap<>();
		expected.forEach((name, bytes) -> expectedText.put(name, new String(bytes, StandardCharsets.UTF_8)));
		actual.forEach((name, bytes) -> actualText.put(name, new String(bytes, StandardCharsets.UTF_8)));
		for (String name : expected.keySet()) {
			assertEquals(expectedText.get(name), actualText.get(name), name);
			assertTrue(java.util.Arrays.equals(expected.get(name), actual.get(name)), name + ", byte for byte");
		}
	}

	@Test
	void onAMarkedLayerTheLayersOwnRelationsAreExportedWithTheirDocuments() throws Exception {
		try (CorpusStore bobs = LayeredCorpus.open(corpus, "bob")) {
			Path tables = export(bobs, "csv", false, dir.resolve("bob"));
			assertEquals(List.of("relation,kind,status,source_claim,source_document,target_claim,target_document,rationale",
					"r-bob,contradicts,proposed,c1," + FAILED_DOC + ",c1," + PROTECT_DOC + ",protect vs failed to protect"),
					Files.readAllLines(tables.resolve("relations.csv")), "named documents/ID@bob.xmi#c1, the relation is Bob's, between his claims");
			ExportSummary summary = ExportFormats.byId("w3c").orElseThrow().export(bobs, ExportScope.WHOLE_CORPUS, dir.resolve("bob-w3c"), Progress.NONE);
			assertEquals(1, summary.get("relations"));
			assertEquals(List.of(), summary.warnings());
		}
	}

	// ---- every layer

	@Test
	void uimaXmiHasAViewPerLayerAndTheTextAloneInTheInitialView() throws Exception {
		Path folder = export("uima-xmi", true);
		var typeSystem = UIMAFramework.getXMLParser().parseTypeSystemDescription(new XMLInputSource(folder.resolve("TypeSystem.xml").toFile()));
		CAS protect = CasCreationUtils.createCas(typeSystem, null, null);
		try (InputStream in = Files.newInputStream(folder.resolve(PROTECT_DOC + ".xmi"))) {
			XmiCasDeserializer.deserialize(in, protect); // the exported type system holds every feature structure of every view
		}
		assertEquals(List.of("_InitialView", "alice", "bob", "curated"), views(protect), "a view per layer, named by it");
		assertEquals(TEXT_PROTECT, protect.getDocumentText());
		Type spanType = protect.getTypeSystem().getType("org.collatio.Span");
		assertEquals(0, protect.getAnnotationIndex(spanType).size(), "the initial view holds the text, as INCEpTION's source document");
		assertEquals(1, protect.getIndexRepository().getAllIndexedFS(protect.getTypeSystem().getType("org.collatio.DocumentInfo")).size());
		assertEquals(List.of("s1 \uD835\uDD04", "s2 " + LayeredCorpus.ALICE_SAID), spans(protect.getView("alice"), spanType));
		assertEquals(List.of("s1 " + TEXT_PROTECT.substring(BOB_BEGIN, BOB_END), "s2 Putin"), spans(protect.getView("bob"), spanType),
				"UTF-16 offsets across the CRLF");
		assertEquals(List.of("s1 \uD835\uDD04"), spans(protect.getView("curated"), spanType));
		Type claimType = protect.getTypeSystem().getType("org.collatio.Claim");
		AnnotationFS bobsClaim = protect.getView("bob").<AnnotationFS> getAnnotationIndex(claimType).iterator().next();
		assertEquals("Interfax", bobsClaim.getFeatureValue(claimType.getFeatureByBaseName("via")).getStringValue(
				bobsClaim.getFeatureValue(claimType.getFeatureByBaseName("via")).getType().getFeatureByBaseName("canonicalName")),
				"Bob's outlet, read from his layer file and bound to corpus.xmi");
		assertEquals(1, protect.getView("bob").getAnnotationIndex(protect.getTypeSystem().getType("org.collatio.Mention")).size());

		CAS failed = CasCreationUtils.createCas(typeSystem, null, null);
		try (InputStream in = Files.newInputStream(folder.resolve(FAILED_DOC + ".xmi"))) {
			XmiCasDeserializer.deserialize(in, failed);
		}
		assertEquals(List.of("_InitialView", "alice", "bob"), views(failed), "no curated view: the curated layer has nothing there");
		Type relationType = failed.getTypeSystem().getType("org.collatio.ClaimRelation");
		for (String coder : List.of("alice", "bob")) {
			List<String> relations = new ArrayList<>();
			failed.getView(coder).getIndexRepository().getAllIndexedFS(relationType).forEachRemaining(relation -> relations
					.add(relation.getStringValue(relationType.getFeatureByBaseName("relationId")) + " "
							+ relation.getStringValue(relationType.getFeatureByBaseName("sourceClaimId")) + " -> "
							+ relation.getStringValue(relationType.getFeatureByBaseName("targetDocument")) + ":"
							+ relation.getStringValue(relationType.getFeatureByBaseName("targetClaimId"))));
			assertEquals(List.of("r-" + coder + " c1 -> " + PROTECT_DOC + ":c1"), relations, coder + "'s relation in " + coder + "'s view");
		}
	}

	/** The names of a CAS's views, the initial one first, the others sorted (UIMA iterates them in no set order). */
	private static List<String> views(CAS cas) {
		List<String> names = new ArrayList<>();
		cas.getViewIterator().forEachRemaining(view -> names.add(view.getViewName()));
		names.remove(CAS.NAME_DEFAULT_SOFA);
		names.sort(null);
		names.add(0, CAS.NAME_DEFAULT_SOFA);
		return names;
	}

	private static List<String> spans(CAS view, Type spanType) {
		List<String> spans = new ArrayList<>();
		for (AnnotationFS span : view.<AnnotationFS> getAnnotationIndex(spanType)) {
			spans.add(span.getStringValue(spanType.getFeatureByBaseName("spanId")) + " " + span.getCoveredText());
		}
		return spans;
	}

	@Test
	void webAnnotationsNameTheirLayersCoderPassTheW3cTestsAndAreNotReadBackAsOneLayer() throws Exception {
		Path folder = export("w3c", true);
		JsonNode collection = JSON.readTree(folder.resolve("annotations.jsonld").toFile());
		List<JsonNode> items = W3cWebAnnotationTest.items(collection);
		assertEquals(6 + 7 + 1, items.size(), "Alice: 3 spans, 2 claims, 1 relation; Bob: 3 spans, a mention, 2 claims, 1 relation; curated: 1 span");
		assertEquals(List.of(), W3cWebAnnotationTest.Musts.load().failures(items));
		assertEquals(items.size(), items.stream().map(item -> item.path("id").asText()).collect(Collectors.toSet()).size(), "ids unique across layers");
		Map<String, String> creators = Map.of("alice", iri("annotator", "alice"), "bob", iri("annotator", "bob"), Layers.CURATED,
				iri("layer", Layers.CURATED));
		for (JsonNode item : items) {
			String layer = item.path("collatio:layer").asText();
			assertEquals(creators.get(layer), item.path("creator").path("id").asText(), item.path("id").asText());
			assertTrue(item.path("id").asText().matches("urn:collatio:[a-z]+:" + layer + ":.*"), item.path("id").asText());
		}
		assertEquals("Bob", items.stream().filter(i -> i.path("collatio:layer").asText().equals("bob")).findFirst().orElseThrow().path("creator")
				.path("name").asText());

		JsonNode across = item(items, iri("span", "bob", PROTECT_DOC, "s1"));
		JsonNode position = across.path("target").path("selector").get(0);
		assertEquals(List.of(cp(TEXT_PROTECT, BOB_BEGIN), cp(TEXT_PROTECT, BOB_END)), List.of(position.path("start").asInt(), position.path("end").asInt()),
				"code points: the letter outside the BMP before it counts once");
		assertEquals(TEXT_PROTECT.substring(BOB_BEGIN, BOB_END), across.path("target").path("selector").get(1).path("exact").asText());
		JsonNode emoji = item(items, iri("span", "bob", FAILED_DOC, "s1"));
		assertEquals(cp(TEXT_FAILED, TEXT_FAILED.indexOf("\uD83D")), emoji.path("target").path("selector").get(0).path("start").asInt());
		JsonNode relation = item(items, iri("relation", "bob", "r-bob"));
		assertEquals(iri("claim", "bob", FAILED_DOC, "c1"), relation.path("target").asText());
		assertEquals(iri("claim", "bob", PROTECT_DOC, "c1"), relation.path("body").get(0).asText());
		assertEquals(iri("span", "bob", PROTECT_DOC, "s2"), item(items, iri("mention", "bob", PROTECT_DOC, "m1")).path("target").asText());
		assertEquals(List.of("alice", "bob", "curated"), collection.path("collatio:corpus").path("layers").findValuesAsText("id"));

		FormatException refused = assertThrows(FormatException.class, () -> W3cImport.importInto(folder, dir.resolve("read-back"), Progress.NONE));
		assertTrue(refused.getMessage().contains("holds every coder's layer"), refused.getMessage());
		assertFalse(Files.exists(dir.resolve("read-back")));
	}

	private static JsonNode item(List<JsonNode> items, String id) {
		return items.stream().filter(item -> item.path("id").asText().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
	}

	@Test
	void refiQdaListsEveryCoderAndEachCodingNamesItsLayersCoder() throws Exception {
		Path qdpx = export("qdpx", true);
		byte[] project;
		String protectText;
		try (ZipFile zip = new ZipFile(qdpx.toFile())) {
			project = zip.getInputStream(zip.getEntry("project.qde")).readAllBytes();
			protectText = new String(zip.getInputStream(zip.getEntry("sources/" + guid("document", PROTECT_DOC) + ".txt")).readAllBytes(),
					StandardCharsets.UTF_8);
		}
		assertEquals(TEXT_PROTECT, protectText);
		SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(W3cWebAnnotationTest.resources().resolve("refi-qda/Project.xsd").toFile())
				.newValidator().validate(new StreamSource(new ByteArrayInputStream(project)));
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		org.w3c.dom.Document dom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(project));
		assertEquals(List.of("Alice", "Bob", "Curated"), elements(dom, "User").stream().map(user -> user.getAttribute("name")).toList());
		List<Element> selections = elements(dom, "PlainTextSelection");
		assertEquals(5 + 5 + 1, selections.size(), "every layer's spans and claims");
		assertEquals(selections.size(), selections.stream().map(s -> s.getAttribute("guid")).collect(Collectors.toSet()).size(), "GUIDs unique");
		Map<String, String> users = Map.of("alice", guid("annotator", "alice"), "bob", guid("annotator", "bob"), "curated",
				guid("layer", "curated"));
		for (String layer : users.keySet()) {
			Element span = selections.stream().filter(s -> s.getAttribute("guid").equals(guid("span", layer, PROTECT_DOC, "s1"))).findFirst()
					.orElseThrow(() -> new AssertionError(layer + "'s s1"));
			assertEquals(users.get(layer), span.getAttribute("creatingUser"), layer);
			Element coding = (Element) span.getElementsByTagNameNS(QdpxTest.NS, "Coding").item(0);
			assertEquals(users.get(layer), coding.getAttribute("creatingUser"), layer + "'s coding");
		}
		Element across = selections.stream().filter(s -> s.getAttribute("guid").equals(guid("span", "bob", PROTECT_DOC, "s1"))).findFirst().orElseThrow();
		assertEquals(List.of(cp(TEXT_PROTECT, BOB_BEGIN), cp(TEXT_PROTECT, BOB_END)),
				List.of(Integer.parseInt(across.getAttribute("startPosition")), Integer.parseInt(across.getAttribute("endPosition"))), "code points");
		List<Element> links = elements(dom, "Link");
		assertEquals(List.of(guid("claim", "alice", FAILED_DOC, "c1") + " -> " + guid("claim", "alice", PROTECT_DOC, "c1"),
				guid("claim", "bob", FAILED_DOC, "c1") + " -> " + guid("claim", "bob", PROTECT_DOC, "c1")),
				links.stream().map(link -> link.getAttribute("originGUID") + " -> " + link.getAttribute("targetGUID")).toList());
		var guids = new HashSet<>(selections.stream().map(s -> s.getAttribute("guid")).toList());
		assertTrue(links.stream().allMatch(link -> guids.contains(link.getAttribute("originGUID")) && guids.contains(link.getAttribute("targetGUID"))));
	}

	private static List<Element> elements(org.w3c.dom.Document dom, String name) {
		NodeList nodes = dom.getElementsByTagNameNS(QdpxTest.NS, name);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

	@Test
	void tablesHaveEveryLayersRowsEachWithItsCoder() throws Exception {
		Path csv = export("csv", true);
		List<CSVRecord> claims;
		try (var reader = Files.newBufferedReader(csv.resolve("claims.csv"))) {
			claims = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
		assertEquals("coder", claims.get(0).getParser().getHeaderNames().get(0));
		assertEquals(List.of("alice " + FAILED_DOC, "alice " + PROTECT_DOC, "bob " + FAILED_DOC, "bob " + PROTECT_DOC),
				claims.stream().map(row -> row.get("coder") + " " + row.get("document")).sorted().toList());
		CSVRecord bobs = claims.stream().filter(row -> row.get("coder").equals("bob") && row.get("document").equals(PROTECT_DOC)).findFirst()
				.orElseThrow();
		assertEquals(List.of(String.valueOf(BOB_BEGIN), String.valueOf(BOB_END), String.valueOf(cp(TEXT_PROTECT, BOB_BEGIN)),
				String.valueOf(cp(TEXT_PROTECT, BOB_END)), TEXT_PROTECT.substring(BOB_BEGIN, BOB_END)),
				List.of(bobs.get("begin"), bobs.get("end"), bobs.get("begin_cp"), bobs.get("end_cp"), bobs.get("quote")),
				"UTF-16 units and code points, the quote across the CRLF");
		assertEquals(List.of("coder,relation,kind,status,source_claim,source_document,target_claim,target_document,rationale",
				"alice,r-alice,contradicts,confirmed,c1," + FAILED_DOC + ",c1," + PROTECT_DOC + ",protect vs failed to protect",
				"bob,r-bob,contradicts,proposed,c1," + FAILED_DOC + ",c1," + PROTECT_DOC + ",protect vs failed to protect"),
				Files.readAllLines(csv.resolve("relations.csv")));

		Path jsonl = export("jsonl", true);
		List<String> coders = new ArrayList<>();
		for (String line : Files.readAllLines(jsonl.resolve("claims.jsonl"))) {
			JsonNode row = JSON.readTree(line);
			coders.add(row.path("coder").asText() + " " + row.path("begin").asInt() + " " + row.path("begin_cp").asInt());
		}
		assertTrue(coders.contains("bob " + BOB_BEGIN + " " + cp(TEXT_PROTECT, BOB_BEGIN)), coders.toString());
		assertEquals(4, coders.size());
		assertEquals(List.of("alice", "bob"),
				Files.readAllLines(jsonl.resolve("relations.jsonl")).stream().map(line -> {
					try {
						return JSON.readTree(line).path("coder").asText();
					} catch (Exception e) {
						throw new AssertionError(e);
					}
				}).toList());
	}

	@Test
	void everyLayerGivesTheSameFilesWhicheverLayerTheStoreWorksOn() throws Exception {
		Map<String, byte[]> onAlices = everyLayerFiles(store, dir.resolve("on-alice"));
		for (String layer : List.of("bob", Layers.CURATED)) {
			try (CorpusStore other = LayeredCorpus.open(corpus, layer)) {
				assertSameFiles(onAlices, everyLayerFiles(other, dir.resolve("on-" + layer)));
			}
		}
	}

	private static Map<String, byte[]> everyLayerFiles(CorpusStore store, Path out) throws Exception {
		Map<String, byte[]> files = new TreeMap<>();
		for (String format : List.of("uima-xmi", "w3c", "csv", "jsonl")) {
			files.putAll(SingleLayerGolden.read(export(store, format, true, out.resolve(format)), format + "/"));
		}
		return files;
	}

	@Test
	void bratAndTheNativeArchiveRefuseEveryLayerAndWriteNothing() throws Exception {
		for (String format : List.of("brat", "native")) {
			IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> export(format, true));
			assertTrue(refused.getMessage().startsWith(format + " cannot export every coder's layer: "), refused.getMessage());
			assertFalse(Files.exists(dir.resolve(format + "-every")), "nothing written");
		}
	}

	@Test
	void aDamagedReferenceInAnotherLayerFailsTheExportNamingItsFileAndWritesNothing() throws Exception {
		Path bobs = corpus.resolve("documents").resolve(PROTECT_DOC + "@bob.xmi");
		String xmi = Files.readString(bobs);
		String damaged = xmi.replace("corpus.xmi#tag-actor.speaker", "corpus.xmi#no-such-object");
		assertFalse(damaged.equals(xmi), "the file refers to the speaker tag: " + xmi);
		Files.writeString(bobs, damaged);
		Exception failed = assertThrows(CorpusException.class, () -> export("w3c", true));
		assertTrue(failed.getMessage().contains(bobs.getFileName().toString()) && failed.getMessage().contains("no-such-object"), failed.getMessage());
		try (var left = Files.list(dir.resolve("w3c-every"))) {
			assertEquals(List.of(), left.toList(), "nothing written, no staging folder left");
		}
	}
}
