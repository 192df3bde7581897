/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.curation.tests;

import static org.collatio.coders.curation.tests.CurationTest.curation;
import static org.collatio.coders.curation.tests.CurationTest.row;
import static org.collatio.coders.curation.tests.fixtures.TwoCoderCorpus.ACROSS;
import static org.collatio.coders.curation.tests.fixtures.TwoCoderCorpus.DOCUMENT;
import static org.collatio.coders.curation.tests.fixtures.TwoCoderCorpus.MET;
import static org.collatio.coders.curation.tests.fixtures.TwoCoderCorpus.MOSCOW;
import static org.collatio.coders.curation.tests.fixtures.TwoCoderCorpus.PUTIN;
import static org.collatio.coders.curation.tests.fixtures.TwoCoderCorpus.SAID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.collatio.coders.curation.CuratedState;
import org.collatio.coders.curation.Curation;
import org.collatio.coders.curation.CurationCommands;
import org.collatio.coders.curation.CurationRow;
import org.collatio.coders.curation.RowKind;
import org.collatio.coders.curation.tests.fixtures.TwoCoderCorpus;
import org.collatio.core.edit.ClaimCommands;
import org.collatio.core.edit.SpanCommands;
import org.collatio.core.store.Coders;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.CorpusStore.LayerChoice;
import org.collatio.core.store.LayerReader;
import org.collatio.core.store.Layers;
import org.collatio.core.tags.Tags;
import org.collatio.model.Claim;
import org.collatio.model.ClaimKind;
import org.collatio.model.CollatioPackage;
import org.collatio.model.DocumentContent;
import org.collatio.model.RelationKind;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Stance;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accepting coders' versions into the curated layer: exact copies onto corpus.xmi's live objects, one undoable step each. */
class CurationCommandsTest {

	@TempDir
	Path dir;

	private CorpusStore curator;
	private EditingDomain domain;
	private CommandStack stack;
	private DocumentContent curated;

	@BeforeEach
	void curatorOnTheCuratedLayer() throws Exception {
		TwoCoderCorpus.create(dir);
		curator = CorpusStore.open(dir, LayerChoice.coder("Carol").onLayer(Layers.CURATED));
		domain = TwoCoderCorpus.domain(curator);
		stack = domain.getCommandStack();
		curated = curator.getContent(curator.findDocument(DOCUMENT));
	}

	@AfterEach
	void close() {
		curator.close();
	}

	private void execute(Command command) {
		assertNotNull(command);
		assertTrue(command.canExecute(), command.getLabel());
		stack.execute(command);
	}

	private SpanAnnotation span(int[] range) {
		return SpanCommands.exactSpan(curated, range[0], range[1]);
	}

	private Claim claim(int[] range) {
		return curated.getClaims().stream().filter(c -> c.getSpans().get(0) == span(range)).findFirst().orElse(null);
	}

	@Test
	void acceptingACodersVersionCopiesSpanAndClaimOntoTheLiveObjectsOfTheCorpusAndUndoRemovesThem() throws Exception {
		Date aliceCreated;
		try (LayerReader reader = LayerReader.of(curator)) {
			aliceCreated = SpanCommands.exactSpan(reader.read(DOCUMENT, "alice").orElseThrow(), SAID[0], SAID[1]).getCreated();
		}
		assertNotNull(aliceCreated);
		CurationRow said = row(curation(curator), SAID);
		Command accept = CurationCommands.accept(domain, curated, said, "alice");
		assertEquals("Accept Alice's Version", accept.getLabel());
		execute(accept);

		SpanAnnotation span = span(SAID);
		assertNotNull(span);
		assertSame(Tags.byId(curator.getCorpus(), "tag-statement.claim").orElseThrow(), span.getTags().get(0), "the live tag of corpus.xmi");
		assertEquals(1, span.getTags().size());
		assertSame(Coders.byId(curator.getCorpus(), "alice"), span.getAnnotator(), "the original coder, live");
		assertEquals(aliceCreated, span.getCreated());
		Claim claim = claim(SAID);
		assertNotNull(claim);
		assertSame(curator.getCorpus().getEntities().get(0), claim.getSpeaker());
		assertFalse(claim.getSpeaker().eIsProxy());
		assertSame(curator.getCorpus().getEntities().get(1), claim.getVia());
		assertSame(curator.getCorpus().getPropositions().get(0), claim.getProposition());
		assertEquals(Stance.ASSERTS, claim.getStance());
		assertEquals(ClaimKind.DIRECT_QUOTE, claim.getKind());
		assertEquals("Friday", claim.getWhenStated());
		assertSame(Coders.byId(curator.getCorpus(), "alice"), claim.getAnnotator());

		Curation after = curation(curator);
		assertEquals(CuratedState.ACCEPTED, row(after, SAID).state());
		assertEquals(List.of("alice"), row(after, SAID).acceptedFrom());
		assertEquals(RowKind.CLAIM_DIFFERS, row(after, SAID).kind(), "the coders still differ");
		assertNull(CurationCommands.accept(domain, curated, row(after, SAID), "alice"), "held already: nothing to do");

		stack.undo();
		assertNull(span(SAID), "one undo takes back span and claim");
		assertEquals(List.of(), curated.getClaims());
		assertEquals(CuratedState.OPEN, row(curation(curator), SAID).state());
		stack.redo();
		assertSame(span, span(SAID));
	}

