/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.tests;

import static org.collatio.share.tests.Corpora.TEXT_A;
import static org.collatio.share.tests.Corpora.TEXT_B;
import static org.collatio.share.tests.Corpora.assertNoConflicts;
import static org.collatio.share.tests.Corpora.claim;
import static org.collatio.share.tests.Corpora.claimOf;
import static org.collatio.share.tests.Corpora.document;
import static org.collatio.share.tests.Corpora.entity;
import static org.collatio.share.tests.Corpora.ids;
import static org.collatio.share.tests.Corpora.merge;
import static org.collatio.share.tests.Corpora.span;
import static org.collatio.share.tests.Corpora.spanOf;
import static org.collatio.share.tests.Corpora.tag;
import static org.collatio.share.tests.Corpora.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.collatio.core.store.CorpusStore;
import org.collatio.model.Claim;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Stance;
import org.collatio.model.Tag;
import org.collatio.share.merge.Conflict;
import org.collatio.share.merge.MergeOutcome;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three-way merges of a layer's annotation file: Bob coding the same document on two machines. */
class LayerFileMergeTest {

	private static final String FILE = "documents/a@bob.xmi";
	private static final String BOB = "Bob";

	@TempDir
	Path dir;
	private Corpora corpora;
	private Path base;

	@BeforeEach
	void createBase() throws Exception {
		corpora = new Corpora(dir);
		Path created = corpora.create("created", store -> {
			entity(store.getCorpus(), "putin", "Vladimir Putin");
			document(store, "a", "Putin \uD83D\uDEE1 on peacekeepers\r\nday two", TEXT_A);
			document(store, "b", "Grigoryan", TEXT_B);
		});
		base = corpora.edit(created, "base", BOB, store -> {
			SpanAnnotation s1 = span(store, "a", "s1", 0, 10, tag(store, "tag-statement.claim"), tag(store, "tag-actor.speaker"));
			SpanAnnotation s2 = span(store, "a", "s2", 11, TEXT_A.indexOf('\r'), tag(store, "tag-statement.quote"));
			claim(store, "a", "c1", Stance.ASSERTS, s1, s2).setSpeaker(store.getCorpus().getEntities().get(0));
			claim(store, "a", "c2", Stance.DENIES, s2);
		});
	}

	private Path mine(Corpora.Edit edit) throws Exception {
		return corpora.edit(base, "mine", BOB, edit);
	}

	private Path theirs(Corpora.Edit edit) throws Exception {
		return corpora.edit(base, "theirs", BOB, edit);
	}

	private DocumentContent content(CorpusStore store) throws Exception {
		return store.getContent(store.findDocument("a"));
	}

	@Test
	void spansAndClaimsAddedOnBothSidesAreKept() throws Exception {
		Path mine = mine(store -> claim(store, "a", "c-mine", Stance.UNCERTAIN, span(store, "a", "s-mine", 24, 26, tag(store, "tag-fact.event"))));
		Path theirs = theirs(store -> {
			claim(store, "a", "c-theirs", Stance.DENIES, span(store, "a", "s-theirs", 30, 40), spanOf(store, "a", "s1"));
			span(store, "a", "s-theirs-2", 50, 55, tag(store, "tag-fact.place"));
		});
		MergeOutcome outcome = merge(FILE, base, mine, theirs);
		assertNoConflicts(outcome);
		String xml = text(outcome.merged());
		assertTrue(xml.contains("<tags href=\"../corpus.xmi#tag-fact.place\"/>"), xml);
		assertTrue(xml.contains("<document href=\"../corpus.xmi#a\"/>"), xml);
		try (CorpusStore store = corpora.open(base, FILE, outcome, BOB)) {
			DocumentContent content = content(store);
			assertEquals(TEXT_A, content.getText());
			assertEquals(List.of("s1", "s2", "s-mine", "s-theirs", "s-theirs-2"), ids(content.getSpans()));
			assertEquals(List.of("c1", "c2", "c-mine", "c-theirs"), ids(content.getClaims()));
			Claim theirClaim = claimOf(store, "a", "c-theirs");
			assertEquals(List.of("s-theirs", "s1"), ids(theirClaim.getSpans()));
			assertEquals(content, theirClaim.getSpans().get(1).eContainer(), "their claim uses the merged span");
			assertEquals("Place", spanOf(store, "a", "s-theirs-2").getTags().get(0).getName(), "a tag of corpus.xmi");
			assertEquals("bob", theirClaim.getAnnotator().getId());
		}
	}

