/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusLockedException;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Claim;
import org.collatio.model.ClaimRelation;
import org.collatio.model.CollatioFactory;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.EntityKind;
import org.collatio.model.RelationKind;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Stance;
import org.collatio.model.Tag;
import org.collatio.model.TagSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus store: EMF XMI save and load, lazy documents, cross-document references, locks. */
class CorpusStoreTest {

	private static final CollatioFactory F = CollatioFactory.eINSTANCE;
	/** Text with a character outside the BMP (two UTF-16 units) and CRLF line ends. */
	static final String TEXT_A = "Putin said peacekeepers \uD83D\uDEE1 protect civilians.\r\nSecond line.\r\n";
	static final String TEXT_B = "Grigoryan said the peacekeepers failed to protect the population.\n";

	@TempDir
	Path dir;

	@Test
	void savedCorpusReopensWithClaimsAndRelationsAcrossDocuments() throws Exception {
		try (CorpusStore store = CorpusStore.openOrCreate(dir, "Test corpus")) {
			Entity putin = entity(store, "Vladimir Putin", "Putin");
			Claim a = claim(store, document(store, "a", TEXT_A), putin, 0, TEXT_A.indexOf('\r'), Stance.ASSERTS);
			Claim b = claim(store, document(store, "b", TEXT_B), null, 0, TEXT_B.length() - 1, Stance.DENIES);
			ClaimRelation relation = F.createClaimRelation();
			relation.setId("r1");
			relation.setKind(RelationKind.CONTRADICTS);
			relation.setSource(a);
			relation.setTarget(b);
			relation.setRationale("protects vs failed to protect");
			store.getCorpus().getRelations().add(relation);
			store.save();
		}
		try (CorpusStore store = CorpusStore.open(dir)) {
			assertEquals(1, store.getResourceSet().getResources().size(), "opening reads corpus.xmi only");
			assertEquals(List.of("a", "b"), store.getCorpus().getDocuments().stream().map(Document::getId).toList());
			ClaimRelation relation = store.getCorpus().getRelations().get(0);
			Claim source = relation.getSource();
			assertFalse(source.eIsProxy(), "the relation's claim resolves from its document file");
			assertEquals("Vladimir Putin", source.getSpeaker().getCanonicalName());
			assertEquals(Stance.DENIES, relation.getTarget().getStance());
			DocumentContent content = store.getContent(store.findDocument("a"));
			assertEquals(TEXT_A, content.getText(), "text comes back exactly, CRLF and non-BMP included");
			assertSame(content, source.eContainer());
			SpanAnnotation span = source.getSpans().get(0);
			assertEquals("Putin said peacekeepers \uD83D\uDEE1 protect civilians.", content.getText().substring(span.getBegin(), span.getEnd()));
		}
	}

	@Test
	void relationsAreWrittenWithTheSameAddressesWhetherTheirClaimsAreLoadedOrNot() throws Exception {
		try (CorpusStore store = CorpusStore.openOrCreate(dir, "Test corpus")) {
			Claim a = claim(store, document(store, "a", TEXT_A), null, 0, 5, Stance.ASSERTS);
			Claim b = claim(store, document(store, "b", TEXT_B), null, 0, 5, Stance.DENIES);
			Claim c = claim(store, store.findDocument("b"), null, 6, 10, Stance.ASSERTS);
			store.getCorpus().getRelations().add(relation("r1", a, b));
			store.getCorpus().getRelations().add(relation("r2", b, c));
			store.save();
		}
		String written = Files.readString(dir.resolve("corpus.xmi"), StandardCharsets.UTF_8);
		assertTrue(written.contains("href=\"documents/a.xmi#"), written);
		try (CorpusStore store = CorpusStore.open(dir)) {
			// first save with every claim a proxy, then with document b loaded (r1's target and r2 resolved)
			store.getCorpus().getRelations().get(0).setRationale("one");
			store.save();
			String proxied = Files.readString(dir.resolve("corpus.xmi"), StandardCharsets.UTF_8);
			assertTrue(proxied.contains(" rationale=\"one\""), proxied);
			assertEquals(written, proxied.replace(" rationale=\"one\"", ""), "the proxies' addresses are written as they were read");
			ClaimRelation r2 = store.getCorpus().getRelations().get(1);
			assertFalse(r2.getSource().eIsProxy());
			assertFalse(r2.getTarget().eIsProxy());
			store.getCorpus().getRelations().get(0).setRationale(null);
			store.save();
			assertEquals(written, Files.readString(dir.resolve("corpus.xmi"), StandardCharsets.UTF_8),
					"a loaded claim is addressed as its proxy was");
		}
		try (CorpusStore store = CorpusStore.open(dir)) {
			ClaimRelation r2 = store.getCorpus().getRelations().get(1);
			assertEquals(Stance.DENIES, r2.getSource().getStance());
			assertEquals(Stance.ASSERTS, r2.getTarget().getStance());
			assertEquals("b", ((DocumentContent) r2.getTarget().eContainer()).getDocument().getId());
		}
	}

