/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.CorpusStore.LayerChoice;
import org.collatio.core.tags.Tags;
import org.collatio.model.CollatioFactory;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;
import org.collatio.share.Credentials;
import org.collatio.share.Mergers;
import org.collatio.share.SharedCorpus;
import org.collatio.share.SyncResult;

/**
 * Sharing the BBC corpus through a git daemon, run by releng/bench/share against the product's jars
 * (the daemon is started by the script): Alice's layer gets SPANS generated spans, the corpus is
 * shared, Bob clones it, syncs with nothing to do, then Alice adds SPANS_IN new spans and syncs and
 * Bob (with a few spans of his own) syncs them in: a three-way merge that needs no XMI merger, the
 * files written, his work pushed. Reopening the corpus after that sync is not timed (the caller's
 * part of the contract). Timings are printed, never asserted.
 *
 * Usage: java -cp 'PRODUCT/plugins/*' ShareBenchmark.java ALICE_DIR BOB_DIR URL SPANS SPANS_IN
 */
public class ShareBenchmark {

	public static void main(String[] args) throws Exception {
		Path alice = Path.of(args[0]);
		Path bob = Path.of(args[1]);
		String url = args[2];
		int spans = Integer.parseInt(args[3]);
		int incoming = Integer.parseInt(args[4]);

		long t0 = System.nanoTime();
		addSpans(alice, "Alice", spans, 1);
		System.out.printf("generated %,d spans in Alice's layer in %.1f s%n", spans, seconds(t0));
		t0 = System.nanoTime();
		SyncResult shared;
		try (CorpusStore lock = CorpusStore.open(alice, LayerChoice.coder("Alice"))) {
			shared = SharedCorpus.share(alice, url, Credentials.NONE, "Alice", null);
		}
		System.out.printf("BENCH share (commit %,d files, push to git daemon): %.2f s%n", shared.committed().size(), seconds(t0));

		t0 = System.nanoTime();
		SharedCorpus.clone(url, bob, Credentials.NONE, null);
		System.out.printf("BENCH clone of the BBC corpus with %,d spans from git daemon, in-process (target < 20 s): %.2f s%n", spans, seconds(t0));
		addSpans(bob, "Bob", 20, 2); // Bob joins (corpus.xmi) and codes a little
		syncAs(bob, "Bob");
		syncAs(alice, "Alice");

		double first = 0;
		double best = Double.MAX_VALUE;
		for (int run = 0; run < 5; run++) {
			long start = System.nanoTime();
			SyncResult result = syncAs(bob, "Bob");
			if (!result.nothingToDo()) {
				throw new IllegalStateException("expected nothing to do: " + result);
			}
			double s = seconds(start);
			first = run == 0 ? s : first;
			best = Math.min(best, s);
		}
		System.out.printf("BENCH sync with nothing to do, in-process, with the corpus lock (target < 1 s): first %.2f s, best of 5 %.2f s%n", first, best);

		addSpans(alice, "Alice", incoming, 3);
		t0 = System.nanoTime();
		SyncResult sent = syncAs(alice, "Alice");
		System.out.printf("BENCH sync sending %,d new spans (%,d files): %.2f s%n", incoming, sent.committed().size(), seconds(t0));
		addSpans(bob, "Bob", 10, 4);
		t0 = System.nanoTime();
		SyncResult in = syncAs(bob, "Bob");
		System.out.printf("BENCH sync bringing in another coder's %,d new spans (%,d files in, %,d of Bob's committed, merged, pushed; reopen excluded; target < 5 s): %.2f s%n",
				incoming, in.broughtIn().size(), in.committed().size(), seconds(t0));
	}

	/** A sync as the command line does it: the corpus opened (its lock held) and saved around it. */
	private static SyncResult syncAs(Path corpus, String coder) throws Exception {
		try (CorpusStore store = CorpusStore.open(corpus, LayerChoice.coder(coder))) {
			store.save();
			return SharedCorpus.sync(corpus, coder, Credentials.NONE, Mergers.standard(), null);
		}
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	/** Adds {@code spans} spans spread over every document of the coder's layer, saved as the workbench saves them. */
	private static void addSpans(Path corpus, String coder, int spans, long seed) throws Exception {
		Random random = new Random(seed);
		try (CorpusStore store = CorpusStore.open(corpus, LayerChoice.coder(coder))) {
			List<Tag> tags = Tags.all(store.getCorpus());
			List<Document> documents = store.getCorpus().getDocuments();
			int perDocument = Math.max(1, spans / documents.size());
			int left = spans;
			for (int d = 0; d < documents.size() && left > 0; d++) {
				Document document = documents.get(spans < documents.size() ? random.nextInt(documents.size()) : d);
				DocumentContent content = store.getContent(document);
				int length = content.getText().length();
				int count = d == documents.size() - 1 ? left : Math.min(left, perDocument + (d < spans % documents.size() ? 1 : 0));
				left -= count;
				for (int i = 0; i < count; i++) {
					int begin = random.nextInt(Math.max(1, length - 80));
					SpanAnnotation span = CollatioFactory.eINSTANCE.createSpanAnnotation();
					span.setId("s" + seed + "-" + content.getSpans().size());
					span.setBegin(begin);
					span.setEnd(Math.min(length, begin + 10 + random.nextInt(70)));
					span.getTags().add(tags.get(random.nextInt(Math.min(10, tags.size()))));
					content.getSpans().add(span);
				}
				if (d % 200 == 199) {
					store.save();
					store.getCorpus().getDocuments().stream().filter(store::isContentLoaded).toList().forEach(store::unloadContent);
				}
			}
			store.save();
		}
	}
}
