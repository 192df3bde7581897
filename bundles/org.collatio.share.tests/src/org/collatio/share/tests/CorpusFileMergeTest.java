/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.tests;

import static org.collatio.share.tests.Corpora.TEXT_A;
import static org.collatio.share.tests.Corpora.TEXT_B;
import static org.collatio.share.tests.Corpora.assertNoConflicts;
import static org.collatio.share.tests.Corpora.byId;
import static org.collatio.share.tests.Corpora.claim;
import static org.collatio.share.tests.Corpora.claimOf;
import static org.collatio.share.tests.Corpora.document;
import static org.collatio.share.tests.Corpora.entity;
import static org.collatio.share.tests.Corpora.ids;
import static org.collatio.share.tests.Corpora.merge;
import static org.collatio.share.tests.Corpora.proposition;
import static org.collatio.share.tests.Corpora.relation;
import static org.collatio.share.tests.Corpora.span;
import static org.collatio.share.tests.Corpora.tag;
import static org.collatio.share.tests.Corpora.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.collatio.core.store.CorpusStore;
import org.collatio.model.ClaimRelation;
import org.collatio.model.Corpus;
import org.collatio.model.Proposition;
import org.collatio.model.RelationKind;
import org.collatio.model.Stance;
import org.collatio.model.Tag;
import org.collatio.model.Verdict;
import org.collatio.share.merge.Conflict;
import org.collatio.share.merge.MergeOutcome;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three-way merges of corpus.xmi: tag sets, entities, propositions, relations, document metadata, coders. */
class CorpusFileMergeTest {

	private static final String CORPUS = "corpus.xmi";
	private static final String STATEMENT = "Russian peacekeepers protect the population\r\nof Nagorno-Karabakh \uD83D\uDEE1";

	@TempDir
	Path dir;
	private Corpora corpora;
	private Path base;

	@BeforeEach
	void createBase() throws Exception {
		corpora = new Corpora(dir);
		base = corpora.create("base", store -> {
			Corpus corpus = store.getCorpus();
			entity(corpus, "putin", "Vladimir Putin", "Putin");
			entity(corpus, "grigoryan", "Armen Grigoryan");
			entity(corpus, "interfax", "Interfax");
			proposition(corpus, "p1", STATEMENT);
			proposition(corpus, "p2", "The ceasefire holds");
			document(store, "a", "Putin on peacekeepers", TEXT_A);
			document(store, "b", "Grigoryan on peacekeepers", TEXT_B);
			claim(store, "a", "c1", Stance.ASSERTS, span(store, "a", "s1", 0, 48, tag(store, "tag-statement.claim")));
			claim(store, "b", "c2", Stance.DENIES, span(store, "b", "s1", 0, 20, tag(store, "tag-statement.claim")));
			claim(store, "b", "c3", Stance.ASSERTS, span(store, "b", "s2", 21, 40));
			relation(store, "r1", claimOf(store, "a", "c1"), claimOf(store, "b", "c2"), RelationKind.CONTRADICTS);
			relation(store, "r2", claimOf(store, "a", "c1"), claimOf(store, "b", "c3"), RelationKind.AGREES);
		});
	}

	private Path mine(Corpora.Edit edit) throws Exception {
		return corpora.edit(base, "mine", "Ann", edit);
	}

	private Path theirs(Corpora.Edit edit) throws Exception {
		return corpora.edit(base, "theirs", "Ann", edit);
	}

	private CorpusStore open(MergeOutcome outcome) throws Exception {
		return corpora.open(base, CORPUS, outcome, "Ann");
	}

	@Test
	void entitiesAddedOnBothSidesAreBothKept() throws Exception {
		Path mine = mine(store -> entity(store.getCorpus(), "pashinyan", "Nikol Pashinyan"));
		Path theirs = theirs(store -> entity(store.getCorpus(), "aliyev", "Ilham Aliyev", "Aliyev"));
		MergeOutcome outcome = merge(CORPUS, base, mine, theirs);
		assertNoConflicts(outcome);
		try (CorpusStore store = open(outcome)) {
			assertEquals(List.of("putin", "grigoryan", "interfax", "pashinyan", "aliyev"), ids(store.getCorpus().getEntities()));
			assertEquals(List.of("Aliyev"), byId(store.getCorpus().getEntities(), "aliyev").getAliases());
		}
	}