	@Test
	void acceptingAnotherCodersVersionReplacesTheCuratedOneAtTheSameRangeAndIsSavedAsTheCuratedLayer() throws Exception {
		execute(CurationCommands.accept(domain, curated, row(curation(curator), SAID), "alice"));
		SpanAnnotation span = span(SAID);
		Claim claim = claim(SAID);
		execute(CurationCommands.accept(domain, curated, row(curation(curator), SAID), "bob"));
		assertSame(span, span(SAID), "replaced in place: one span at the range");
		assertEquals(1, curated.getSpans().size());
		assertEquals(List.of(claim), curated.getClaims());
		assertEquals(Stance.DENIES, claim.getStance());
		assertNull(claim.getWhenStated());
		assertSame(Coders.byId(curator.getCorpus(), "bob"), span.getAnnotator());
		assertSame(Coders.byId(curator.getCorpus(), "bob"), claim.getAnnotator());
		assertEquals(List.of("bob"), row(curation(curator), SAID).acceptedFrom());

		execute(CurationCommands.accept(domain, curated, row(curation(curator), MOSCOW), "bob"));
		assertEquals("the capital", span(MOSCOW).getNote());
		curator.save();
		assertTrue(Files.isRegularFile(dir.resolve("documents/a@curated.xmi")));
		assertTrue(Files.isRegularFile(dir.resolve("documents/a.xmi")), "Alice's layer untouched");
		curator.close();
		curator = CorpusStore.open(dir, LayerChoice.coder("Carol").onLayer(Layers.CURATED));
		Curation reread = curation(curator);
		assertEquals(List.of("bob"), row(reread, SAID).acceptedFrom(), "read back from the curated file");
		assertEquals(List.of("bob"), row(reread, MOSCOW).acceptedFrom());

		curated = curator.getContent(curator.findDocument(DOCUMENT));
		domain = TwoCoderCorpus.domain(curator);
		stack = domain.getCommandStack();
		execute(CurationCommands.accept(domain, curated, row(reread, SAID), "alice"));
		assertEquals(Stance.ASSERTS, claim(SAID).getStance());
		stack.undo();
		assertEquals(Stance.DENIES, claim(SAID).getStance(), "undo restores Bob's version");
		assertEquals("Friday", row(curation(curator), SAID).version("alice").claim().whenStated());
	}