	private static ClaimRelation relation(String id, Claim source, Claim target) {
		ClaimRelation relation = F.createClaimRelation();
		relation.setId(id);
		relation.setKind(RelationKind.CONTRADICTS);
		relation.setSource(source);
		relation.setTarget(target);
		return relation;
	}

	@Test
	void savingOneDocumentWritesOnlyItsOwnFile() throws Exception {
		try (CorpusStore store = CorpusStore.openOrCreate(dir, "Test corpus")) {
			claim(store, document(store, "a", TEXT_A), null, 0, 5, Stance.ASSERTS);
			claim(store, document(store, "b", TEXT_B), null, 0, 5, Stance.ASSERTS);
			store.save();
		}
		try (CorpusStore store = CorpusStore.open(dir)) {
			DocumentContent b = store.getContent(store.findDocument("b"));
			SpanAnnotation span = F.createSpanAnnotation();
			span.setId(EcoreUtil.generateUUID());
			span.setBegin(6);
			span.setEnd(10);
			b.getSpans().add(span);
			List<Path> written = store.save();
			assertEquals(List.of(dir.resolve("documents/b.xmi").toAbsolutePath()), written);
			assertFalse(store.isContentLoaded(store.findDocument("a")), "document a was never read");
		}
	}

	@Test
	void storedTextIsNeverRewritten() throws Exception {
		try (CorpusStore store = CorpusStore.openOrCreate(dir, "Test corpus")) {
			Document a = document(store, "a", TEXT_A);
			Document again = F.createDocument();
			again.setId("a");
			assertThrows(IllegalArgumentException.class, () -> store.addDocument(again, "other text"));
			assertEquals(TEXT_A, Files.readString(store.getLayout().textFile(a.getId()), StandardCharsets.UTF_8));
		}
	}

	@Test
	void aCorruptDocumentIsReportedWithItsLineAndTheOthersStillOpen() throws Exception {
		try (CorpusStore store = CorpusStore.openOrCreate(dir, "Test corpus")) {
			claim(store, document(store, "a", TEXT_A), null, 0, 5, Stance.ASSERTS);
			claim(store, document(store, "b", TEXT_B), null, 0, 5, Stance.ASSERTS);
			store.save();
		}
		Path broken = dir.resolve("documents/a.xmi");
		Files.writeString(broken, "<?xml version=\"1.0\"?>\n<collatio:DocumentContent xmlns:collatio=\"http://collatio.org/model/1.0\">\n  <spans id=\"x\"\n");
		try (CorpusStore store = CorpusStore.open(dir)) {
			CorpusException error = assertThrows(CorpusException.class, () -> store.getContent(store.findDocument("a")));
			assertTrue(error.getMessage().contains("a.xmi"), error.getMessage());
			assertTrue(error.getMessage().matches("(?s).*line \\d+, column \\d+.*"), error.getMessage());
			assertEquals(1, store.getContent(store.findDocument("b")).getClaims().size());
		}
	}

	@Test
	void aCorruptCorpusFileIsReportedWithPathAndLine() throws Exception {
		try (CorpusStore store = CorpusStore.openOrCreate(dir, "Test corpus")) {
			document(store, "a", TEXT_A);
			store.save();
		}
		// a hand edit that broke the XML: the closing tag of the root is gone
		Path file = dir.resolve("corpus.xmi");
		String xml = Files.readString(file, StandardCharsets.UTF_8);
		Files.writeString(file, xml.substring(0, xml.lastIndexOf("</")), StandardCharsets.UTF_8);
		long lines = xml.substring(0, xml.lastIndexOf("</")).chars().filter(c -> c == '\n').count() + 1;
		CorpusException error = assertThrows(CorpusException.class, () -> CorpusStore.open(dir));
		assertTrue(error.getMessage().startsWith(file.toAbsolutePath().toString()), error.getMessage());
		assertTrue(error.getMessage().contains("line " + lines + ", column"), error.getMessage());
		assertTrue(error.getMessage().endsWith("XML document structures must start and end within the same entity."), error.getMessage());
	}

