/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.collatio.core.imports.ArticleImporter;
import org.collatio.core.imports.ImportOptions;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.tags.Tags;
import org.collatio.model.Claim;
import org.collatio.model.ClaimKind;
import org.collatio.model.ClaimRelation;
import org.collatio.model.CollatioFactory;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.EntityKind;
import org.collatio.model.Proposition;
import org.collatio.model.RelationKind;
import org.collatio.model.RelationStatus;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Stance;
import org.collatio.model.Tag;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * The corpus the workbench benchmark runs on: the 2,095 BBC articles of the shared corpora, annotated
 * through the headless API at the scale of a real project (per document: spans, claims with speaker,
 * via, proposition, stance and dates; relations between claims across documents). Generated once per
 * scale into a cache folder, then copied for each run.
 */
final class BenchCorpus {

	private static final CollatioFactory F = CollatioFactory.eINSTANCE;

	private BenchCorpus() {
	}

	/** A fresh copy of the corpus with {@code claimsPerDocument} claims per article. */
	static Path prepare(int claimsPerDocument) throws Exception {
		Path cache = Path.of(System.getProperty("java.io.tmpdir"), "collatio-bench-corpus-v2-" + claimsPerDocument);
		if (!Files.isRegularFile(cache.resolve("complete"))) {
			delete(cache);
			generate(cache, claimsPerDocument);
			Files.writeString(cache.resolve("complete"), "");
		}
		Path copy = Files.createTempDirectory("collatio-bench-run");
		try (Stream<Path> files = Files.walk(cache)) {
			for (Path file : files.toList()) {
				Path target = copy.resolve(cache.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else if (!file.getFileName().toString().equals("complete") && !file.getFileName().toString().equals(".collatio.lock")) {
					Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		return copy;
	}

	private static void generate(Path dir, int claimsPerDocument) throws Exception {
		Path bbc = Path.of(System.getProperty("collatio.repository")).resolve("../shared/corpora/bbc-news").normalize();
		Random random = new Random(2026);
		try (CorpusStore store = CorpusStore.openOrCreate(dir, "BBC news, annotated (" + claimsPerDocument + " claims per article)")) {
			new ArticleImporter(store, ImportOptions.defaults()).importPaths(List.of(bbc), new NullProgressMonitor());
			List<Entity> entities = new ArrayList<>();
			for (int i = 0; i < 300; i++) {
				Entity entity = F.createEntity();
				entity.setId("entity-" + i);
				entity.setKind(i % 5 == 0 ? EntityKind.ORGANIZATION : EntityKind.PERSON);
				entity.setCanonicalName("Speaker Number" + i);
				entity.getAliases().add("S. Number" + i);
				store.getCorpus().getEntities().add(entity);
				entities.add(entity);
			}
			List<Proposition> propositions = new ArrayList<>();
			for (int i = 0; i < 500; i++) {
				Proposition proposition = F.createProposition();
				proposition.setId("proposition-" + i);
				proposition.setStatement("Generated proposition " + i + " about the economy and the government");
				store.getCorpus().getPropositions().add(proposition);
				propositions.add(proposition);
			}
			List<Tag> tags = Tags.all(store.getCorpus());
			List<Claim> someClaims = new ArrayList<>();
			for (Document document : store.getCorpus().getDocuments()) {
				DocumentContent content = store.getContent(document);
				String text = content.getText();
				int spans = claimsPerDocument + 35;
				for (int i = 0; i < spans; i++) {
					SpanAnnotation span = F.createSpanAnnotation();
					span.setId("s" + i);
					int begin = random.nextInt(Math.max(1, text.length() - 130));
					span.setBegin(begin);
					span.setEnd(Math.min(text.length(), begin + 10 + random.nextInt(120)));
					span.getTags().add(tags.get(random.nextInt(tags.size())));
					content.getSpans().add(span);
					if (i < claimsPerDocument) {
						Claim claim = F.createClaim();
						claim.setId("c" + i);
						claim.getSpans().add(span);
						claim.setSpeaker(entities.get(random.nextInt(entities.size())));
						claim.setVia(random.nextInt(4) == 0 ? entities.get(random.nextInt(entities.size())) : null);
						claim.setProposition(propositions.get(random.nextInt(propositions.size())));
						claim.setStance(Stance.VALUES.get(random.nextInt(Stance.VALUES.size())));
						claim.setKind(ClaimKind.VALUES.get(random.nextInt(ClaimKind.VALUES.size())));
						claim.setWhenDate("2005-0" + (1 + random.nextInt(9)));
						claim.setParaphrase(text.substring(span.getBegin(), span.getEnd()));
						content.getClaims().add(claim);
						if (random.nextInt(11) < 4) { // 2 in 11 claims end up related: 1,900 relations at 10,475 claims
							someClaims.add(claim);
						}
					}
				}
				store.saveDocument(document);
			}
			// about 1,900 relations at 5 claims an article (the scale of the issue), ten times as many at ten times the claims
			for (int i = 0; i + 1 < someClaims.size(); i += 2) {
				ClaimRelation relation = F.createClaimRelation();
				relation.setId("relation-" + i);
				relation.setSource(someClaims.get(i));
				relation.setTarget(someClaims.get(i + 1));
				relation.setKind(RelationKind.VALUES.get(random.nextInt(RelationKind.VALUES.size())));
				relation.setStatus(RelationStatus.CONFIRMED);
				store.getCorpus().getRelations().add(relation);
			}
			store.save();
			for (Document document : store.getCorpus().getDocuments()) {
				store.unloadContent(document);
			}
		}
	}

	static void delete(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
