/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import org.collatio.core.store.CorpusLayout;
import org.collatio.model.Claim;
import org.collatio.model.ClaimRelation;
import org.collatio.model.CollatioPackage;
import org.collatio.model.DocumentContent;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Which document and claim an end of a claim relation names, found without loading the document:
 * a relation in corpus.xmi refers to {@code documents/ID.xmi#CLAIM} (or, for a claim of a marked
 * layer, {@code documents/ID@layer.xmi#CLAIM}), and an export that has visited (and unloaded) a
 * document must not load it again just to name a claim.
 */
record ClaimRef(String documentId, String claimId) {

	static ClaimRef source(ClaimRelation relation) {
		return of(relation, CollatioPackage.Literals.CLAIM_RELATION__SOURCE);
	}

	static ClaimRef target(ClaimRelation relation) {
		return of(relation, CollatioPackage.Literals.CLAIM_RELATION__TARGET);
	}

	private static ClaimRef of(ClaimRelation relation, EReference end) {
		EObject claim = (EObject) relation.eGet(end, false);
		if (claim == null) {
			return null;
		}
		if (claim.eIsProxy()) {
			URI uri = ((InternalEObject) claim).eProxyURI();
			String file = URI.decode(uri.trimFragment().lastSegment());
			String document = CorpusLayout.parse(file).map(CorpusLayout.LayerFile::documentId)
					.orElse(file.endsWith(".xmi") ? file.substring(0, file.length() - 4) : file);
			return new ClaimRef(document, uri.fragment());
		}
		if (claim.eContainer() instanceof DocumentContent content && content.getDocument() != null) {
			return new ClaimRef(content.getDocument().getId(), ((Claim) claim).getId());
		}
		return null;
	}

	/**
	 * The layer mark of the annotation file an end of a relation points at ({@code ""} for an
	 * unmarked file, the first coder's), read from its reference without resolving it; null when it
	 * names no annotation file.
	 */
	static String fileMark(ClaimRelation relation, EReference end) {
		EObject claim = (EObject) relation.eGet(end, false);
		URI uri = claim == null ? null : claim.eIsProxy() ? ((InternalEObject) claim).eProxyURI() : EcoreUtil.getURI(claim);
		if (uri == null || uri.fragment() == null || uri.lastSegment() == null) {
			return null;
		}
		return CorpusLayout.parse(URI.decode(uri.lastSegment())).map(file -> file.layer() == null ? "" : file.layer()).orElse(null);
	}
}
