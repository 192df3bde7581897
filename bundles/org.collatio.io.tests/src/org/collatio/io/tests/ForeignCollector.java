/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.tests;

import java.util.ArrayList;
import java.util.List;

import org.collatio.io.foreign.ForeignCode;
import org.collatio.io.foreign.ForeignDocument;
import org.collatio.io.foreign.ForeignSink;
import org.collatio.io.foreign.ForeignSpan;
import org.collatio.io.foreign.TextRange;

/** A sink that keeps everything a foreign reader hands it, in order, for the tests to look at. */
final class ForeignCollector implements ForeignSink {

	final List<ForeignCode> codes = new ArrayList<>();
	final List<ForeignDocument> documents = new ArrayList<>();
	final List<String> leftOut = new ArrayList<>();
	/** Whether a code came after a document (the sink's contract says they all come first). */
	boolean codeAfterDocument;

	@Override
	public void code(ForeignCode code) {
		codeAfterDocument |= !documents.isEmpty();
		codes.add(code);
	}

	@Override
	public void document(ForeignDocument document) {
		documents.add(document);
	}

	@Override
	public void leftOut(String what) {
		leftOut.add(what);
	}

	ForeignDocument document(String name) {
		return documents.stream().filter(document -> document.name().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no document " + name + " in " + documents.stream().map(ForeignDocument::name).toList()));
	}

	static ForeignSpan span(ForeignDocument document, String id) {
		return document.spans().stream().filter(span -> span.id().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("no span " + id + " in " + document.spans().stream().map(ForeignSpan::id).toList()));
	}

	/** The text a span covers (its fragments joined by "|"): the document's text at its UTF-16 ranges. */
	static String covered(ForeignDocument document, ForeignSpan span) {
		StringBuilder text = new StringBuilder();
		for (TextRange range : span.ranges()) {
			if (!text.isEmpty()) {
				text.append('|');
			}
			text.append(document.text(), range.begin(), range.end());
		}
		return text.toString();
	}

	/** Whether some left-out message of the source or of any document contains every one of {@code words}. */
	boolean reported(String... words) {
		List<String> all = new ArrayList<>(leftOut);
		documents.forEach(document -> all.addAll(document.leftOut()));
		return all.stream().anyMatch(message -> java.util.Arrays.stream(words).allMatch(message::contains));
	}

	List<String> allLeftOut() {
		List<String> all = new ArrayList<>(leftOut);
		documents.forEach(document -> all.addAll(document.leftOut()));
		return all;
	}
}
