/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.tests;

import static org.collatio.share.tests.Corpora.assertNoConflicts;
import static org.collatio.share.tests.Corpora.bytes;
import static org.collatio.share.tests.Corpora.entity;
import static org.collatio.share.tests.Corpora.proposition;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Locale;

import org.collatio.core.store.CorpusStore;
import org.collatio.model.Claim;
import org.collatio.model.ClaimRelation;
import org.collatio.model.Corpus;
import org.collatio.model.Document;
import org.collatio.model.RelationKind;
import org.collatio.share.merge.MergeOutcome;
import org.collatio.share.merge.ModelMerge;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The merge of corpus.xmi at project scale: 2,095 documents and 20,000 relations, each side adding
 * 100 objects. The time is printed, not asserted (the build machine is shared).
 */
class MergePerformanceTest {

	private static final int DOCUMENTS = 2_095;
	private static final int RELATIONS = 20_000;

	@TempDir
	Path dir;

	@Test
	void aLargeCorpusFileMergesQuickly() throws Exception {
		Corpora corpora = new Corpora(dir);
		Path base = corpora.create("base", store -> {
			for (int i = 0; i < 300; i++) {
				entity(store.getCorpus(), "entity-" + i, "Entity " + i, "Alias " + i);
			}
			for (int i = 0; i < 200; i++) {
				proposition(store.getCorpus(), "proposition-" + i, "Statement " + i);
			}
			for (int i = 0; i < DOCUMENTS; i++) {
				Document document = Corpora.F.createDocument();
				document.setId("doc-" + i);
				document.setTitle("Article " + i + " \uD83D\uDEE1");
				document.setOutlet("Outlet " + i % 40);
				document.setPublicationDate("2023-09-" + (10 + i % 20));
				store.addDocument(document, "Text of article " + i + ".\r\n");
			}
			addRelations(store, "relation-", 0, RELATIONS);
		});
		Path mine = corpora.edit(base, "mine", "Ann", store -> {
			addRelations(store, "mine-relation-", 7, 60);
			for (int i = 0; i < 40; i++) {
				entity(store.getCorpus(), "mine-entity-" + i, "Mine " + i);
			}
		});
		Path theirs = corpora.edit(base, "theirs", "Ann", store -> {
			addRelations(store, "their-relation-", 11, 60);
			for (int i = 0; i < 40; i++) {
				proposition(store.getCorpus(), "their-proposition-" + i, "Their statement " + i);
			}
		});
		byte[] baseBytes = bytes(base, "corpus.xmi");
		byte[] mineBytes = bytes(mine, "corpus.xmi");
		byte[] theirBytes = bytes(theirs, "corpus.xmi");
		MergeOutcome outcome = null;
		for (int run = 1; run <= 3; run++) {
			long start = System.nanoTime();
			outcome = new ModelMerge().merge("corpus.xmi", baseBytes, mineBytes, theirBytes);
			long millis = (System.nanoTime() - start) / 1_000_000;
			System.out.printf(Locale.ROOT, "merge of corpus.xmi (%,d bytes; %d documents, %d relations, 100 objects added on each side), run %d: %d ms%n",
					mineBytes.length, DOCUMENTS, RELATIONS, run, millis);
		}
		assertNoConflicts(outcome);
		try (CorpusStore store = corpora.open(base, "corpus.xmi", outcome, "Ann")) {
			Corpus corpus = store.getCorpus();
			assertEquals(DOCUMENTS, corpus.getDocuments().size());
			assertEquals(RELATIONS + 120, corpus.getRelations().size());
			assertEquals(340, corpus.getEntities().size());
			assertEquals(240, corpus.getPropositions().size());
		}
	}

	/** Relations between claims of the documents, as references into their files (never read here). */
	private static void addRelations(CorpusStore store, String prefix, int seed, int count) {
		for (int i = 0; i < count; i++) {
			int source = (i * 31 + seed) % DOCUMENTS;
			int target = (i * 17 + seed + 1) % DOCUMENTS;
			ClaimRelation relation = Corpora.F.createClaimRelation();
			relation.setId(prefix + i);
			relation.setKind(RelationKind.values()[i % RelationKind.values().length]);
			relation.setSource(claim(store, "doc-" + source, "claim-" + i % 10));
			relation.setTarget(claim(store, "doc-" + target, "claim-" + (i + 3) % 10));
			relation.setCreated(Corpora.WHEN);
			relation.setAnnotator(store.getCoder());
			store.getCorpus().getRelations().add(relation);
		}
	}

	private static Claim claim(CorpusStore store, String document, String id) {
		Claim claim = Corpora.F.createClaim();
		((InternalEObject) claim).eSetProxyURI(store.getLayout().contentUri(document).appendFragment(id));
		return claim;
	}
}