	@Test
	void aliasesAddedToTheSameEntityOnBothSidesAreBothKept() throws Exception {
		Path mine = mine(store -> byId(store.getCorpus().getEntities(), "putin").getAliases().add("Путин"));
		Path theirs = theirs(store -> byId(store.getCorpus().getEntities(), "putin").getAliases().addAll(List.of("V. Putin", "\uD83D\uDC3B")));
		MergeOutcome outcome = merge(CORPUS, base, mine, theirs);
		assertNoConflicts(outcome);
		try (CorpusStore store = open(outcome)) {
			assertEquals(List.of("Putin", "Путин", "V. Putin", "\uD83D\uDC3B"), byId(store.getCorpus().getEntities(), "putin").getAliases());
		}
	}

	@Test
	void aliasesRemovedOnOneSideAndAddedOnTheOtherAreBothApplied() throws Exception {
		Path mine = mine(store -> byId(store.getCorpus().getEntities(), "putin").getAliases().clear());
		Path theirs = theirs(store -> byId(store.getCorpus().getEntities(), "putin").getAliases().add("VVP"));
		MergeOutcome outcome = merge(CORPUS, base, mine, theirs);
		assertNoConflicts(outcome);
		try (CorpusStore store = open(outcome)) {
			assertEquals(List.of("VVP"), byId(store.getCorpus().getEntities(), "putin").getAliases());
		}
	}

	@Test
	void anObjectBothSidesAddedDifferentlyConflictsFieldByField() throws Exception {
		Path mine = mine(store -> entity(store.getCorpus(), "aliyev", "Ilham Aliyev", "Aliyev"));
		Path theirs = theirs(store -> entity(store.getCorpus(), "aliyev", "I. Aliyev", "Əliyev"));
		MergeOutcome outcome = merge(CORPUS, base, mine, theirs);
		assertEquals(List.of(new Conflict(CORPUS, "Entity", "aliyev", "canonicalName", null, "Ilham Aliyev", "I. Aliyev")), outcome.conflicts());
		try (CorpusStore store = open(outcome)) {
			assertEquals(List.of("putin", "grigoryan", "interfax", "aliyev"), ids(store.getCorpus().getEntities()));
			assertEquals("Ilham Aliyev", byId(store.getCorpus().getEntities(), "aliyev").getCanonicalName());
			assertEquals(List.of("Aliyev", "Əliyev"), byId(store.getCorpus().getEntities(), "aliyev").getAliases());
		}
	}

	@Test
	void aStatementChangedDifferentlyOnBothSidesIsOneConflictAndMineStays() throws Exception {
		String myStatement = "Russian peacekeepers protect civilians\r\nin Karabakh \uD83D\uDEE1";
		Path mine = mine(store -> byId(store.getCorpus().getPropositions(), "p1").setStatement(myStatement));
		Path theirs = theirs(store -> byId(store.getCorpus().getPropositions(), "p1").setStatement("Peacekeepers fail to protect Armenians"));
		MergeOutcome outcome = merge(CORPUS, base, mine, theirs);
		assertEquals(List.of(new Conflict(CORPUS, "Proposition", "p1", "statement", STATEMENT, myStatement, "Peacekeepers fail to protect Armenians")),
				outcome.conflicts());
		try (CorpusStore store = open(outcome)) {
			assertEquals(myStatement, byId(store.getCorpus().getPropositions(), "p1").getStatement());
		}
	}

	@Test
	void theSameChangeOnBothSidesIsNoConflict() throws Exception {
		Path mine = mine(store -> {
			byId(store.getCorpus().getPropositions(), "p1").setStatement("Agreed wording");
			entity(store.getCorpus(), "pashinyan", "Nikol Pashinyan");
		});
		Path theirs = theirs(store -> byId(store.getCorpus().getPropositions(), "p1").setStatement("Agreed wording"));
		MergeOutcome outcome = merge(CORPUS, base, mine, theirs);
		assertNoConflicts(outcome);
		assertArrayEquals(Corpora.bytes(mine, CORPUS), outcome.merged(), "their change is in mine: the merge is mine, byte for byte");
	}

	@Test
	void aStatementChangedOnOneSideWins() throws Exception {
		String theirStatement = "Peacekeepers \uD83D\uDEE1 protect\r\nthe corridor";
		Path mine = mine(store -> byId(store.getCorpus().getPropositions(), "p2").setStatement("The ceasefire broke down"));
		Path theirs = theirs(store -> byId(store.getCorpus().getPropositions(), "p1").setStatement(theirStatement));
		MergeOutcome outcome = merge(CORPUS, base, mine, theirs);
		assertNoConflicts(outcome);
		try (CorpusStore store = open(outcome)) {
			assertEquals(theirStatement, byId(store.getCorpus().getPropositions(), "p1").getStatement());
			assertEquals("The ceasefire broke down", byId(store.getCorpus().getPropositions(), "p2").getStatement());
		}
	}

