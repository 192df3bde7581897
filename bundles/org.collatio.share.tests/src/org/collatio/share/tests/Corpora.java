/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.CorpusStore.LayerChoice;
import org.collatio.model.Claim;
import org.collatio.model.ClaimRelation;
import org.collatio.model.CollatioFactory;
import org.collatio.model.Corpus;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.Proposition;
import org.collatio.model.RelationKind;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Stance;
import org.collatio.model.Tag;
import org.collatio.share.merge.MergeException;
import org.collatio.share.merge.MergeOutcome;
import org.collatio.share.merge.ModelMerge;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Corpus folders made with the store and edited apart, as a base and two sides would be on two
 * machines; the merge is given the saved files' bytes.
 */
final class Corpora {

	static final CollatioFactory F = CollatioFactory.eINSTANCE;
	/** Non-BMP (two UTF-16 units) and CRLF line ends, where offsets and exact bytes matter. */
	static final String TEXT_A = "Putin said peacekeepers \uD83D\uDEE1 protect civilians.\r\nPashinyan disagreed.\r\n";
	static final String TEXT_B = "Grigoryan said the peacekeepers failed to protect the population.\n";
	/** A fixed time, so that what two stores write can be compared byte for byte. */
	static final Date WHEN = new Date(1_700_000_000_000L);

	/** An edit made through the store, then saved. */
	@FunctionalInterface
	interface Edit {
		void apply(CorpusStore store) throws Exception;
	}

	private final Path root;

	Corpora(Path root) {
		this.root = root;
	}

	/** A new corpus for coder Ann (the first coder: her files carry no layer mark). */
	Path create(String name, Edit edit) throws Exception {
		Path dir = root.resolve(name);
		try (CorpusStore store = CorpusStore.openOrCreate(dir, "Merge test", LayerChoice.coder("Ann"))) {
			edit.apply(store);
			store.save();
		}
		return dir;
	}

	/** A copy of a corpus folder edited by a coder, as on another machine. */
	Path edit(Path from, String name, String coder, Edit edit) throws Exception {
		Path dir = copy(from, name);
		try (CorpusStore store = CorpusStore.open(dir, LayerChoice.coder(coder))) {
			edit.apply(store);
			store.save();
		}
		return dir;
	}

	/** A copy of a corpus folder (without its lock). */
	Path copy(Path from, String name) throws IOException {
		Path to = root.resolve(name);
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else if (!file.getFileName().toString().equals(".collatio.lock")) {
					Files.copy(file, target);
				}
			}
		}
		return to;
	}

	static byte[] bytes(Path corpus, String path) throws IOException {
		Path file = corpus.resolve(path);
		return Files.exists(file) ? Files.readAllBytes(file) : null;
	}

	static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

	/** Merges one file of three corpus folders (a folder null: the file is absent there). */
	static MergeOutcome merge(String path, Path base, Path mine, Path theirs) throws IOException, MergeException {
		return new ModelMerge().merge(path, base == null ? null : bytes(base, path), mine == null ? null : bytes(mine, path),
				theirs == null ? null : bytes(theirs, path));
	}

	/** A copy of {@code from} holding the merged file, opened by the store for a coder. */
	CorpusStore open(Path from, String path, MergeOutcome outcome, String coder) throws Exception {
		assertNotNull(outcome.merged(), "a merged file");
		Path dir = copy(from, "merged-" + System.nanoTime());
		Files.write(dir.resolve(path), outcome.merged());
		return CorpusStore.open(dir, LayerChoice.coder(coder));
	}

	// ---- building blocks

	static Entity entity(Corpus corpus, String id, String name, String... aliases) {
		Entity entity = F.createEntity();
		entity.setId(id);
		entity.setCanonicalName(name);
		entity.getAliases().addAll(List.of(aliases));
		corpus.getEntities().add(entity);
		return entity;
	}

	static Proposition proposition(Corpus corpus, String id, String statement) {
		Proposition proposition = F.createProposition();
		proposition.setId(id);
		proposition.setStatement(statement);
		corpus.getPropositions().add(proposition);
		return proposition;
	}

	static Document document(CorpusStore store, String id, String title, String text) throws Exception {
		Document document = F.createDocument();
		document.setId(id);
		document.setTitle(title);
		store.addDocument(document, text);
		return document;
	}

	static SpanAnnotation span(CorpusStore store, String documentId, String id, int begin, int end, Tag... tags) throws Exception {
		DocumentContent content = store.getContent(store.findDocument(documentId));
		SpanAnnotation span = F.createSpanAnnotation();
		span.setId(id);
		span.setBegin(begin);
		span.setEnd(end);
		span.getTags().addAll(List.of(tags));
		span.setAnnotator(store.getCoder());
		span.setCreated(WHEN);
		span.setModified(WHEN);
		content.getSpans().add(span);
		return span;
	}

	static Claim claim(CorpusStore store, String documentId, String id, Stance stance, SpanAnnotation... spans) throws Exception {
		DocumentContent content = store.getContent(store.findDocument(documentId));
		Claim claim = F.createClaim();
		claim.setId(id);
		claim.getSpans().addAll(List.of(spans));
		claim.setStance(stance);
		claim.setAnnotator(store.getCoder());
		claim.setCreated(WHEN);
		claim.setModified(WHEN);
		content.getClaims().add(claim);
		return claim;
	}

	static ClaimRelation relation(CorpusStore store, String id, Claim source, Claim target, RelationKind kind) {
		ClaimRelation relation = F.createClaimRelation();
		relation.setId(id);
		relation.setSource(source);
		relation.setTarget(target);
		relation.setKind(kind);
		relation.setCreated(WHEN);
		relation.setAnnotator(store.getCoder());
		store.getCorpus().getRelations().add(relation);
		return relation;
	}

	static Claim claimOf(CorpusStore store, String documentId, String claimId) throws Exception {
		return store.getContent(store.findDocument(documentId)).getClaims().stream().filter(c -> c.getId().equals(claimId)).findFirst().orElseThrow();
	}

	static SpanAnnotation spanOf(CorpusStore store, String documentId, String spanId) throws Exception {
		return store.getContent(store.findDocument(documentId)).getSpans().stream().filter(s -> s.getId().equals(spanId)).findFirst().orElseThrow();
	}

	static Tag tag(CorpusStore store, String id) {
		return (Tag) store.getCorpus().eResource().getEObject(id);
	}

	static <T> T byId(List<T> objects, String id) {
		return objects.stream().filter(o -> id.equals(EcoreUtil.getID((org.eclipse.emf.ecore.EObject) o))).findFirst().orElse(null);
	}

	static List<String> ids(List<? extends org.eclipse.emf.ecore.EObject> objects) {
		return objects.stream().map(EcoreUtil::getID).toList();
	}

	static void assertNoConflicts(MergeOutcome outcome) {
		assertEquals(List.of(), outcome.conflicts());
	}
}
