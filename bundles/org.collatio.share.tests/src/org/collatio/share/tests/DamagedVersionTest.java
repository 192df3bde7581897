/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.tests;

import static org.collatio.share.tests.Corpora.bytes;
import static org.collatio.share.tests.Corpora.document;
import static org.collatio.share.tests.Corpora.entity;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import org.collatio.share.merge.MergeException;
import org.collatio.share.merge.ModelMerge;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A version that is not a Collatio XMI file, or is damaged, fails the merge naming the file and the problem. */
class DamagedVersionTest {

	private static final String CORPUS = "corpus.xmi";

	@TempDir
	Path dir;
	private byte[] base;
	private byte[] mine;

	@BeforeEach
	void createVersions() throws Exception {
		Corpora corpora = new Corpora(dir);
		Path basePath = corpora.create("base", store -> document(store, "a", "A", Corpora.TEXT_A));
		base = bytes(basePath, CORPUS);
		mine = bytes(corpora.edit(basePath, "mine", "Ann", store -> entity(store.getCorpus(), "putin", "Putin")), CORPUS);
	}

	private MergeException failure(byte[] theirs) {
		return assertThrows(MergeException.class, () -> new ModelMerge().merge(CORPUS, base, mine, theirs));
	}

	@Test
	void aTruncatedVersionIsReportedWithTheFileAndTheLine() {
		byte[] truncated = Arrays.copyOf(base, base.length - 30);
		MergeException error = failure(truncated);
		assertTrue(error.getMessage().startsWith("corpus.xmi: their version cannot be read: line "), error.getMessage());
	}

	@Test
	void somethingElseThanXmlIsReported() {
		MergeException error = failure("<<<<<<< HEAD\nnot xml at all\n".getBytes(StandardCharsets.UTF_8));
		assertTrue(error.getMessage().startsWith("corpus.xmi: their version cannot be read: line 1"), error.getMessage());
	}

	@Test
	void anotherModelsXmiIsNotACollatioFile() {
		String ecore = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ecore:EPackage xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
				+ " xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\" name=\"x\"/>\n";
		MergeException error = failure(ecore.getBytes(StandardCharsets.UTF_8));
		assertTrue(error.getMessage().startsWith("corpus.xmi: their version "), error.getMessage());
	}

	@Test
	void anUnknownFeatureIsDamage() {
		String damaged = new String(base, StandardCharsets.UTF_8).replace("<documents id=\"a\"", "<documents id=\"a\" colour=\"red\"");
		MergeException error = failure(damaged.getBytes(StandardCharsets.UTF_8));
		assertTrue(error.getMessage().startsWith("corpus.xmi: their version cannot be read: line "), error.getMessage());
		assertTrue(error.getMessage().contains("colour"), error.getMessage());
	}

	@Test
	void twoObjectsWithOneIdAreDamage() {
		String twice = new String(mine, StandardCharsets.UTF_8).replace("<entities id=\"putin\" canonicalName=\"Putin\"/>",
				"<entities id=\"putin\" canonicalName=\"Putin\"/>\n  <entities id=\"putin\" canonicalName=\"Other\"/>");
		MergeException error = assertThrows(MergeException.class,
				() -> new ModelMerge().merge(CORPUS, base, twice.getBytes(StandardCharsets.UTF_8), base));
		assertTrue(error.getMessage().equals("corpus.xmi: my version is damaged: two objects are Entity putin"), error.getMessage());
	}

	@Test
	void aDamagedBaseIsReportedToo() {
		MergeException error = assertThrows(MergeException.class,
				() -> new ModelMerge().merge(CORPUS, Arrays.copyOf(base, 10), mine, mine));
		assertTrue(error.getMessage().startsWith("corpus.xmi: the base version cannot be read"), error.getMessage());
	}

	@Test
	void aCorpusAgainstAnAnnotationFileIsRefused() throws Exception {
		byte[] layer = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<collatio:DocumentContent xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
				+ " xmlns:collatio=\"http://collatio.org/model/1.0\"/>\n").getBytes(StandardCharsets.UTF_8);
		MergeException error = failure(layer);
		assertTrue(error.getMessage().startsWith("corpus.xmi: the versions are different kinds of file"), error.getMessage());
	}

	@Test
	void aTextFileIsNotMergedHere() {
		MergeException error = assertThrows(MergeException.class, () -> new ModelMerge().merge("documents/a.txt", base, mine, base));
		assertTrue(error.getMessage().startsWith("documents/a.txt: not an XMI file"), error.getMessage());
	}
}
