/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.merge;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * What matches an object across the three versions: its class and its id. The root of a file
 * (a Corpus, a DocumentContent) has no id and is matched by its class alone ({@code id} null).
 */
record ObjectKey(EClass type, String id) {

	/** The key of an object with an id, or of a root. */
	static ObjectKey of(EObject object) {
		return new ObjectKey(object.eClass(), EcoreUtil.getID(object));
	}

	/** Whether objects of this class are matched by id (those without are compared by value). */
	static boolean hasId(EClass type) {
		return type.getEIDAttribute() != null;
	}

	@Override
	public String toString() {
		return type.getName() + (id == null ? "" : " " + id);
	}
}
