/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.curation.tests;

import static org.collatio.coders.curation.tests.fixtures.TwoCoderCorpus.ACROSS;
import static org.collatio.coders.curation.tests.fixtures.TwoCoderCorpus.DENIED;
import static org.collatio.coders.curation.tests.fixtures.TwoCoderCorpus.DOCUMENT;
import static org.collatio.coders.curation.tests.fixtures.TwoCoderCorpus.MET;
import static org.collatio.coders.curation.tests.fixtures.TwoCoderCorpus.MOSCOW;
import static org.collatio.coders.curation.tests.fixtures.TwoCoderCorpus.PASHINYAN;
import static org.collatio.coders.curation.tests.fixtures.TwoCoderCorpus.PUTIN;
import static org.collatio.coders.curation.tests.fixtures.TwoCoderCorpus.SAID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.collatio.coders.curation.ClaimVersion;
import org.collatio.coders.curation.CoderLayer;
import org.collatio.coders.curation.CuratedState;
import org.collatio.coders.curation.Curation;
import org.collatio.coders.curation.CurationInput;
import org.collatio.coders.curation.CurationRow;
import org.collatio.coders.curation.RowKind;
import org.collatio.coders.curation.SpanVersion;
import org.collatio.coders.curation.TagRef;
import org.collatio.coders.curation.tests.fixtures.TwoCoderCorpus;
import org.collatio.core.edit.SpanCommands;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.CorpusStore.LayerChoice;
import org.collatio.core.store.Layers;
import org.collatio.core.tags.Tags;
import org.collatio.model.ClaimKind;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Stance;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rows of a two-coder document: what each coder has at each range, how they differ, what the curated layer holds. */
class CurationTest {

	@TempDir
	Path dir;

	@BeforeEach
	void twoCoders() throws Exception {
		TwoCoderCorpus.create(dir);
	}

	static Curation curation(CorpusStore store) throws Exception {
		CurationInput input = CurationInput.of(store, store.findDocument(DOCUMENT));
		try (var reader = input.reader()) {
			return Curation.of(input, new NullProgressMonitor());
		}
	}

	static CurationRow row(Curation curation, int[] range) {
		return curation.rows().stream().filter(r -> r.begin() == range[0] && r.end() == range[1]).findFirst().orElseThrow();
	}

	@Test
	void everyRangeAnyCoderHasIsARowInDocumentOrderWithTheKindOfItsDifference() throws Exception {
		try (CorpusStore curator = CorpusStore.open(dir, LayerChoice.coder("Carol").onLayer(Layers.CURATED))) {
			Curation curation = curation(curator);
			assertEquals(List.of(new CoderLayer("alice", "Alice"), new CoderLayer("bob", "Bob")), curation.coders(),
					"Carol, who has no span in the document, is no column");
			assertEquals(List.of(PUTIN[0], SAID[0], ACROSS[0], PASHINYAN[0], DENIED[0], MET[0], MOSCOW[0]),
					curation.rows().stream().map(CurationRow::begin).toList(), "ordered by offset");
			assertEquals(List.of(RowKind.AGREED, RowKind.CLAIM_DIFFERS, RowKind.ONLY_SOME, RowKind.TAGS_DIFFER, RowKind.ONLY_SOME, RowKind.AGREED,
					RowKind.DETAILS_DIFFER), curation.rows().stream().map(CurationRow::kind).toList());
			assertEquals(5, curation.differences());
			assertTrue(curation.rows().stream().allMatch(r -> r.state() == CuratedState.OPEN), "nothing curated yet");
			assertEquals(List.of(), curation.problems());
		}
	}

