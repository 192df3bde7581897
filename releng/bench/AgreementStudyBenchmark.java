/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.collatio.coders.study.AgreementInput;
import org.collatio.coders.study.AgreementResult;
import org.collatio.coders.study.AgreementStudy;
import org.collatio.coders.study.ClaimField;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.CorpusStore.LayerChoice;
import org.collatio.core.tags.Tags;
import org.collatio.model.Claim;
import org.collatio.model.CollatioFactory;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Stance;
import org.collatio.model.Tag;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Agreement of two coders' layers as the workbench and `collatio agreement` compute it, files
 * included, run by releng/bench/agreement-layers against the product's jars: the BBC corpus (imported
 * by the script) gets two coders' layers of SPANS spans each (half the same in both layers, a
 * quarter shifted by a few characters, a quarter in one layer only; one span in eight is a claim),
 * saved as the workbench saves them; then, in a fresh store each time, the study reads every layer
 * file of every document and computes alpha-u (corpus, per tag, per document) and the claims'
 * alpha and kappa. Prints the first run and the best of RUNS.
 *
 * Usage: java -cp 'PRODUCT/plugins/*' AgreementStudyBenchmark.java CORPUS_DIR SPANS RUNS
 */
public class AgreementStudyBenchmark {

	public static void main(String[] args) throws Exception {
		Path corpus = Path.of(args[0]);
		int spans = Integer.parseInt(args[1]);
		int runs = Integer.parseInt(args[2]);
		if (!Files.isRegularFile(corpus.resolve("documents").resolve(firstDocument(corpus) + "@bob.xmi"))) {
			long t0 = System.nanoTime();
			code(corpus, spans);
			System.out.printf("generated two layers of %,d spans each in %.1f s%n", spans, (System.nanoTime() - t0) / 1e9);
		}
		double first = 0;
		double best = Double.MAX_VALUE;
		AgreementResult result = null;
		for (int run = 0; run < runs; run++) {
			long start = System.nanoTime();
			try (CorpusStore store = CorpusStore.openReadOnly(corpus)) {
				AgreementInput input = AgreementInput.of(store, null, null);
				result = AgreementStudy.run(input, new NullProgressMonitor());
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			first = run == 0 ? seconds : first;
			best = Math.min(best, seconds);
		}
		System.out.printf("coders %s, %d documents, %,d span units; alpha-u %.4f; stance alpha %.4f kappa %.4f (%d claim units)%n", result.coders(),
				result.documents().size(), result.spans().corpus().overall().units(), result.spans().corpus().overall().value(),
				result.claims().get(ClaimField.STANCE).alpha().value(), result.claims().get(ClaimField.STANCE).kappa().value(),
				result.claims().get(ClaimField.STANCE).alpha().units());
		System.out.printf("BENCH agreement-from-layers first %.2f s, best of %d %.2f s (open corpus, read both layers of every document, compute)%n", first,
				runs, best);
	}

	private static String firstDocument(Path corpus) throws Exception {
		try (CorpusStore store = CorpusStore.openReadOnly(corpus)) {
			return store.getCorpus().getDocuments().get(0).getId();
		}
	}

	private static void code(Path corpus, int spans) throws Exception {
		for (String coder : List.of("Alice", "Bob")) {
			Random random = new Random(7); // the same draws for both coders: the shared half lines up
			try (CorpusStore store = CorpusStore.open(corpus, LayerChoice.coder(coder))) {
				List<Tag> tags = Tags.all(store.getCorpus());
				List<Document> documents = store.getCorpus().getDocuments();
				int perDocument = Math.max(1, spans / documents.size());
				int left = spans;
				for (int d = 0; d < documents.size(); d++) {
					Document document = documents.get(d);
					DocumentContent content = store.getContent(document);
					int length = content.getText().length();
					int count = d == documents.size() - 1 ? left : Math.min(left, perDocument + (d < spans % documents.size() ? 1 : 0));
					left -= count;
					for (int i = 0; i < count; i++) {
						int begin = random.nextInt(Math.max(1, length - 80));
						int end = Math.min(length, begin + 10 + random.nextInt(70));
						int kind = random.nextInt(4); // 0, 1 same; 2 shifted for Bob; 3 only in one layer
						Tag tag = tags.get(random.nextInt(Math.min(10, tags.size())));
						Stance stance = Stance.get(random.nextInt(3));
						boolean claim = random.nextInt(8) == 0;
						if (kind == 3 && coder.equals("Bob") == (i % 2 == 0)) {
							continue;
						}
						if (kind == 2 && coder.equals("Bob")) {
							begin = Math.min(begin + 3, end - 1);
						}
						SpanAnnotation span = CollatioFactory.eINSTANCE.createSpanAnnotation();
						span.setId("s" + i);
						span.setBegin(begin);
						span.setEnd(end);
						span.getTags().add(tag);
						content.getSpans().add(span);
						if (claim) {
							Claim made = CollatioFactory.eINSTANCE.createClaim();
							made.setId("c" + i);
							made.getSpans().add(span);
							made.setStance(stance);
							content.getClaims().add(made);
						}
					}
					if (d % 200 == 199) {
						store.save();
						store.getCorpus().getDocuments().stream().limit(d + 1).forEach(store::unloadContent);
					}
				}
				store.save();
			}
		}
	}
}
