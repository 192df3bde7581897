/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.store;

import java.nio.file.Path;

import org.collatio.model.Claim;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.Mention;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.TextRegion;

/**
 * The one place that checks a document against its text: the text has the length corpus.xmi
 * recorded when it was stored (a truncated or replaced text file is caught), and every span and
 * region lies inside it. Offsets are trusted nowhere else, so a document that passes cannot make an
 * exporter, the index or the report fail on an offset; one that does not is refused when it is
 * read, with the file and the first problem.
 */
public final class ContentCheck {

	private ContentCheck() {
	}

	/** Checks a text read from {@code textFile} against the length the document records. */
	public static void checkText(Path textFile, Document document, String text) throws CorpusException {
		if (document.getLength() > 0 && text.length() != document.getLength()) {
			throw new CorpusException(textFile, "damaged: the text of document " + document.getId() + " has " + text.length()
					+ " UTF-16 units, but " + CorpusLayout.CORPUS_FILE + " recorded " + document.getLength()
					+ " when it was stored (the file was truncated or replaced)");
		}
		checkRegions(textFile, document, text.length());
	}

	/** Checks loaded annotations ({@code file}, the annotation file) against the document's text. */
	public static void checkContent(Path file, Document document, DocumentContent content) throws CorpusException {
		checkContent(file, document.getId(), content);
	}

	/** {@link #checkContent(Path, Document, DocumentContent)} for annotations read apart from the live model. */
	public static void checkContent(Path file, String documentId, DocumentContent content) throws CorpusException {
		int length = content.getText().length();
		for (SpanAnnotation span : content.getSpans()) {
			if (span.getBegin() < 0 || span.getEnd() < span.getBegin() || span.getEnd() > length) {
				throw new CorpusException(file, "damaged: span " + span.getId() + " of document " + documentId + " lies at "
						+ span.getBegin() + "-" + span.getEnd() + ", outside its text of " + length + " UTF-16 units");
			}
		}
		for (Claim claim : content.getClaims()) {
			for (SpanAnnotation span : claim.getSpans()) {
				if (span.eIsProxy() || span.eContainer() != content) {
					throw new CorpusException(file, "damaged: claim " + claim.getId() + " of document " + documentId
							+ " refers to a span that is not in the document");
				}
			}
		}
		for (Mention mention : content.getMentions()) {
			SpanAnnotation span = mention.getSpan();
			if (span != null && (span.eIsProxy() || span.eContainer() != content)) {
				throw new CorpusException(file, "damaged: mention " + mention.getId() + " of document " + documentId
						+ " refers to a span that is not in the document");
			}
		}
	}

	private static void checkRegions(Path file, Document document, int length) throws CorpusException {
		for (TextRegion region : document.getBoilerplate()) {
			if (region.getBegin() < 0 || region.getEnd() < region.getBegin() || region.getEnd() > length) {
				throw new CorpusException(file, "damaged: a marked region of document " + document.getId() + " lies at " + region.getBegin()
						+ "-" + region.getEnd() + ", outside its text of " + length + " UTF-16 units");
			}
		}
	}
}
