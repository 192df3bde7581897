/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.tests;

import static org.collatio.io.tests.ExchangeCorpora.PROTECT_DOC;
import static org.collatio.io.tests.ExchangeCorpora.TEXT_PROTECT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.CorpusStore.LayerChoice;
import org.collatio.io.ArchiveLimits;
import org.collatio.io.CodingExport;
import org.collatio.io.CodingImport;
import org.collatio.io.ExportScope;
import org.collatio.io.FormatException;
import org.collatio.io.NativeArchive;
import org.collatio.io.Progress;
import org.collatio.io.tests.ExchangeCorpora.Coding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A coding file that cannot be added as it is refused as a whole, naming the file and the problem,
 * and the corpus is left byte for byte as it was: a document it does not have, another text, a file
 * cut short or not a zip, a damaged or foreign entry, one past the limits, the coding of the coder
 * the corpus is open for.
 */
class CodingImportRefusalTest {

	@TempDir
	Path dir;
	private Path alices;

	@BeforeEach
	void aliceCodesInHerFolder() throws Exception {
		alices = ExchangeCorpora.corpus(dir.resolve("alice"), ExchangeCorpora.articles(dir.resolve("articles"), ExchangeCorpora.sameArticles()));
		try (CorpusStore store = CorpusStore.open(alices, LayerChoice.coder("Alice"))) {
			new Coding(store).tag(PROTECT_DOC, "Putin", "s");
			store.save();
		}
	}

	/** Bob's coding (a span at the start of every document) of a corpus made from {@code texts}. */
	private Path bobsCoding(String name, Map<String, String> texts) throws Exception {
		Path corpus = ExchangeCorpora.corpus(dir.resolve(name), ExchangeCorpora.articles(dir.resolve(name + "-articles"), texts));
		try (CorpusStore store = CorpusStore.open(corpus, LayerChoice.coder("Bob"))) {
			Coding bob = new Coding(store);
			for (String document : texts.keySet()) {
				bob.tag(document, 0, 5, "c");
			}
			store.save();
		}
		Path coding = dir.resolve(name + CodingExport.EXTENSION);
		try (CorpusStore store = CorpusStore.openReadOnly(corpus)) {
			CodingExport.export(store, store.getCoder(), coding, Progress.NONE);
		}
		return coding;
	}

	private FormatException refused(Path coding, String problem) throws Exception {
		return refused(coding, problem, ArchiveLimits.defaults());
	}

	private FormatException refused(Path coding, String problem, ArchiveLimits limits) throws Exception {
		List<String> before = ExchangeCorpora.fingerprint(alices);
		FormatException refusal;
		try (CorpusStore store = CorpusStore.open(alices)) {
			refusal = assertThrows(FormatException.class, () -> CodingImport.importInto(store, coding, Progress.NONE, limits));
			assertFalse(store.isDirty(), "nothing changed in the model either");
		}
		assertTrue(refusal.getMessage().startsWith(coding.toString()) && refusal.getMessage().contains(problem), refusal.getMessage());
		assertEquals(before, ExchangeCorpora.fingerprint(alices), "a refused import leaves the corpus byte for byte as it was");
		return refusal;
	}

