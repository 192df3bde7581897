/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import org.collatio.model.Claim;
import org.collatio.model.ClaimRelation;
import org.collatio.model.CollatioPackage;
import org.collatio.model.DocumentContent;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;

/**
 * Which document and claim an end of a claim relation names, found without loading the document:
 * a relation in corpus.xmi refers to {@code documents/ID.xmi#CLAIM}, and an export that has visited
 * (and unloaded) a document must not load it again just to name a claim.
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
			return new ClaimRef(file.endsWith(".xmi") ? file.substring(0, file.length() - 4) : file, uri.fragment());
		}
		if (claim.eContainer() instanceof DocumentContent content && content.getDocument() != null) {
			return new ClaimRef(content.getDocument().getId(), ((Claim) claim).getId());
		}
		return null;
	}
}