	@Test
	void aStanceChangedDifferentlyOnBothSidesIsAConflict() throws Exception {
		Path mine = mine(store -> edit(claimOf(store, "a", "c1"), Stance.DENIES, 1));
		Path theirs = theirs(store -> edit(claimOf(store, "a", "c1"), Stance.UNCERTAIN, 2));
		MergeOutcome outcome = merge(FILE, base, mine, theirs);
		assertEquals(List.of(new Conflict(FILE, "Claim", "c1", "stance", "ASSERTS", "DENIES", "UNCERTAIN")), outcome.conflicts(),
				"the time stamps of the two edits are no conflict");
		try (CorpusStore store = corpora.open(base, FILE, outcome, BOB)) {
			Claim c1 = claimOf(store, "a", "c1");
			assertEquals(Stance.DENIES, c1.getStance());
			assertEquals(new Date(Corpora.WHEN.getTime() + 2), c1.getModified(), "the later edit's time");
		}
	}

	private static void edit(Claim claim, Stance stance, long later) {
		claim.setStance(stance);
		claim.setModified(new Date(Corpora.WHEN.getTime() + later));
	}

	@Test
	void aClaimDeletedOnOneSideAndUnchangedOnTheOtherIsDeleted() throws Exception {
		Path mine = mine(store -> edit(claimOf(store, "a", "c1"), Stance.DENIES, 1));
		Path theirs = theirs(store -> EcoreUtil.remove(claimOf(store, "a", "c2")));
		MergeOutcome outcome = merge(FILE, base, mine, theirs);
		assertNoConflicts(outcome);
		try (CorpusStore store = corpora.open(base, FILE, outcome, BOB)) {
			assertEquals(List.of("c1"), ids(content(store).getClaims()));
			assertEquals(Stance.DENIES, claimOf(store, "a", "c1").getStance());
		}
	}

	@Test
	void aClaimDeletedOnOneSideAndEditedOnTheOtherIsAConflictAndKept() throws Exception {
		Path mine = mine(store -> EcoreUtil.remove(claimOf(store, "a", "c2")));
		Path theirs = theirs(store -> claimOf(store, "a", "c2").setParaphrase("He denies \uD83D\uDEE1 it"));
		MergeOutcome outcome = merge(FILE, base, mine, theirs);
		assertEquals(1, outcome.conflicts().size());
		Conflict conflict = outcome.conflicts().get(0);
		assertEquals(List.of("Claim", "c2"), List.of(conflict.kind(), conflict.id()));
		assertNull(conflict.feature());
		assertNull(conflict.mine(), "I deleted it");
		assertTrue(conflict.theirs().contains("paraphrase=He denies \uD83D\uDEE1 it"), conflict.theirs());
		try (CorpusStore store = corpora.open(base, FILE, outcome, BOB)) {
			assertEquals(List.of("c1", "c2"), ids(content(store).getClaims()));
			assertEquals("He denies \uD83D\uDEE1 it", claimOf(store, "a", "c2").getParaphrase());
		}
	}

	@Test
	void aSpansTagsAreMergedAsASet() throws Exception {
		Path mine = mine(store -> spanOf(store, "a", "s1").getTags().add(tag(store, "tag-statement.quote")));
		Path theirs = theirs(store -> {
			SpanAnnotation s1 = spanOf(store, "a", "s1");
			s1.getTags().remove(tag(store, "tag-actor.speaker"));
			s1.getTags().add(tag(store, "tag-statement.denial"));
		});
		MergeOutcome outcome = merge(FILE, base, mine, theirs);
		assertNoConflicts(outcome);
		try (CorpusStore store = corpora.open(base, FILE, outcome, BOB)) {
			assertEquals(List.of("tag-statement.claim", "tag-statement.quote", "tag-statement.denial"),
					spanOf(store, "a", "s1").getTags().stream().map(Tag::getId).toList());
		}
	}