	@Test
	void aSecondOpenOfTheSameCorpusIsRefusedUntilTheFirstCloses() throws Exception {
		try (CorpusStore first = CorpusStore.openOrCreate(dir, "Test corpus")) {
			first.save();
			CorpusLockedException refused = assertThrows(CorpusLockedException.class, () -> CorpusStore.open(dir));
			assertTrue(refused.getMessage().contains("already open"), refused.getMessage());
		}
		try (CorpusStore again = CorpusStore.open(dir)) {
			assertNotNull(again.getCorpus());
		}
	}

	@Test
	void anotherProcessCannotTakeTheLockWhileTheCorpusIsOpen() throws Exception {
		Path probe = dir.resolveSibling(dir.getFileName() + "-LockProbe.java");
		Files.writeString(probe, """
				import java.nio.channels.FileChannel;
				import java.nio.file.*;
				public class LockProbe {
				    public static void main(String[] args) throws Exception {
				        try (FileChannel c = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE)) {
				            System.out.print(c.tryLock() == null ? "held" : "free");
				        }
				    }
				}
				""");
		Path lockFile = dir.resolve(".collatio.lock");
		try (CorpusStore store = CorpusStore.openOrCreate(dir, "Test corpus")) {
			assertEquals("held", runJava(probe, lockFile));
		}
		assertEquals("free", runJava(probe, lockFile));
		Files.delete(probe);
	}

	private static String runJava(Path source, Path argument) throws Exception {
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), source.toString(),
				argument.toString()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, process.waitFor(), output);
		return output.strip();
	}

	@Test
	void aNewCorpusHasTheDefaultTagSetAndTaggedSpansKeepTheirTagsAcrossFiles() throws Exception {
		try (CorpusStore store = CorpusStore.openOrCreate(dir, "Test corpus")) {
			TagSet tags = store.getCorpus().getTagSets().get(0);
			List<Tag> all = new ArrayList<>();
			tags.getTags().forEach(group -> {
				all.add(group);
				all.addAll(group.getChildren());
			});
			List<String> keys = all.stream().map(Tag::getKey).filter(k -> k != null).toList();
			assertEquals(keys.size(), new HashSet<>(keys).size(), "shortcut keys are unique: " + keys);
			assertTrue(all.stream().map(Tag::getCode).toList().containsAll(List.of("statement.claim", "statement.quote", "actor.speaker",
					"fact.event", "fact.date", "fact.number", "framing.label")));
			Tag claim = all.stream().filter(t -> "statement.claim".equals(t.getCode())).findFirst().orElseThrow();
			claim(store, document(store, "a", TEXT_A), null, 0, 5, Stance.ASSERTS).getSpans().get(0).getTags().add(claim);
			store.save();
		}
		try (CorpusStore store = CorpusStore.open(dir)) {
			SpanAnnotation span = store.getContent(store.findDocument("a")).getSpans().get(0);
			Tag tag = span.getTags().get(0);
			assertEquals("Claim", tag.getName());
			assertSame(store.getCorpus().getTagSets().get(0), tag.getParent().eContainer(), "the tag in corpus.xmi, not a copy");
		}
	}

	@Test
	void openingAFolderWithoutACorpusSaysSo() {
		CorpusException error = assertThrows(CorpusException.class, () -> CorpusStore.open(dir));
		assertTrue(error.getMessage().contains("not a Collatio corpus"), error.getMessage());
	}

	static Document document(CorpusStore store, String id, String text) throws CorpusException {
		Document document = F.createDocument();
		document.setId(id);
		document.setTitle("Document " + id);
		store.addDocument(document, text);
		return document;
	}

	static Entity entity(CorpusStore store, String name, String alias) {
		Entity entity = F.createEntity();
		entity.setId(EcoreUtil.generateUUID());
		entity.setKind(EntityKind.PERSON);
		entity.setCanonicalName(name);
		entity.getAliases().add(alias);
		store.getCorpus().getEntities().add(entity);
		return entity;
	}

	static Claim claim(CorpusStore store, Document document, Entity speaker, int begin, int end, Stance stance) throws CorpusException {
		DocumentContent content = store.getContent(document);
		SpanAnnotation span = F.createSpanAnnotation();
		span.setId(EcoreUtil.generateUUID());
		span.setBegin(begin);
		span.setEnd(end);
		content.getSpans().add(span);
		Claim claim = F.createClaim();
		claim.setId(EcoreUtil.generateUUID());
		claim.getSpans().add(span);
		claim.setSpeaker(speaker);
		claim.setStance(stance);
		content.getClaims().add(claim);
		return claim;
	}
}