	@Test
	void aVerdictOnOneSideAndTheStatementOnTheOtherAreBothKept() throws Exception {
		Path mine = mine(store -> {
			Proposition p1 = byId(store.getCorpus().getPropositions(), "p1");
			p1.setVerdict(Verdict.CONTESTED);
			p1.setVerdictNote("Grigoryan \uD83D\uDEE1 denies it\r\nwith figures");
			p1.setVerdictBy(store.getCoder());
		});
		Path theirs = theirs(store -> byId(store.getCorpus().getPropositions(), "p1").setStatement("Peacekeepers protect civilians"));
		MergeOutcome outcome = merge(CORPUS, base, mine, theirs);
		assertNoConflicts(outcome);
		try (CorpusStore store = open(outcome)) {
			Proposition p1 = byId(store.getCorpus().getPropositions(), "p1");
			assertEquals("Peacekeepers protect civilians", p1.getStatement());
			assertEquals(Verdict.CONTESTED, p1.getVerdict());
			assertEquals("Grigoryan \uD83D\uDEE1 denies it\r\nwith figures", p1.getVerdictNote());
			assertSame(store.getCoder(), p1.getVerdictBy());
		}
	}

	@Test
	void anEntityDeletedOnOneSideAndRenamedOnTheOtherIsAConflictAndKept() throws Exception {
		Path mine = mine(store -> EcoreUtil.remove(byId(store.getCorpus().getEntities(), "interfax")));
		Path theirs = theirs(store -> byId(store.getCorpus().getEntities(), "interfax").setCanonicalName("Interfax news agency"));
		MergeOutcome outcome = merge(CORPUS, base, mine, theirs);
		assertEquals(List.of(new Conflict(CORPUS, "Entity", "interfax", null, "canonicalName=Interfax", null, "canonicalName=Interfax news agency")),
				outcome.conflicts());
		try (CorpusStore store = open(outcome)) {
			assertEquals(List.of("putin", "grigoryan", "interfax"), ids(store.getCorpus().getEntities()), "kept in its place");
			assertEquals("Interfax news agency", byId(store.getCorpus().getEntities(), "interfax").getCanonicalName());
		}
		// the other way round: renamed by me, deleted by them
		MergeOutcome reverse = merge(CORPUS, base, theirs, mine);
		assertEquals(List.of(new Conflict(CORPUS, "Entity", "interfax", null, "canonicalName=Interfax", "canonicalName=Interfax news agency", null)),
				reverse.conflicts());
		try (CorpusStore store = open(reverse)) {
			assertEquals("Interfax news agency", byId(store.getCorpus().getEntities(), "interfax").getCanonicalName());
		}
	}

	@Test
	void anEntityDeletedOnOneSideAndLeftOnTheOtherIsDeleted() throws Exception {
		Path mine = mine(store -> byId(store.getCorpus().getEntities(), "putin").getAliases().add("VVP"));
		Path theirs = theirs(store -> EcoreUtil.remove(byId(store.getCorpus().getEntities(), "interfax")));
		MergeOutcome outcome = merge(CORPUS, base, mine, theirs);
		assertNoConflicts(outcome);
		try (CorpusStore store = open(outcome)) {
			assertEquals(List.of("putin", "grigoryan"), ids(store.getCorpus().getEntities()));
			assertEquals(List.of("Putin", "VVP"), byId(store.getCorpus().getEntities(), "putin").getAliases());
		}
	}

	@Test
	void anEntityTheirDocumentNamesAsOutletIsNotDeletedUnderIt() throws Exception {
		// I deleted Interfax (unchanged by them), they made it the outlet of document b: it stays, reported
		Path mine = mine(store -> EcoreUtil.remove(byId(store.getCorpus().getEntities(), "interfax")));
		Path theirs = theirs(store -> store.findDocument("b").setOutletEntity(byId(store.getCorpus().getEntities(), "interfax")));
		MergeOutcome outcome = merge(CORPUS, base, mine, theirs);
		assertEquals(List.of(new Conflict(CORPUS, "Entity", "interfax", null, "canonicalName=Interfax", null, "canonicalName=Interfax")),
				outcome.conflicts());
		try (CorpusStore store = open(outcome)) {
			assertEquals("Interfax", store.findDocument("b").getOutletEntity().getCanonicalName());
		}
		// they deleted it, I made it the outlet: the same
		MergeOutcome reverse = merge(CORPUS, base, theirs, mine);
		assertEquals(1, reverse.conflicts().size(), reverse.conflicts().toString());
		try (CorpusStore store = open(reverse)) {
			assertEquals("Interfax", store.findDocument("b").getOutletEntity().getCanonicalName());
		}
	}

