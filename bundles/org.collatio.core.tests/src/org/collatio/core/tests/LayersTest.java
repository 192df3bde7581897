/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.collatio.core.edit.SpanCommands;
import org.collatio.core.store.CorpusLayout;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.CorpusStore.LayerChoice;
import org.collatio.core.store.Layers;
import org.collatio.model.CollatioFactory;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Coders' layers: each coder's annotations in files of their own, corpora made before layers opening unchanged. */
class LayersTest {

	private static final String TEXT = "Putin said \uD83D\uDE00 the talks failed.\r\nMore text follows here.";

	@TempDir
	Path dir;

	/** A corpus as made before layers existed: one document, one span, no coder. */
	private void legacyCorpus() throws Exception {
		try (CorpusStore store = CorpusStore.openOrCreate(dir, "c")) {
			Document document = CollatioFactory.eINSTANCE.createDocument();
			document.setId("a");
			store.addDocument(document, TEXT);
			tag(store, 0, 5);
			store.save();
			assertNull(store.getCoder());
			assertNull(store.getLayerName());
		}
	}

	private static SpanAnnotation tag(CorpusStore store, int begin, int end) throws Exception {
		EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack(), store.getResourceSet());
		DocumentContent content = store.getContent(store.findDocument("a"));
		Tag tag = store.getCorpus().getTagSets().get(0).getTags().get(0);
		domain.getCommandStack().execute(SpanCommands.tag(domain, content, begin, end, tag));
		return SpanCommands.exactSpan(content, begin, end);
	}

	private static List<String> spans(CorpusStore store) throws Exception {
		return store.getContent(store.findDocument("a")).getSpans().stream().map(s -> s.getBegin() + "-" + s.getEnd()).toList();
	}

	@Test
	void theFirstCoderOwnsTheAnnotationsMadeBeforeLayersAndEachCoderWorksInFilesOfTheirOwn() throws Exception {
		legacyCorpus();
		Path first = dir.resolve("documents/a.xmi");
		byte[] before = Files.readAllBytes(first);
		try (CorpusStore alice = CorpusStore.open(dir, LayerChoice.coder("Alice Martin"))) {
			assertEquals("alice-martin", alice.getCoder().getId());
			assertEquals("alice-martin", alice.getLayerName());
			assertSame(alice.getCoder(), alice.getCorpus().getAnnotators().get(0));
			assertEquals(List.of("0-5"), spans(alice), "the annotations made before layers are the first coder's");
			assertTrue(alice.isLayerEditable());
			assertFalse(alice.isDirty(), "registering the coder was saved at once; reading a document changes nothing");
		}
		assertTrue(Files.readString(dir.resolve("corpus.xmi")).contains("Alice Martin"));
		assertFalse(Files.readString(dir.resolve("corpus.xmi")).contains("a.xmi"), "corpus.xmi names no layer file");
		try (CorpusStore bob = CorpusStore.open(dir, LayerChoice.coder("Bob"))) {
			assertEquals("bob", bob.getLayerName());
			assertEquals(List.of(), spans(bob), "coders work blind to each other");
			SpanAnnotation span = tag(bob, 11, 13);
			assertSame(bob.getCoder(), span.getAnnotator(), "what a coder makes records the coder");
			bob.save();
		}
		assertTrue(Files.isRegularFile(dir.resolve("documents/a@bob.xmi")));
		assertArrayEquals(before, Files.readAllBytes(first), "the first coder's file is untouched by another coder's work");
		try (CorpusStore alice = CorpusStore.open(dir, LayerChoice.coder("alice martin"))) {
			assertEquals(List.of("0-5"), spans(alice));
			assertEquals(2, alice.getCorpus().getAnnotators().size(), "a known coder is found by name, whatever the case");
		}
		try (CorpusStore aliceOnBob = CorpusStore.open(dir, LayerChoice.coder("Alice Martin").onLayer("bob"))) {
			assertEquals(List.of("11-13"), spans(aliceOnBob), "another coder's layer can be shown");
			assertFalse(aliceOnBob.isLayerEditable(), "but not changed");
		}
		try (CorpusStore nobody = CorpusStore.open(dir)) {
			assertEquals("alice-martin", nobody.getLayerName(), "the command line works on the first coder's layer");
			assertEquals(List.of("0-5"), spans(nobody));
		}
		CorpusLayout layout = new CorpusLayout(dir);
		assertEquals(Set.of("", "bob"), layout.annotationFiles().keySet());
	}

	@Test
	void aReadOnlyOpeningRegistersNobody() throws Exception {
		legacyCorpus();
		byte[] corpus = Files.readAllBytes(dir.resolve("corpus.xmi"));
		try (CorpusStore store = CorpusStore.openReadOnly(dir, LayerChoice.coder("Carol"))) {
			assertNull(store.getCoder());
			assertEquals(List.of("0-5"), spans(store));
		}
		assertArrayEquals(corpus, Files.readAllBytes(dir.resolve("corpus.xmi")));
	}

	@Test
	void theCuratedLayerIsTheDefaultOnceItExists() throws Exception {
		legacyCorpus();
		CorpusLayout layout = new CorpusLayout(dir);
		assertNull(Layers.defaultLayer(layout));
		try (CorpusStore curator = CorpusStore.open(dir, LayerChoice.coder("Alice").onLayer(Layers.CURATED))) {
			assertTrue(curator.isLayerEditable());
			assertEquals(List.of(), spans(curator));
			tag(curator, 0, 5);
			curator.save();
		}
		assertTrue(Files.isRegularFile(dir.resolve("documents/a@curated.xmi")));
		assertEquals(Layers.CURATED, Layers.defaultLayer(layout));
		assertTrue(Files.isDirectory(dir.resolve("documents")));
		assertEquals(dir.resolve("index@curated"), layout.withLayer(Layers.CURATED).indexFolder());
		assertEquals(dir.resolve("derived/claims@curated.json"), layout.withLayer(Layers.CURATED).claimIndexFile());
	}

	@Test
	void layerNamesAreSafeInFileNames() {
		assertEquals("jose-perez", Layers.coderId("José Pérez", Set.of()));
		assertEquals("curated-2", Layers.coderId("Curated", Set.of()), "the curated layer's name is never a coder's");
		assertEquals("bob-2", Layers.coderId("BOB", Set.of("bob")));
		assertEquals("coder", Layers.coderId("\u5f20\u4f1f", Set.of()));
		assertEquals(new CorpusLayout.LayerFile("x.y-1", "bob"), CorpusLayout.parse("x.y-1@bob.xmi").orElseThrow());
		assertEquals(new CorpusLayout.LayerFile("x.y-1", null), CorpusLayout.parse("x.y-1.xmi").orElseThrow());
		assertTrue(CorpusLayout.parse("x@Bad Name.xmi").isEmpty());
		assertTrue(CorpusLayout.parse("x.txt").isEmpty());
		assertThrows(IllegalArgumentException.class, () -> new CorpusLayout(Path.of("c"), "../x"));
	}
}