	/** A copy of a zip with some entries' contents replaced and others added (in that order). */
	private Path withEntries(Path zip, String name, Map<String, byte[]> changed) throws Exception {
		Path copy = dir.resolve(name);
		Map<String, byte[]> left = new LinkedHashMap<>(changed);
		try (ZipFile in = new ZipFile(zip.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
			for (ZipEntry entry : in.stream().toList()) {
				byte[] content = left.containsKey(entry.getName()) ? left.remove(entry.getName()) : in.getInputStream(entry).readAllBytes();
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(content);
				out.closeEntry();
			}
			for (Map.Entry<String, byte[]> added : left.entrySet()) {
				out.putNextEntry(new ZipEntry(added.getKey()));
				out.write(added.getValue());
				out.closeEntry();
			}
		}
		return copy;
	}

	private static String entry(Path zip, String name) throws Exception {
		try (ZipFile file = new ZipFile(zip.toFile())) {
			return new String(file.getInputStream(file.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void aCodingOfADocumentThisCorpusDoesNotHaveIsRefused() throws Exception {
		Map<String, String> more = new LinkedHashMap<>(ExchangeCorpora.sameArticles());
		more.put("extra", "An article only Bob has.\r\n");
		refused(bobsCoding("more", more), "codes document extra, which is not in the corpus " + alices);
	}

	@Test
	void aCodingMadeOnAnotherTextIsRefusedWhetherItsLengthDiffersOrNot() throws Exception {
		Map<String, String> sameLength = ExchangeCorpora.sameArticles();
		sameLength.put(PROTECT_DOC, TEXT_PROTECT.replace("Putin", "P\u00fatin"));
		refused(bobsCoding("same-length", sameLength), "document " + PROTECT_DOC + ": the coding was made on another text of the same length");
		Map<String, String> longer = ExchangeCorpora.sameArticles();
		longer.put(PROTECT_DOC, TEXT_PROTECT + "A line more.\r\n");
		refused(bobsCoding("longer", longer), "document " + PROTECT_DOC + ": the coding was made on a text of " + longer.get(PROTECT_DOC).length()
				+ " UTF-16 units, this corpus's has " + TEXT_PROTECT.length());
	}

	@Test
	void aFileCutShortOrThatIsNotAZipIsRefused() throws Exception {
		byte[] whole = Files.readAllBytes(bobsCoding("bob", ExchangeCorpora.sameArticles()));
		Path truncated = Files.write(dir.resolve("truncated" + CodingExport.EXTENSION), Arrays.copyOf(whole, whole.length / 2));
		refused(truncated, "not a readable zip archive");
		refused(Files.writeString(dir.resolve("notes.collatio-coding"), "Bob's notes, not a coding"), "not a readable zip archive");
		refused(dir.resolve("missing" + CodingExport.EXTENSION), "no such file");
	}

	@Test
	void aDamagedOrForeignEntryIsRefused() throws Exception {
		Path coding = bobsCoding("bob", ExchangeCorpora.sameArticles());
		String layer = "layer/" + PROTECT_DOC + ".xmi";
		String outside = entry(coding, layer).replaceFirst("end=\"5\"", "end=\"9999\"");
		refused(withEntries(coding, "outside.zip", Map.of(layer, outside.getBytes(StandardCharsets.UTF_8))), layer + ": damaged: span");
		String broken = entry(coding, layer).replace("</collatio:DocumentContent>", "");
		refused(withEntries(coding, "broken.zip", Map.of(layer, broken.getBytes(StandardCharsets.UTF_8))), layer + " cannot be read: line");
		String unknownTag = entry(coding, layer).replaceFirst("corpus.xmi#tag-[a-z.]+", "corpus.xmi#tag-nowhere");
		refused(withEntries(coding, "tag.zip", Map.of(layer, unknownTag.getBytes(StandardCharsets.UTF_8))), "refers to tag tag-nowhere");
		String elsewhere = entry(coding, layer).replaceFirst("\\.\\./corpus.xmi#tag-[a-z.]+", "../../../etc/passwd#root");
		refused(withEntries(coding, "elsewhere.zip", Map.of(layer, elsewhere.getBytes(StandardCharsets.UTF_8))), "points at passwd, not at corpus.xmi");
		String entity = entry(coding, layer).replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>")
				.replaceFirst("<spans ", "<spans note=\"&secret;\" ");
		FormatException external = refused(withEntries(coding, "entity.zip", Map.of(layer, entity.getBytes(StandardCharsets.UTF_8))), layer + " cannot be read");
		assertTrue(external.getMessage().contains("DOCTYPE is disallowed"), "no document type, so no external entity is read: " + external.getMessage());
		refused(withEntries(coding, "foreign.zip", Map.of("../evil.xmi", new byte[] { 1 })), "entry \"../evil.xmi\" is not part of a Collatio coding file");
		byte[] protect = entry(coding, layer).getBytes(StandardCharsets.UTF_8);
		refused(withEntries(coding, "unlisted.zip", Map.of("layer/unknown.xmi", protect)), "entry \"layer/unknown.xmi\" is not listed in manifest.json");
		refused(withEntries(coding, "swapped.zip", Map.of("layer/third.xmi", protect)),
				"layer/third.xmi holds the annotations of document " + PROTECT_DOC + ", not of third");
		String newer = entry(coding, "manifest.json").replace("\"version\" : 1", "\"version\" : 2");
		refused(withEntries(coding, "newer.zip", Map.of("manifest.json", newer.getBytes(StandardCharsets.UTF_8))), "written by a newer Collatio");
		refused(withEntries(coding, "not-json.zip", Map.of("manifest.json", "{\"format\":".getBytes(StandardCharsets.UTF_8))), "not valid JSON");

		Path archive = dir.resolve("corpus.zip");
		try (CorpusStore store = CorpusStore.openReadOnly(dir.resolve("bob"))) {
			NativeArchive.export(store, ExportScope.WHOLE_CORPUS, archive, Progress.NONE);
		}
		refused(archive, "not a Collatio coding file: it has no manifest.json");
	}

	@Test
	void aFilePastTheLimitsIsRefusedBeforeItIsRead() throws Exception {
		ArchiveLimits defaults = ArchiveLimits.defaults();
		refused(bobsCoding("bob", ExchangeCorpora.sameArticles()), "entry \"corpus.xmi\" unpacks to more than 100 bytes",
				new ArchiveLimits(defaults.textBytes(), 100, defaults.totalBytes(), defaults.entries(), defaults.ratio(), defaults.ratioFloorBytes()));
	}

	@Test
	void theCodingOfTheCoderTheCorpusIsOpenForIsRefused() throws Exception {
		Path own = dir.resolve("alice" + CodingExport.EXTENSION);
		try (CorpusStore store = CorpusStore.openReadOnly(alices)) {
			CodingExport.export(store, CodingExport.coder(store, null), own, Progress.NONE);
		}
		refused(own, "is the coding of Alice, the coder this corpus is open for: importing it would replace their own work");
	}

	@Test
	void aCorpusWithoutACoderYetTakesNoColleaguesCoding() throws Exception {
		Path coding = bobsCoding("bob", ExchangeCorpora.sameArticles());
		alices = ExchangeCorpora.corpus(dir.resolve("fresh"), dir.resolve("articles"));
		refused(coding, "that corpus has no coder yet");
	}
}