	@Test
	void aRelationAddedOnOneSideAndAnotherDeletedOnTheOtherAreBothApplied() throws Exception {
		Path mine = mine(store -> relation(store, "r3", claimOf(store, "b", "c3"), claimOf(store, "b", "c2"), RelationKind.QUALIFIES));
		Path theirs = theirs(store -> EcoreUtil.remove(byId(store.getCorpus().getRelations(), "r2")));
		MergeOutcome outcome = merge(CORPUS, base, mine, theirs);
		assertNoConflicts(outcome);
		String xml = text(outcome.merged());
		assertTrue(xml.contains("<source href=\"documents/b.xmi#c3\"/>"), "references to other files are written as they were read");
		try (CorpusStore store = open(outcome)) {
			assertEquals(List.of("r1", "r3"), ids(store.getCorpus().getRelations()));
			ClaimRelation r3 = byId(store.getCorpus().getRelations(), "r3");
			assertEquals("c2", r3.getTarget().getId(), "the claim resolves from its document");
			assertFalse(r3.getTarget().eIsProxy());
		}
	}

	@Test
	void relationsAddedOnBothSidesAreKeptInOrder() throws Exception {
		Path mine = mine(store -> relation(store, "r-mine", claimOf(store, "b", "c3"), claimOf(store, "b", "c2"), RelationKind.QUALIFIES));
		Path theirs = theirs(store -> {
			relation(store, "r-theirs-1", claimOf(store, "b", "c2"), claimOf(store, "a", "c1"), RelationKind.CONTRADICTS);
			relation(store, "r-theirs-2", claimOf(store, "b", "c3"), claimOf(store, "a", "c1"), RelationKind.UPDATES);
		});
		MergeOutcome outcome = merge(CORPUS, base, mine, theirs);
		assertNoConflicts(outcome);
		try (CorpusStore store = open(outcome)) {
			assertEquals(List.of("r1", "r2", "r-mine", "r-theirs-1", "r-theirs-2"), ids(store.getCorpus().getRelations()));
		}
	}

	@Test
	void documentMetadataChangedOnOneSideWins() throws Exception {
		String title = "Путин \uD83D\uDEE1 on peacekeepers\r\n(updated)";
		Path mine = mine(store -> store.findDocument("a").setOutlet("TASS"));
		Path theirs = theirs(store -> {
			store.findDocument("a").setTitle(title);
			store.findDocument("b").setPublicationDate("2023-09-20");
		});
		MergeOutcome outcome = merge(CORPUS, base, mine, theirs);
		assertNoConflicts(outcome);
		try (CorpusStore store = open(outcome)) {
			assertEquals(title, store.findDocument("a").getTitle());
			assertEquals("TASS", store.findDocument("a").getOutlet());
			assertEquals("2023-09-20", store.findDocument("b").getPublicationDate());
			assertEquals(TEXT_A, store.getContent(store.findDocument("a")).getText());
		}
	}

	@Test
	void boilerplateIsComparedAsAWholeList() throws Exception {
		Path mine = mine(store -> store.findDocument("a").getBoilerplate().add(region(0, 5)));
		Path theirs = theirs(store -> store.findDocument("a").getBoilerplate().add(region(10, 20)));
		MergeOutcome outcome = merge(CORPUS, base, mine, theirs);
		assertEquals(1, outcome.conflicts().size());
		Conflict conflict = outcome.conflicts().get(0);
		assertEquals(List.of("Document", "a", "boilerplate", "[]"), List.of(conflict.kind(), conflict.id(), conflict.feature(), conflict.base()));
		try (CorpusStore store = open(outcome)) {
			assertEquals(5, store.findDocument("a").getBoilerplate().get(0).getEnd(), "mine until resolved");
		}
		Path theirsOnly = corpora.edit(base, "theirs-only", "Ann", store -> store.findDocument("b").getBoilerplate().add(region(1, 2)));
		MergeOutcome one = merge(CORPUS, base, mine, theirsOnly);
		assertNoConflicts(one);
		try (CorpusStore store = open(one)) {
			assertEquals(1, store.findDocument("a").getBoilerplate().size());
			assertEquals(2, store.findDocument("b").getBoilerplate().get(0).getEnd());
		}
	}

