/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.study.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.collatio.coders.study.AgreementInput;
import org.collatio.coders.study.AgreementResult;
import org.collatio.coders.study.AgreementStudy;
import org.collatio.coders.study.ClaimField;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.CorpusStore.LayerChoice;
import org.collatio.model.Claim;
import org.collatio.model.CollatioFactory;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Stance;
import org.collatio.model.Tag;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agreement read from coders' layers, on generated two-coder corpora whose agreement is known by
 * construction: identical layers agree fully, disjoint ones no better than chance.
 */
class AgreementStudyTest {

	private static final CollatioFactory F = CollatioFactory.eINSTANCE;
	/** Non-BMP characters and CRLF: offsets are UTF-16 units throughout. */
	private static final String SENTENCE = "\uD83D\uDCF0 The minister said talks had failed.\r\n";

	@TempDir
	Path dir;

	/** Three documents; each coder marks, in each, the spans {@code place} gives for their index. */
	private void corpus(java.util.function.BiFunction<Integer, Integer, int[][]> place) throws Exception {
		try (CorpusStore store = CorpusStore.openOrCreate(dir, "two coders")) {
			Entity minister = F.createEntity();
			minister.setId("minister");
			store.getCorpus().getEntities().add(minister);
			for (int d = 0; d < 3; d++) {
				Document document = F.createDocument();
				document.setId("d" + d);
				store.addDocument(document, SENTENCE.repeat(20));
			}
			store.save();
		}
		String[] coders = { "Alice", "Bob" };
		for (int c = 0; c < 2; c++) {
			try (CorpusStore store = CorpusStore.open(dir, LayerChoice.coder(coders[c]))) {
				List<Tag> tags = store.getCorpus().getTagSets().get(0).getTags();
				for (int d = 0; d < 3; d++) {
					DocumentContent content = store.getContent(store.findDocument("d" + d));
					int i = 0;
					for (int[] range : place.apply(c, d)) {
						SpanAnnotation span = F.createSpanAnnotation();
						span.setId("s" + i);
						span.setBegin(range[0]);
						span.setEnd(range[1]);
						span.getTags().add(tags.get(i++ % 2));
						content.getSpans().add(span);
						Claim claim = F.createClaim();
						claim.setId("c" + i);
						claim.getSpans().add(span);
						claim.setSpeaker(store.getCorpus().getEntities().get(0));
						claim.setStance(i % 3 == 0 ? Stance.DENIES : Stance.ASSERTS);
						content.getClaims().add(claim);
					}
				}
				store.save();
			}
		}
	}

	private AgreementResult study() throws Exception {
		try (CorpusStore store = CorpusStore.openReadOnly(dir)) {
			AgreementInput input = AgreementInput.of(store, null, null);
			assertEquals(List.of("alice", "bob"), input.coders(), "every coder with a layer is compared");
			return AgreementStudy.run(input, new NullProgressMonitor());
		}
	}

	@Test
	void identicalLayersAgreeFully() throws Exception {
		int unit = SENTENCE.length();
		corpus((coder, document) -> new int[][] { { 0, 20 }, { unit + 3, unit + 30 }, { 5 * unit, 6 * unit - 2 } });
		AgreementResult result = study();
		assertEquals(List.of("d0", "d1", "d2"), result.documents());
		assertEquals(1.0, result.spans().corpus().overall().value(), 1e-12);
		assertEquals(18, result.spans().corpus().overall().units(), "3 spans x 3 documents x 2 coders");
		result.spans().corpus().byCategory().values().forEach(a -> assertEquals(1.0, a.value(), 1e-12));
		result.spans().byDocument().values().forEach(a -> assertEquals(1.0, a.overall().value(), 1e-12));
		assertEquals(1.0, result.claims().get(ClaimField.STANCE).alpha().value(), 1e-12);
		assertEquals(1.0, result.claims().get(ClaimField.STANCE).kappa().value(), 1e-12);
		assertEquals(9, result.claims().get(ClaimField.STANCE).alpha().units());
		assertFalse(result.claims().get(ClaimField.SPEAKER).alpha().isDefined(), "one speaker everywhere: no variation, alpha undefined");
		assertTrue(result.problems().isEmpty());
	}

	@Test
	void disjointLayersAgreeNoBetterThanChance() throws Exception {
		int unit = SENTENCE.length();
		corpus((coder, document) -> coder == 0 ? new int[][] { { 0, 20 }, { 2 * unit, 2 * unit + 25 } }
				: new int[][] { { unit, unit + 20 }, { 3 * unit, 3 * unit + 25 } });
		AgreementResult result = study();
		assertTrue(result.spans().corpus().overall().value() <= 0, "alpha-u " + result.spans().corpus().overall().value());
		assertEquals(0, result.claims().get(ClaimField.STANCE).alpha().units(), "no claim covers the same text: nothing to pair");
	}

	@Test
	void aDamagedLayerFileIsNamedAndItsDocumentLeftOut() throws Exception {
		corpus((coder, document) -> new int[][] { { 0, 20 } });
		Files.writeString(dir.resolve("documents/d1@bob.xmi"), "<not xmi");
		AgreementResult result = study();
		assertEquals(List.of("d0", "d2"), result.documents());
		assertEquals(1, result.problems().size());
		assertTrue(result.problems().get(0).contains("d1@bob.xmi"), result.problems().get(0));
		assertNull(result.spans().byDocument().get("d1"));
	}
}
