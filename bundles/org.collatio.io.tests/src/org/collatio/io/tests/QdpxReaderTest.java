/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.collatio.io.FormatException;
import org.collatio.io.Progress;
import org.collatio.io.foreign.ForeignCode;
import org.collatio.io.foreign.ForeignDocument;
import org.collatio.io.foreign.ForeignLink;
import org.collatio.io.foreign.ForeignSpan;
import org.collatio.io.foreign.QdpxReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REFI-QDA reader on a project written here to the REFI-QDA schema (and validated by it):
 * a text file with a byte order mark, CRLF line ends and characters outside the BMP before the
 * coded selections, an inline text, nested codes with colours, two users, notes and a link; then
 * the refusals of bad input.
 */
class QdpxReaderTest {

	/** Emoji (two UTF-16 units, one REFI-QDA character) before every selection, CRLF line ends. */
	static final String TEXT = "\uD83D\uDE00 Premi\u00E8re ligne: the peacekeepers arrived.\r\nSecond line \uD835\uDD04 says ceasefire twice: ceasefire.\r\n";
	static final String INLINE = "Inline \uD83C\uDF89 text about talks.";

	@TempDir
	Path dir;

	static String guid(int n) {
		return String.format("%08d-0000-4000-8000-%012d", n, n);
	}

	/** The code point position of {@code quote} in {@code text}, from UTF-16 index {@code from}: what a REFI-QDA program writes. */
	static int[] characters(String text, String quote, int from) {
		int at = text.indexOf(quote, from);
		int start = text.codePointCount(0, at);
		return new int[] { start, start + quote.codePointCount(0, quote.length()) };
	}

	static String selection(int guid, int[] range, String user, String inner) {
		return "<PlainTextSelection guid=\"" + guid(guid) + "\" startPosition=\"" + range[0] + "\" endPosition=\"" + range[1] + "\""
				+ (user == null ? "" : " creatingUser=\"" + guid(user.equals("alice") ? 1 : 2) + "\"") + ">" + inner + "</PlainTextSelection>";
	}

	static String coding(int guid, int code, String user) {
		return "<Coding guid=\"" + guid(guid) + "\"" + (user == null ? "" : " creatingUser=\"" + guid(user.equals("alice") ? 1 : 2) + "\"")
				+ "><CodeRef targetGUID=\"" + guid(code) + "\"/></Coding>";
	}

	/** The project: users 1-2, codes 10-13, sources 20-22, selections 30-33, codings 40-44, notes 50, links 60-61. */
	static String project(String peacekeeperSelection) {
		int[] ceasefire = characters(TEXT, "ceasefire", TEXT.indexOf("twice"));
		int[] crossing = characters(TEXT, "arrived.\r\nSecond", 0);
		int[] talks = characters(INLINE, "talks", 0);
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Interviews\" origin=\"a test\">\n"
				+ "<Users><User guid=\"" + guid(1) + "\" name=\"Alice\"/><User guid=\"" + guid(2) + "\" name=\"Bob\" id=\"bob\"/></Users>\n"
				+ "<CodeBook><Codes>\n"
				+ " <Code guid=\"" + guid(10) + "\" name=\"Framing\" isCodable=\"true\" color=\"#FF0000\">\n"
				+ "  <Code guid=\"" + guid(11) + "\" name=\"Label\" isCodable=\"true\" color=\"#0a0\">\n"
				+ "   <Code guid=\"" + guid(12) + "\" name=\"Euphemism\" isCodable=\"true\"/>\n"
				+ "  </Code>\n"
				+ " </Code>\n"
				+ " <Code guid=\"" + guid(13) + "\" name=\"Actor\" isCodable=\"false\"><Description>Who acts</Description></Code>\n"
				+ "</Codes></CodeBook>\n"
				+ "<Variables><Variable guid=\"" + guid(70) + "\" name=\"Age\" typeOfVariable=\"Integer\"/></Variables>\n"
				+ "<Sources>\n"
				+ " <TextSource guid=\"" + guid(20) + "\" name=\"Interview 1\" plainTextPath=\"internal://" + guid(20) + ".txt\">\n"
				+ "  <Description>first interview</Description>\n"
				+ peacekeeperSelection
				+ "  " + selection(31, ceasefire, "bob", coding(42, 11, null)) + "\n"
				+ "  " + selection(32, crossing, "alice", coding(43, 10, "alice")) + "\n"
				+ " </TextSource>\n"
				+ " <PictureSource guid=\"" + guid(21) + "\" name=\"A photo\" path=\"internal://photo.jpg\"/>\n"
				+ " <TextSource guid=\"" + guid(22) + "\" name=\"Inline\">\n"
				+ "  <PlainTextContent>" + INLINE + "</PlainTextContent>\n"
				+ "  " + selection(33, talks, "alice", "<Description>free quotation</Description>") + "\n"
				+ " </TextSource>\n"
				+ "</Sources>\n"
				+ "<Notes><Note guid=\"" + guid(50) + "\" name=\"memo\"><PlainTextContent>Check the wording.</PlainTextContent></Note></Notes>\n"
				+ "<Links>\n"
				+ " <Link guid=\"" + guid(60) + "\" name=\"explains\" direction=\"OneWay\" color=\"#123456\" originGUID=\"" + guid(30) + "\" targetGUID=\""
				+ guid(32) + "\"/>\n"
				+ " <Link guid=\"" + guid(61) + "\" name=\"about\" originGUID=\"" + guid(30) + "\" targetGUID=\"" + guid(13) + "\"/>\n"
				+ "</Links>\n"
				+ "<Sets><Set guid=\"" + guid(80) + "\" name=\"Important\"/></Sets>\n"
				+ "</Project>\n";
	}

