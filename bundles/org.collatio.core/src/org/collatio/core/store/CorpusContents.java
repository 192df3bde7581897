/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.store;

import java.util.ArrayList;
import java.util.List;

import org.collatio.model.Claim;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;

/**
 * The annotations of the whole corpus read through the live store, on the thread that owns it (the
 * command line, tests, a command that must reach every document). Only documents that have
 * annotations are loaded. Views use the claim index instead (ARCHITECTURE, rule 2a).
 */
public final class CorpusContents {

	private CorpusContents() {
	}

	/** The content of every document that has annotations; a damaged document fails the whole. */
	public static List<DocumentContent> annotated(CorpusStore store) throws CorpusException {
		List<DocumentContent> contents = new ArrayList<>();
		for (Document document : store.getCorpus().getDocuments()) {
			if (store.hasAnnotations(document)) {
				contents.add(store.getContent(document));
			}
		}
		return contents;
	}

	/**
	 * Every claim of the corpus, document by document. A damaged document is left out;
	 * {@link CorpusStore#getDamaged()} names it, and callers report it.
	 */
	public static List<Claim> claims(CorpusStore store) {
		List<Claim> claims = new ArrayList<>();
		for (Document document : store.getCorpus().getDocuments()) {
			if (store.hasAnnotations(document)) {
				try {
					claims.addAll(store.getContent(document).getClaims());
				} catch (CorpusException e) {
					// left out and named by store.getDamaged()
				}
			}
		}
		return claims;
	}
}
