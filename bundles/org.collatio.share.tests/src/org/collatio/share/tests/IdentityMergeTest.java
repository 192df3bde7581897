/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.tests;

import static org.collatio.share.tests.Corpora.assertNoConflicts;
import static org.collatio.share.tests.Corpora.bytes;
import static org.collatio.share.tests.Corpora.claim;
import static org.collatio.share.tests.Corpora.claimOf;
import static org.collatio.share.tests.Corpora.document;
import static org.collatio.share.tests.Corpora.entity;
import static org.collatio.share.tests.Corpora.proposition;
import static org.collatio.share.tests.Corpora.relation;
import static org.collatio.share.tests.Corpora.span;
import static org.collatio.share.tests.Corpora.tag;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Path;

import org.collatio.model.RelationKind;
import org.collatio.model.Stance;
import org.collatio.share.merge.MergeOutcome;
import org.collatio.share.merge.ModelMerge;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What one side alone changed comes back byte for byte: the merged file is written as the store
 * writes it. The last two tests go through the whole merge (neither side equals the base), so they
 * check that the serialisation reproduces a file the store wrote.
 */
class IdentityMergeTest {

	private static final String CORPUS = "corpus.xmi";
	private static final String LAYER = "documents/a.xmi";

	@TempDir
	Path dir;
	private Corpora corpora;
	private Path base;
	private Path changed;

	@BeforeEach
	void createVersions() throws Exception {
		corpora = new Corpora(dir);
		base = corpora.create("base", store -> {
			entity(store.getCorpus(), "putin", "Vladimir Putin \uD83D\uDEE1", "Putin");
			proposition(store.getCorpus(), "p1", "Peacekeepers protect\r\ncivilians");
			document(store, "a", "Title \uD83D\uDEE1\r\nline two", Corpora.TEXT_A);
			document(store, "b", "B", Corpora.TEXT_B);
			claim(store, "a", "c1", Stance.ASSERTS, span(store, "a", "s1", 0, 5, tag(store, "tag-statement.claim")));
			claim(store, "b", "c2", Stance.DENIES, span(store, "b", "s1", 0, 5));
			relation(store, "r1", claimOf(store, "a", "c1"), claimOf(store, "b", "c2"), RelationKind.CONTRADICTS);
		});
		changed = corpora.edit(base, "changed", "Ann", IdentityMergeTest::change);
	}

	/** A bit of everything: added, changed, deleted, in both files. */
	private static void change(org.collatio.core.store.CorpusStore store) throws Exception {
		entity(store.getCorpus(), "pashinyan", "Nikol Pashinyan", "Пашинян");
		store.getCorpus().getEntities().get(0).getAliases().add("VVP");
		store.findDocument("a").setTitle("Other \uD83D\uDEE1 title\r\n");
		relation(store, "r2", claimOf(store, "b", "c2"), claimOf(store, "a", "c1"), RelationKind.AGREES);
		claimOf(store, "a", "c1").setStance(Stance.UNCERTAIN);
		claim(store, "a", "c3", Stance.DENIES, span(store, "a", "s2", 6, 9, tag(store, "tag-fact.event")));
		EcoreUtil.remove(store.getCorpus().getPropositions().get(0));
	}

	@Test
	void theSameVersionThreeTimesIsThatVersion() throws Exception {
		for (String path : new String[] { CORPUS, LAYER }) {
			byte[] x = bytes(changed, path);
			MergeOutcome outcome = new ModelMerge().merge(path, x, x, x);
			assertNoConflicts(outcome);
			assertArrayEquals(x, outcome.merged(), path);
		}
	}

	@Test
	void whatOnlyOneSideChangedIsThatSidesVersion() throws Exception {
		for (String path : new String[] { CORPUS, LAYER }) {
			MergeOutcome mine = Corpora.merge(path, base, changed, base);
			assertNoConflicts(mine);
			assertArrayEquals(bytes(changed, path), mine.merged(), path + ": merge(base, mine, base) == mine");
			MergeOutcome theirs = Corpora.merge(path, base, base, changed);
			assertNoConflicts(theirs);
			assertArrayEquals(bytes(changed, path), theirs.merged(), path + ": merge(base, base, theirs) == theirs");
		}
	}

	@Test
	void whenTheirChangesAreAPartOfMineTheMergeIsMine() throws Exception {
		// they made some of my changes: every object is merged and the file written again
		Path part = corpora.edit(base, "part", "Ann", store -> {
			entity(store.getCorpus(), "pashinyan", "Nikol Pashinyan", "Пашинян");
			store.findDocument("a").setTitle("Other \uD83D\uDEE1 title\r\n");
			claimOf(store, "a", "c1").setStance(Stance.UNCERTAIN);
		});
		for (String path : new String[] { CORPUS, LAYER }) {
			MergeOutcome outcome = Corpora.merge(path, base, changed, part);
			assertNoConflicts(outcome);
			assertArrayEquals(bytes(changed, path), outcome.merged(), path + ": merge(base, mine, part of mine) == mine");
		}
	}

	@Test
	void whenMyChangesAreAPartOfTheirsTheMergeIsTheirs() throws Exception {
		Path part = corpora.edit(base, "part", "Ann", store -> {
			store.getCorpus().getEntities().get(0).getAliases().add("VVP");
			relation(store, "r2", claimOf(store, "b", "c2"), claimOf(store, "a", "c1"), RelationKind.AGREES);
			EcoreUtil.remove(store.getCorpus().getPropositions().get(0));
			claim(store, "a", "c3", Stance.DENIES, span(store, "a", "s2", 6, 9, tag(store, "tag-fact.event")));
		});
		for (String path : new String[] { CORPUS, LAYER }) {
			MergeOutcome outcome = Corpora.merge(path, base, part, changed);
			assertNoConflicts(outcome);
			assertArrayEquals(bytes(changed, path), outcome.merged(), path + ": merge(base, part of theirs, theirs) == theirs");
		}
	}
}