	@Test
	void aSpanTheyDeletedStaysWhileMyNewClaimUsesIt() throws Exception {
		Path mine = mine(store -> claim(store, "a", "c3", Stance.ASSERTS, spanOf(store, "a", "s1")));
		Path theirs = theirs(store -> {
			Claim c1 = claimOf(store, "a", "c1");
			c1.getSpans().remove(spanOf(store, "a", "s1"));
			EcoreUtil.remove(spanOf(store, "a", "s1"));
		});
		MergeOutcome outcome = merge(FILE, base, mine, theirs);
		assertEquals(1, outcome.conflicts().size(), outcome.conflicts().toString());
		assertEquals(List.of("SpanAnnotation", "s1"), List.of(outcome.conflicts().get(0).kind(), outcome.conflicts().get(0).id()));
		assertNull(outcome.conflicts().get(0).theirs(), "they deleted it");
		try (CorpusStore store = corpora.open(base, FILE, outcome, BOB)) {
			assertEquals(List.of("s1"), ids(claimOf(store, "a", "c3").getSpans()));
			assertEquals(List.of("s2"), ids(claimOf(store, "a", "c1").getSpans()), "their change to c1 is applied");
		}
	}

	@Test
	void aFileBothSidesAddedIsMergedWithoutBase() throws Exception {
		String file = "documents/b@bob.xmi";
		Path mine = mine(store -> claim(store, "b", "c-mine", Stance.ASSERTS, span(store, "b", "s-mine", 0, 9)));
		Path theirs = theirs(store -> claim(store, "b", "c-theirs", Stance.DENIES, span(store, "b", "s-theirs", 10, 14)));
		assertNull(Corpora.bytes(base, file));
		MergeOutcome outcome = merge(file, null, mine, theirs);
		assertNoConflicts(outcome);
		try (CorpusStore store = corpora.open(base, file, outcome, BOB)) {
			DocumentContent content = store.getContent(store.findDocument("b"));
			assertEquals(List.of("s-mine", "s-theirs"), ids(content.getSpans()));
			assertEquals(List.of("c-mine", "c-theirs"), ids(content.getClaims()));
		}
	}

	@Test
	void aFileDeletedOnOneSideGoesUnlessTheOtherSideChangedIt() throws Exception {
		Path deleted = corpora.copy(base, "deleted");
		java.nio.file.Files.delete(deleted.resolve(FILE));
		Path changed = theirs(store -> span(store, "a", "s3", 1, 2));
		assertNull(merge(FILE, base, deleted, base).merged());
		assertNull(merge(FILE, base, base, deleted).merged());
		MergeOutcome kept = merge(FILE, base, deleted, changed);
		assertArrayEquals(Corpora.bytes(changed, FILE), kept.merged());
		assertEquals(1, kept.conflicts().size());
		Conflict conflict = kept.conflicts().get(0);
		assertEquals("DocumentContent", conflict.kind());
		assertNull(conflict.feature());
		assertNull(conflict.mine());
		assertTrue(conflict.theirs().contains("spans: 3"), conflict.theirs());
		assertNull(merge(FILE, base, deleted, deleted).merged());
	}

	@Test
	void changesOnDifferentObjectsGiveWhatTheStoreWritesWithBoth() throws Exception {
		Corpora.Edit myEdit = store -> {
			spanOf(store, "a", "s2").setNote("a note \uD83D\uDEE1\r\nover two lines");
			claim(store, "a", "c3", Stance.UNCERTAIN, span(store, "a", "s3", 2, 4));
		};
		Corpora.Edit theirEdit = store -> {
			EcoreUtil.remove(claimOf(store, "a", "c2"));
			claimOf(store, "a", "c1").setWhenStated("on Wednesday");
			org.collatio.model.Mention mention = Corpora.F.createMention();
			mention.setId("m1");
			mention.setSpan(spanOf(store, "a", "s1"));
			mention.setEntity(store.getCorpus().getEntities().get(0));
			content(store).getMentions().add(mention);
		};
		Path mine = mine(myEdit);
		Path theirs = theirs(theirEdit);
		Path both = corpora.edit(base, "both", BOB, store -> {
			myEdit.apply(store);
			theirEdit.apply(store);
		});
		MergeOutcome outcome = merge(FILE, base, mine, theirs);
		assertNoConflicts(outcome);
		assertEquals(text(Corpora.bytes(both, FILE)), text(outcome.merged()));
		assertFalse(text(outcome.merged()).contains("collatio-merge"), "no trace of where the versions were read");
	}
}