	@Test
	void aRowListsEachCodersTagsNoteAndClaimAndItsExcerptKeepsSurrogatePairsAndFoldsLineEnds() throws Exception {
		try (CorpusStore curator = CorpusStore.open(dir, LayerChoice.coder("Alice").onLayer(Layers.CURATED))) {
			Curation curation = curation(curator);
			CurationRow said = row(curation, SAID);
			assertEquals("said \uD83D\uDE00 the talks failed", said.excerpt());
			assertEquals(24, said.end() - said.begin(), "UTF-16 offsets: the emoji counts two");
			assertEquals(23, said.excerpt().codePointCount(0, said.excerpt().length()));
			SpanVersion alice = said.version("alice");
			SpanVersion bob = said.version("bob");
			assertEquals(List.of(new TagRef("tag-statement.claim", "Claim")), alice.tags());
			assertEquals("alice", alice.annotatorId());
			ClaimVersion aliceClaim = alice.claim();
			assertEquals(TwoCoderCorpus.PUTIN_ENTITY, aliceClaim.speakerId());
			assertEquals("Vladimir Putin", aliceClaim.speakerName());
			assertEquals(TwoCoderCorpus.AGENCY_ENTITY, aliceClaim.viaId());
			assertEquals(Stance.ASSERTS, aliceClaim.stance());
			assertEquals(TwoCoderCorpus.PROPOSITION, aliceClaim.propositionId());
			assertEquals("the talks failed", aliceClaim.propositionStatement());
			assertEquals(ClaimKind.DIRECT_QUOTE, aliceClaim.kind());
			assertEquals("Friday", aliceClaim.whenStated());
			assertEquals(Stance.DENIES, bob.claim().stance());
			assertNull(bob.claim().whenStated());
			assertEquals("Claim \u00b7 claim: Vladimir Putin denies \u201cthe talks failed\u201d (direct quote), via TASS", bob.describe());

			CurationRow across = row(curation, ACROSS);
			assertEquals("failed. Pashinyan", across.excerpt(), "CRLF folded into one space");
			assertEquals(Set.of("bob"), across.versions().keySet());
			assertNull(across.version("alice"));
			assertEquals("the capital", row(curation, MOSCOW).version("bob").note());
			assertNull(row(curation, MOSCOW).version("alice").note());
			assertEquals("Organization", row(curation, PASHINYAN).version("bob").tags().get(0).name());
			assertEquals("denied it \uD834\uDD1E firmly", row(curation, DENIED).excerpt());
		}
	}

	@Test
	void theLayerTheStoreWorksOnIsTakenFromTheLiveModelWithItsUnsavedChanges() throws Exception {
		try (CorpusStore bob = CorpusStore.open(dir, LayerChoice.coder("Bob"))) {
			DocumentContent content = bob.getContent(bob.findDocument(DOCUMENT));
			SpanAnnotation pashinyan = SpanCommands.exactSpan(content, PASHINYAN[0], PASHINYAN[1]);
			pashinyan.getTags().clear();
			pashinyan.getTags().add(Tags.byId(bob.getCorpus(), "tag-actor.speaker").orElseThrow());
			assertEquals(RowKind.AGREED, row(curation(bob), PASHINYAN).kind(), "Bob's unsaved change counts");
		}
	}

	@Test
	void aCancelledComputationStops() throws Exception {
		try (CorpusStore curator = CorpusStore.open(dir, LayerChoice.coder("Alice").onLayer(Layers.CURATED))) {
			CurationInput input = CurationInput.of(curator, curator.findDocument(DOCUMENT));
			NullProgressMonitor monitor = new NullProgressMonitor();
			monitor.setCanceled(true);
			assertThrows(OperationCanceledException.class, () -> Curation.of(input, monitor));
		}
	}

	@Test
	void aRowOfTheCuratedLayerIsDoneWhenItHoldsACodersVersionAndEditedWhenItHoldsNone() throws Exception {
		try (CorpusStore curator = CorpusStore.open(dir, LayerChoice.coder("Alice").onLayer(Layers.CURATED))) {
			DocumentContent curated = curator.getContent(curator.findDocument(DOCUMENT));
			var domain = TwoCoderCorpus.domain(curator);
			domain.getCommandStack().execute(SpanCommands.tag(domain, curated, MET[0], MET[1], Tags.byId(curator.getCorpus(), "tag-fact.event").orElseThrow()));
			domain.getCommandStack().execute(
					SpanCommands.tag(domain, curated, PUTIN[0], PUTIN[1], Tags.byId(curator.getCorpus(), "tag-actor.organization").orElseThrow()));
			Curation curation = curation(curator);
			assertEquals(CuratedState.ACCEPTED, row(curation, MET).state(), "the curator tagged it as both coders did");
			assertEquals(List.of("alice", "bob"), row(curation, MET).acceptedFrom());
			assertTrue(row(curation, MET).isDone());
			assertEquals(CuratedState.EDITED, row(curation, PUTIN).state());
			assertEquals(CuratedState.OPEN, row(curation, SAID).state());
		}
	}
}
