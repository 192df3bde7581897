/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.collatio.core.derived.ClaimIndex;
import org.collatio.core.derived.ClaimRecord;
import org.collatio.core.derived.DocumentRecords;
import org.collatio.core.derived.Records;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Claim;
import org.collatio.model.ClaimKind;
import org.collatio.model.CollatioFactory;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.Mention;
import org.collatio.model.Proposition;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Stance;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The claim index: records equal to the model's, read from files without the live model, persisted, refreshed per document. */
class ClaimIndexTest {

	private static final CollatioFactory F = CollatioFactory.eINSTANCE;

	@TempDir
	Path dir;

	private static List<String> ids(CorpusStore store) {
		return store.getCorpus().getDocuments().stream().map(Document::getId).toList();
	}

	private void corpus() throws Exception {
		try (CorpusStore store = CorpusStore.openOrCreate(dir, "c")) {
			Entity putin = F.createEntity();
			putin.setId("putin");
			putin.setCanonicalName("Vladimir Putin");
			store.getCorpus().getEntities().add(putin);
			Proposition proposition = F.createProposition();
			proposition.setId("p1");
			proposition.setStatement("Talks failed");
			store.getCorpus().getPropositions().add(proposition);
			for (String id : List.of("a", "b", "plain")) {
				Document document = F.createDocument();
				document.setId(id);
				store.addDocument(document, "Putin said \uD83D\uDE00 the talks failed, " + id + ".\r\nMore text.");
			}
			for (String id : List.of("a", "b")) {
				DocumentContent content = store.getContent(store.findDocument(id));
				SpanAnnotation span = F.createSpanAnnotation();
				span.setId("s1");
				span.setBegin(0);
				span.setEnd(13);
				content.getSpans().add(span);
				SpanAnnotation second = F.createSpanAnnotation();
				second.setId("s2");
				second.setBegin(14);
				second.setEnd(30);
				content.getSpans().add(second);
				Claim claim = F.createClaim();
				claim.setId("c1");
				claim.getSpans().add(span);
				claim.getSpans().add(second);
				claim.setSpeaker(putin);
				claim.setProposition(proposition);
				claim.setStance(id.equals("a") ? Stance.ASSERTS : Stance.DENIES);
				claim.setKind(ClaimKind.REPORTED_SPEECH);
				claim.setWhenDate("2020-10");
				content.getClaims().add(claim);
				Mention mention = F.createMention();
				mention.setId("m1");
				mention.setEntity(putin);
				mention.setSpan(span);
				content.getMentions().add(mention);
			}
			store.save();
		}
	}

	@Test
	void recordsReadFromFilesEqualThoseOfTheLiveModelAndSurviveTheIndexFile() throws Exception {
		corpus();
		List<String> problems = new ArrayList<>();
		ClaimIndex fromFiles;
		try (CorpusStore store = CorpusStore.open(dir)) {
			fromFiles = ClaimIndex.empty().refresh(store.getLayout(), ids(store), false, problems, new NullProgressMonitor());
			assertTrue(problems.isEmpty(), problems.toString());
			assertEquals(2, fromFiles.claimCount());
			assertNull(fromFiles.get("plain"), "a document never annotated has no annotation file and no records");
			assertTrue(store.getResourceSet().getResources().size() == 1, "the live model loaded no document");
			DocumentRecords live = Records.of("a", store.getContent(store.findDocument("a")), "x");
			assertEquals(live.claims(), fromFiles.get("a").claims());
			assertEquals(live.mentions(), fromFiles.get("a").mentions());
			ClaimRecord claim = fromFiles.get("b").claims().get(0);
			assertEquals("putin", claim.speakerId());
			assertEquals("p1", claim.propositionId());
			assertEquals(Stance.DENIES, claim.stance());
			assertEquals("Putin said \uD83D\uDE00 \u2026 the talks failed", claim.quote());
			assertEquals(0, claim.begin());
			fromFiles.write(store.getLayout());
			ClaimIndex reread = ClaimIndex.read(store.getLayout());
			for (String id : List.of("a", "b")) {
				assertEquals(fromFiles.get(id), reread.get(id));
			}
			// nothing changed on disk: a refresh reads nothing and gives the same index
			assertSame(reread, reread.refresh(store.getLayout(), ids(store), false, problems, new NullProgressMonitor()));

			// the view of the claims in document order equals the copied list, by index and by iteration
			List<String> order = List.of("b", "plain", "missing", "a");
			List<ClaimRecord> copied = reread.claimsInOrder(order);
			List<ClaimRecord> view = reread.claimsView(order);
			assertEquals(copied, view);
			assertEquals(copied, new ArrayList<>(view));
			for (int i = 0; i < copied.size(); i++) {
				assertSame(copied.get(i), view.get(i));
			}
			assertEquals(List.of(), reread.claimsView(List.of("plain")));
		}
	}