	@Test
	void acceptingTheVersionOfACoderWithNoSpanThereRemovesTheCuratedSpanAndItsClaim() throws Exception {
		execute(CurationCommands.accept(domain, curated, row(curation(curator), ACROSS), "bob"));
		assertNotNull(span(ACROSS));
		execute(CurationCommands.accept(domain, curated, row(curation(curator), SAID), "bob"));
		execute(CurationCommands.accept(domain, curated, row(curation(curator), ACROSS), "alice"));
		assertNull(span(ACROSS), "Alice has nothing there");
		assertNotNull(span(SAID));

		// a version without a claim removes the curated claim on the range
		SpanAnnotation bare = SpanCommands.exactSpan(curated, SAID[0], SAID[1]);
		stack.execute(RemoveCommand.create(domain, curated, CollatioPackage.Literals.DOCUMENT_CONTENT__CLAIMS, claim(SAID)));
		assertEquals(CuratedState.EDITED, row(curation(curator), SAID).state());
		stack.undo();
		assertEquals(CuratedState.ACCEPTED, row(curation(curator), SAID).state());
		assertSame(bare, span(SAID));
		stack.undo();
		assertNotNull(span(ACROSS), "undo brings the removed span back");
	}

	@Test
	void acceptAllAgreedAcceptsEveryAgreedRowNotYetCuratedAsOneUndoableStep() throws Exception {
		Curation curation = curation(curator);
		execute(CurationCommands.accept(domain, curated, row(curation, MET), "bob"));
		Command all = CurationCommands.acceptAgreed(domain, curated, curation(curator).rows());
		assertEquals("Accept All Agreed", all.getLabel());
		execute(all);
		assertEquals(2, curated.getSpans().size(), "Putin and the meeting; the differences wait for the curator");
		assertNotNull(span(PUTIN));
		assertSame(Coders.byId(curator.getCorpus(), "alice"), span(PUTIN).getAnnotator(), "the first coder's version");
		assertTrue(curation(curator).rows().stream().filter(r -> r.kind() == RowKind.AGREED).allMatch(CurationRow::isDone));
		assertNull(CurationCommands.acceptAgreed(domain, curated, curation(curator).rows()), "nothing left");

		stack.undo();
		assertNull(span(PUTIN));
		assertNotNull(span(MET), "the earlier acceptance stays");
	}

	@Test
	void acceptingSelectedRowsIsOneCommand() throws Exception {
		List<CurationRow> rows = curation(curator).rows();
		Command command = CurationCommands.accept(domain, curated, rows, "bob");
		execute(command);
		assertEquals(6, curated.getSpans().size(), "each of Bob's spans");
		assertTrue(curation(curator).rows().stream().filter(r -> r.version("bob") != null).allMatch(r -> r.holds("bob")));
		stack.undo();
		assertEquals(List.of(), curated.getSpans());
	}

	@Test
	void aCuratedClaimRemovedByAnAcceptanceTakesItsRelationsWithItAndUndoBringsThemBack() throws Exception {
		execute(CurationCommands.accept(domain, curated, row(curation(curator), SAID), "alice"));
		execute(CurationCommands.accept(domain, curated, row(curation(curator), MET), "alice"));
		execute(ClaimCommands.makeClaim(domain, curated, List.of(span(MET)), new ClaimCommands.ClaimFields(null, null, null, null, null,
				Stance.ASSERTS, ClaimKind.OUTLET_ASSERTION, null)));
		execute(ClaimCommands.relate(domain, curator.getCorpus(), claim(SAID), claim(MET), RelationKind.AGREES, "same meeting"));
		assertEquals(1, curator.getCorpus().getRelations().size());
		assertEquals(CuratedState.EDITED, row(curation(curator), MET).state(), "the curator's claim is in no coder's version");

		execute(CurationCommands.accept(domain, curated, row(curation(curator), MET), "bob"));
		assertNull(claim(MET), "Bob's version has no claim");
		assertEquals(List.of(), curator.getCorpus().getRelations(), "nor a relation to a claim that is gone");
		stack.undo();
		assertNotNull(claim(MET));
		assertEquals(1, curator.getCorpus().getRelations().size());
	}

	@Test
	void aDamagedLayerFileIsReportedAndLeftOut() throws Exception {
		Files.writeString(dir.resolve("documents/a@bob.xmi"), "<xmi:XMI broken");
		Curation curation = curation(curator);
		assertEquals(List.of("alice"), curation.coders().stream().map(c -> c.layer()).toList());
		assertEquals(1, curation.problems().size());
		assertTrue(curation.problems().get(0).contains("a@bob.xmi"), curation.problems().get(0));
	}
}
