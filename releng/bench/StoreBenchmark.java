/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.collatio.core.store.CorpusStore;
import org.collatio.model.Claim;
import org.collatio.model.CollatioFactory;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Store benchmark, run by releng/bench/run against the product's jars (EMF runs without OSGi):
 * annotates every document of a corpus with generated spans and claims, then measures, each in a
 * fresh store, opening the corpus (all titles read) and loading single documents with their
 * annotations.
 *
 * Usage: java -cp 'PRODUCT/plugins/*' StoreBenchmark.java CORPUS_DIR SPANS_PER_DOCUMENT
 */
public class StoreBenchmark {

	public static void main(String[] args) throws Exception {
		Path corpus = Path.of(args[0]);
		int spansPerDocument = Integer.parseInt(args[1]);
		Random random = new Random(42);
		long start = System.nanoTime();
		int spans = 0;
		try (CorpusStore store = CorpusStore.open(corpus)) {
			List<Tag> tags = new ArrayList<>();
			store.getCorpus().getTagSets().get(0).eAllContents().forEachRemaining(o -> tags.add((Tag) o));
			for (Document document : store.getCorpus().getDocuments()) {
				DocumentContent content = store.getContent(document);
				int length = content.getText().length();
				if (!content.getSpans().isEmpty() || length < 2) {
					continue;
				}
				for (int i = 0; i < spansPerDocument; i++) {
					SpanAnnotation span = CollatioFactory.eINSTANCE.createSpanAnnotation();
					span.setId(EcoreUtil.generateUUID());
					int begin = random.nextInt(length - 1);
					span.setBegin(begin);
					span.setEnd(Math.min(length, begin + 1 + random.nextInt(120)));
					span.getTags().add(tags.get(random.nextInt(tags.size())));
					span.setNote(i % 10 == 0 ? "note " + i : null);
					content.getSpans().add(span);
					if (i % 10 == 0) {
						Claim claim = CollatioFactory.eINSTANCE.createClaim();
						claim.setId(EcoreUtil.generateUUID());
						claim.getSpans().add(span);
						claim.setParaphrase("generated claim " + i);
						content.getClaims().add(claim);
					}
					spans++;
				}
				store.saveDocument(document);
				store.unloadContent(document);
			}
			store.save();
		}
		System.out.printf("annotated: %d spans added in %.1f s%n", spans, (System.nanoTime() - start) / 1e9);

		double[] opens = new double[5];
		for (int i = 0; i < opens.length; i++) {
			long t = System.nanoTime();
			try (CorpusStore store = CorpusStore.open(corpus)) {
				store.getCorpus().getDocuments().forEach(Document::getTitle);
			}
			opens[i] = (System.nanoTime() - t) / 1e6;
		}
		try (CorpusStore store = CorpusStore.open(corpus)) {
			List<Document> documents = store.getCorpus().getDocuments();
			double[] cold = loads(store, documents, random, 10);
			loads(store, documents, random, 500); // JIT warm-up, as in a workbench that has been in use
			double[] loads = loads(store, documents, random, 50);
			Arrays.sort(opens);
			System.out.printf("load one document with %d spans, first 10 in this JVM: median %.2f ms, max %.2f ms%n", spansPerDocument,
					cold[5], cold[9]);
			System.out.printf("open corpus (%d documents, titles read): first %.0f ms, median of 5 %.0f ms%n", documents.size(), opens[0],
					opens[2]);
			System.out.printf("load one document with %d spans, warm: median %.2f ms, p90 %.2f ms, max %.2f ms (50 random documents)%n",
					spansPerDocument, loads[25], loads[45], loads[49]);
		}
	}

	private static double[] loads(CorpusStore store, List<Document> documents, Random random, int n) throws Exception {
		double[] loads = new double[n];
		for (int i = 0; i < n; i++) {
			Document document = documents.get(random.nextInt(documents.size()));
			store.unloadContent(document);
			long t = System.nanoTime();
			DocumentContent content = store.getContent(document);
			content.getSpans().forEach(s -> s.getTags().get(0).getName());
			loads[i] = (System.nanoTime() - t) / 1e6;
			store.unloadContent(document);
		}
		Arrays.sort(loads);
		return loads;
	}
}
