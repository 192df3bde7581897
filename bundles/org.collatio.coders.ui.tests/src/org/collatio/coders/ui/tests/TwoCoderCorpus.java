/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.ui.tests;

import java.nio.file.Path;
import java.util.List;

import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.CorpusStore.LayerChoice;
import org.collatio.model.CollatioFactory;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;

/** A corpus of two articles coded by Alice and Bob in their own layers, for the views' tests. */
final class TwoCoderCorpus {

	static final String TEXT = "\uD83D\uDCF0 The minister said the talks had failed.\r\nThe union denied it on Monday.\r\n";

	private TwoCoderCorpus() {
	}

	/** Alice and Bob tag the same first sentence; in the second, only Alice tags it. */
	static void make(Path dir) throws Exception {
		try (CorpusStore store = CorpusStore.openOrCreate(dir, "Two coders")) {
			for (String id : List.of("a", "b")) {
				Document document = CollatioFactory.eINSTANCE.createDocument();
				document.setId(id);
				document.setTitle("Article " + id);
				store.addDocument(document, TEXT);
			}
			store.save();
		}
		int second = TEXT.indexOf("The union");
		code(dir, "Alice", new int[][] { { 3, 42 }, { second, second + 29 } });
		code(dir, "Bob", new int[][] { { 3, 42 } });
	}

	private static void code(Path dir, String coder, int[][] spans) throws Exception {
		try (CorpusStore store = CorpusStore.open(dir, LayerChoice.coder(coder))) {
			Tag tag = store.getCorpus().getTagSets().get(0).getTags().get(0);
			for (String id : List.of("a", "b")) {
				DocumentContent content = store.getContent(store.findDocument(id));
				int i = 0;
				for (int[] range : spans) {
					SpanAnnotation span = CollatioFactory.eINSTANCE.createSpanAnnotation();
					span.setId("s" + i++);
					span.setBegin(range[0]);
					span.setEnd(range[1]);
					span.getTags().add(tag);
					content.getSpans().add(span);
				}
			}
			store.save();
		}
	}
}