	@Test
	void aRefreshRereadsOnlyChangedFilesAndNamesADamagedOne() throws Exception {
		corpus();
		List<String> problems = new ArrayList<>();
		try (CorpusStore store = CorpusStore.open(dir)) {
			ClaimIndex first = ClaimIndex.empty().refresh(store.getLayout(), ids(store), false, problems, new NullProgressMonitor());
			DocumentContent b = store.getContent(store.findDocument("b"));
			b.getClaims().get(0).setStance(Stance.UNCERTAIN);
			Thread.sleep(5); // a new modification time
			store.save();
			Files.writeString(store.getLayout().contentFile("a"), "<?xml version=\"1.0\"?><broken");
			ClaimIndex second = first.refresh(store.getLayout(), ids(store), false, problems, new NullProgressMonitor());
			assertEquals(Stance.UNCERTAIN, second.get("b").claims().get(0).stance());
			assertEquals(1, problems.size(), problems.toString());
			assertTrue(problems.get(0).contains("a.xmi"), problems.get(0));
			assertSame(first.get("a"), second.get("a"), "a damaged file keeps the records read before");
			// a live edit overlays the file's records until the next save
			ClaimIndex live = second.with(List.of(Records.of("b", b, Records.LIVE)));
			assertSame(live.get("b"), live.refresh(store.getLayout(), ids(store), false, problems, new NullProgressMonitor()).get("b"));
			// documents removed from the corpus are dropped
			assertEquals(List.of("b"), live.retain(java.util.Set.of("b")).documentIds().stream().sorted(Comparator.naturalOrder()).toList());
		}
	}

	/** The first open of a corpus without its index reads every file: the same records, every damaged file named, a cancel hands back nothing. */
	@Test
	void manyFilesGiveTheSameRecordsNameEveryDamagedFileAndACancelHandsBackNothing() throws Exception {
		int count = 150;
		try (CorpusStore store = CorpusStore.openOrCreate(dir, "c")) {
			Entity speaker = F.createEntity();
			speaker.setId("speaker");
			speaker.setCanonicalName("A Speaker");
			store.getCorpus().getEntities().add(speaker);
			for (int i = 0; i < count; i++) {
				Document document = F.createDocument();
				document.setId("d" + i);
				store.addDocument(document, "Document " + i + " \uD83D\uDE00 says the talks failed.\r\nMore.");
				DocumentContent content = store.getContent(document);
				for (int c = 0; c <= i % 3; c++) {
					SpanAnnotation span = F.createSpanAnnotation();
					span.setId("s" + c);
					span.setBegin(c);
					span.setEnd(c + 8);
					content.getSpans().add(span);
					Claim claim = F.createClaim();
					claim.setId("c" + c);
					claim.getSpans().add(span);
					claim.setSpeaker(speaker);
					claim.setStance(c % 2 == 0 ? Stance.ASSERTS : Stance.DENIES);
					content.getClaims().add(claim);
				}
			}
			store.save();
		}
		List<String> problems = new ArrayList<>();
		try (CorpusStore store = CorpusStore.open(dir)) {
			Files.writeString(store.getLayout().contentFile("d17"), "<?xml version=\"1.0\"?><broken");
			Files.writeString(store.getLayout().contentFile("d101"), "not xml at all");
			ClaimIndex fromFiles = ClaimIndex.empty().refresh(store.getLayout(), ids(store), false, problems, new NullProgressMonitor());
			assertEquals(2, problems.size(), problems.toString());
			assertTrue(problems.stream().anyMatch(p -> p.startsWith(store.getLayout().contentFile("d17").toString())), problems.toString());
			assertTrue(problems.stream().anyMatch(p -> p.startsWith(store.getLayout().contentFile("d101").toString())), problems.toString());
			assertEquals(count - 2, fromFiles.documentIds().size());
			for (int i = 0; i < count; i++) {
				String id = "d" + i;
				if (id.equals("d17") || id.equals("d101")) {
					assertNull(fromFiles.get(id));
					continue;
				}
				DocumentRecords live = Records.of(id, store.getContent(store.findDocument(id)), "x");
				assertEquals(live.claims(), fromFiles.get(id).claims(), id);
				assertEquals(i % 3 + 1, fromFiles.get(id).claims().size(), id);
			}
		}
		// cancelled part way: no partial index is handed back
		try (CorpusStore store = CorpusStore.open(dir)) {
			NullProgressMonitor monitor = new NullProgressMonitor() {
				private int worked;

				@Override
				public void worked(int work) {
					worked += work;
					if (worked >= 20) {
						setCanceled(true);
					}
				}
			};
			org.junit.jupiter.api.Assertions.assertThrows(org.eclipse.core.runtime.OperationCanceledException.class,
					() -> ClaimIndex.empty().refresh(store.getLayout(), ids(store), false, new ArrayList<>(), monitor));
		}
	}
}