	private static org.collatio.model.TextRegion region(int begin, int end) {
		org.collatio.model.TextRegion region = Corpora.F.createTextRegion();
		region.setBegin(begin);
		region.setEnd(end);
		region.setKind(org.collatio.model.RegionKind.BYLINE);
		return region;
	}

	@Test
	void aTagReParentedOnOneSideMoves() throws Exception {
		Path mine = mine(store -> tag(store, "tag-fact.date").setName("Date"));
		Path theirs = theirs(store -> tag(store, "tag-statement").getChildren().add(1, tag(store, "tag-fact.place")));
		MergeOutcome outcome = merge(CORPUS, base, mine, theirs);
		assertNoConflicts(outcome);
		try (CorpusStore store = open(outcome)) {
			Tag place = tag(store, "tag-fact.place");
			assertEquals("tag-statement", place.getParent().getId());
			assertEquals(1, tag(store, "tag-statement").getChildren().indexOf(place), "where they put it");
			assertEquals("Date", tag(store, "tag-fact.date").getName());
		}
	}

	@Test
	void aTagMovedDifferentlyOnBothSidesIsAConflictAndStaysWhereIPutIt() throws Exception {
		Path mine = mine(store -> tag(store, "tag-statement").getChildren().add(tag(store, "tag-fact.place")));
		Path theirs = theirs(store -> tag(store, "tag-actor").getChildren().add(tag(store, "tag-fact.place")));
		MergeOutcome outcome = merge(CORPUS, base, mine, theirs);
		assertEquals(List.of(new Conflict(CORPUS, "Tag", "tag-fact.place", "container", "Tag tag-fact", "Tag tag-statement", "Tag tag-actor")),
				outcome.conflicts());
		try (CorpusStore store = open(outcome)) {
			assertEquals("tag-statement", tag(store, "tag-fact.place").getParent().getId());
		}
	}

	@Test
	void changesOnDifferentObjectsGiveWhatTheStoreWritesWithBoth() throws Exception {
		Corpora.Edit myEdit = store -> {
			byId(store.getCorpus().getEntities(), "putin").getAliases().add("Путин");
			store.findDocument("b").setTitle("Grigoryan \uD83D\uDEE1\r\nsecond line");
			relation(store, "r3", claimOf(store, "b", "c3"), claimOf(store, "b", "c2"), RelationKind.QUALIFIES);
		};
		Corpora.Edit theirEdit = store -> {
			byId(store.getCorpus().getPropositions(), "p2").setVerdict(Verdict.CONSISTENT);
			EcoreUtil.remove(byId(store.getCorpus().getRelations(), "r1"));
			entity(store.getCorpus(), "aliyev", "Ilham Aliyev");
		};
		Path mine = mine(myEdit);
		Path theirs = theirs(theirEdit);
		Path both = corpora.edit(base, "both", "Ann", store -> {
			myEdit.apply(store);
			theirEdit.apply(store);
		});
		MergeOutcome outcome = merge(CORPUS, base, mine, theirs);
		assertNoConflicts(outcome);
		assertEquals(text(Corpora.bytes(both, CORPUS)), text(outcome.merged()));
		assertArrayEquals(Corpora.bytes(both, CORPUS), outcome.merged());
	}

	@Test
	void aCoderRegisteredOnEachSideIsKeptOnce() throws Exception {
		Path mine = corpora.edit(base, "mine", "Bob", store -> {
		});
		Path theirs = corpora.edit(base, "theirs", "Bob", store -> entity(store.getCorpus(), "aliyev", "Ilham Aliyev"));
		MergeOutcome outcome = merge(CORPUS, base, mine, theirs);
		assertNoConflicts(outcome);
		try (CorpusStore store = open(outcome)) {
			assertEquals(List.of("ann", "bob"), ids(store.getCorpus().getAnnotators()));
		}
	}

	@Test
	void aCorpusDeletedOnOneSideAndUnchangedOnTheOtherIsDeleted() throws Exception {
		assertNull(merge(CORPUS, base, null, base).merged());
		assertNull(merge(CORPUS, base, base, null).merged());
	}
}