	static String peacekeepers() {
		return "  " + selection(30, characters(TEXT, "peacekeepers", 0), "alice",
				"<Description>said twice</Description>" + coding(40, 12, "alice") + coding(41, 13, "bob") + "<NoteRef targetGUID=\"" + guid(50) + "\"/>")
				+ "\n";
	}

	/** A .qdpx with {@code project} and the text of source 20 (with a UTF-8 byte order mark). */
	Path qdpx(String name, String project, String text) throws Exception {
		Path file = dir.resolve(name);
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("project.qde"));
			zip.write(project.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("sources/" + guid(20) + ".txt"));
			zip.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			zip.write(text.getBytes(StandardCharsets.UTF_8));
		}
		return file;
	}

	static void validate(String project) throws Exception {
		var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
				.newSchema(W3cWebAnnotationTest.resources().resolve("refi-qda/Project.xsd").toFile());
		schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(project.getBytes(StandardCharsets.UTF_8))));
	}

	ForeignCollector read(Path qdpx) throws Exception {
		ForeignCollector sink = new ForeignCollector();
		new QdpxReader().read(qdpx, sink, Progress.NONE);
		return sink;
	}

	@Test
	void theFixtureFollowsTheSchema() throws Exception {
		validate(project(peacekeepers()));
	}

	@Test
	void codeBookKeepsHierarchyAndColoursAndComesFirst() throws Exception {
		ForeignCollector sink = read(qdpx("p.qdpx", project(peacekeepers()), TEXT));
		assertEquals(List.of(List.of("Framing"), List.of("Framing", "Label"), List.of("Framing", "Label", "Euphemism"), List.of("Actor")),
				sink.codes.stream().map(ForeignCode::path).toList());
		assertEquals("#FF0000", sink.codes.get(0).colour());
		assertEquals("#00aa00", sink.codes.get(1).colour(), "#rgb widened to #rrggbb");
		assertNull(sink.codes.get(2).colour());
		assertEquals("Who acts", sink.codes.get(3).description());
		assertFalse(sink.codeAfterDocument);
	}

	@Test
	void selectionsBecomeSpansOverTheTextAsItIs() throws Exception {
		ForeignCollector sink = read(qdpx("p.qdpx", project(peacekeepers()), TEXT));
		assertEquals(2, sink.documents.size(), "two text sources; the picture is left out");
		ForeignDocument interview = sink.document("Interview 1");
		assertEquals(TEXT, interview.text(), "the byte order mark is not text; CRLF and the emoji stay");
		assertEquals(4, interview.spans().size(), "one span per coding: 2 + 1 + 1");

		ForeignSpan euphemism = ForeignCollector.span(interview, guid(30));
		assertEquals("peacekeepers", ForeignCollector.covered(interview, euphemism));
		assertEquals("Framing/Label/Euphemism", euphemism.layer());
		assertEquals("Alice", euphemism.author());
		assertEquals("said twice\n\nCheck the wording.", euphemism.note(), "description and referenced note, once");
		ForeignSpan actor = ForeignCollector.span(interview, guid(30) + "#2");
		assertEquals("peacekeepers", ForeignCollector.covered(interview, actor));
		assertEquals("Actor", actor.layer());
		assertEquals("Bob", actor.author(), "the coding's user");
		assertNull(actor.note());
		assertEquals(actor.ranges(), euphemism.ranges(), "the same selection");

		ForeignSpan second = ForeignCollector.span(interview, guid(31));
		assertEquals("ceasefire", ForeignCollector.covered(interview, second));
		assertEquals(TEXT.lastIndexOf("ceasefire"), second.ranges().get(0).begin(), "the second occurrence, after a non-BMP character");
		assertEquals("Bob", second.author(), "the selection's user when the coding names none");
		ForeignSpan crossing = ForeignCollector.span(interview, guid(32));
		assertEquals("arrived.\r\nSecond", ForeignCollector.covered(interview, crossing));
		assertEquals("Framing", crossing.layer());

		ForeignDocument inline = sink.document("Inline");
		assertEquals(INLINE, inline.text());
		ForeignSpan free = ForeignCollector.span(inline, guid(33));
		assertEquals("talks", ForeignCollector.covered(inline, free));
		assertEquals(QdpxReader.UNCODED, free.layer());
		assertEquals("free quotation", free.note());
	}

	@Test
	void linksBetweenSelectionsGoWithTheirSourceAndTheRestIsReported() throws Exception {
		ForeignCollector sink = read(qdpx("p.qdpx", project(peacekeepers()), TEXT));
		List<ForeignLink> links = sink.document("Interview 1").links();
		assertEquals(1, links.size());
		ForeignLink link = links.get(0);
		assertEquals("explains", link.layer());
		assertEquals(guid(30), link.fromSpanId());
		assertEquals(guid(32), link.toSpanId());
		assertEquals(Map.of("direction", "OneWay", "colour", "#123456"), link.features());
		assertTrue(sink.reported("1 link does not join two selections"), sink.allLeftOut().toString());
		assertTrue(sink.reported("1 variable"), sink.allLeftOut().toString());
		assertTrue(sink.reported("1 set"), sink.allLeftOut().toString());
		assertTrue(sink.reported("PictureSource", "A photo"), sink.allLeftOut().toString());
	}

	// ---- bad input

	private FormatException refused(Path qdpx) {
		return assertThrows(FormatException.class, () -> read(qdpx));
	}

	@Test
	void notAZipIsRefusedNamingTheFile() throws Exception {
		Path file = dir.resolve("broken.qdpx");
		Files.write(file, "this is no zip".getBytes(StandardCharsets.UTF_8));
		FormatException e = refused(file);
		assertTrue(e.getMessage().contains("broken.qdpx") && e.getMessage().contains("not a readable zip"), e.getMessage());
	}

	@Test
	void anArchiveWithoutProjectIsRefused() throws Exception {
		Path file = dir.resolve("empty.qdpx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("sources/a.txt"));
		}
		FormatException e = refused(file);
		assertTrue(e.getMessage().contains("empty.qdpx") && e.getMessage().contains("no project.qde"), e.getMessage());
	}

	@Test
	void aSchemaViolationIsRefusedWithLineAndColumnBeforeAnythingIsRead() throws Exception {
		String broken = project(peacekeepers()).replaceFirst(" endPosition=\"\\d+\"", "");
		assertThrows(org.xml.sax.SAXException.class, () -> validate(broken), "the fixture does break the schema");
		ForeignCollector sink = new ForeignCollector();
		Path file = qdpx("invalid.qdpx", broken, TEXT);
		FormatException e = assertThrows(FormatException.class, () -> new QdpxReader().read(file, sink, Progress.NONE));
		int line = broken.substring(0, broken.indexOf(guid(30))).split("\n", -1).length;
		assertTrue(e.getMessage().contains("invalid.qdpx") && e.getMessage().contains("project.qde, line " + line + ", column"), e.getMessage());
		assertTrue(e.getMessage().contains("endPosition"), e.getMessage());
		assertTrue(sink.codes.isEmpty() && sink.documents.isEmpty(), "nothing is handed on before the project is valid");
	}

	@Test
	void aSelectionOutsideItsTextIsRefusedNamingItsGuid() throws Exception {
		int length = TEXT.codePointCount(0, TEXT.length());
		String outside = project("  " + selection(30, new int[] { length - 3, length + 1 }, "alice", coding(40, 12, null)) + "\n");
		validate(outside);
		FormatException e = refused(qdpx("outside.qdpx", outside, TEXT));
		assertTrue(e.getMessage().contains("outside.qdpx") && e.getMessage().contains("selection " + guid(30))
				&& e.getMessage().contains("do not fit its text of " + length + " characters"), e.getMessage());
	}

	@Test
	void positionsCountedInUtf16AreCaughtAtTheEnd() throws Exception {
		// a producer counting UTF-16 units: the last selection ends two past the text's last character
		int utf16Length = TEXT.length();
		String wrong = project("  " + selection(30, new int[] { utf16Length - 2, utf16Length }, "alice", coding(40, 12, null)) + "\n");
		FormatException e = refused(qdpx("units.qdpx", wrong, TEXT));
		assertTrue(e.getMessage().contains(guid(30)), e.getMessage());
	}

	@Test
	void aTextThatIsNotUtf8IsRefused() throws Exception {
		Path file = dir.resolve("latin1.qdpx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("project.qde"));
			zip.write(project(peacekeepers()).getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("sources/" + guid(20) + ".txt"));
			zip.write(TEXT.replaceAll("[^\\x00-\\xff]", "?").getBytes(StandardCharsets.ISO_8859_1));
		}
		FormatException e = refused(file);
		assertTrue(e.getMessage().contains("latin1.qdpx") && e.getMessage().contains("sources/" + guid(20) + ".txt")
				&& e.getMessage().contains("not valid UTF-8"), e.getMessage());
	}

	@Test
	void aCodingOfAnUnknownCodeIsRefused() throws Exception {
		String unknown = project("  " + selection(30, characters(TEXT, "peacekeepers", 0), null, coding(40, 99, null)) + "\n");
		validate(unknown);
		FormatException e = refused(qdpx("unknown.qdpx", unknown, TEXT));
		assertTrue(e.getMessage().contains(guid(30)) && e.getMessage().contains(guid(99)), e.getMessage());
	}

	@Test
	void anExternalEntityIsNeverRead() throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "do not read me");
		String hostile = project(peacekeepers()).replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE Project [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>\n")
				.replace("<Description>first interview</Description>", "<Description>&secret;</Description>");
		ForeignCollector sink = new ForeignCollector();
		Path file = qdpx("hostile.qdpx", hostile, TEXT);
		FormatException e = assertThrows(FormatException.class, () -> new QdpxReader().read(file, sink, Progress.NONE));
		assertTrue(e.getMessage().contains("hostile.qdpx") && e.getMessage().contains("project.qde, line"), e.getMessage());
		assertTrue(sink.documents.isEmpty());
	}

	/** Builds a zip in memory, for tests that need entries in a given order. */
	static byte[] zip(Map<String, byte[]> entries) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
			}
		}
		return bytes.toByteArray();
	}

	@Test
	void aTextOutsideTheArchiveIsNotReadButReported() throws Exception {
		String relative = project(peacekeepers()).replace("plainTextPath=\"internal://" + guid(20) + ".txt\"",
				"plainTextPath=\"relative://../../etc/passwd\"");
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("project.qde", relative.getBytes(StandardCharsets.UTF_8));
		Path file = dir.resolve("relative.qdpx");
		Files.write(file, zip(entries));
		ForeignCollector sink = read(file);
		assertEquals(List.of("Inline"), sink.documents.stream().map(ForeignDocument::name).toList());
		assertTrue(sink.reported("Interview 1", "relative://../../etc/passwd", "outside the archive", "3 selections"), sink.allLeftOut().toString());
	}
}
