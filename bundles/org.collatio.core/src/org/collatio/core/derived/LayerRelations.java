/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.derived;

import java.util.List;

import org.collatio.core.store.CorpusStore;
import org.collatio.model.ClaimRelation;

/**
 * The relations of the layer a store works on. Relations are kept in corpus.xmi with the other
 * shared objects, but each links two claims of one layer: the relations whose claims are in
 * another coder's layer are not this layer's, and are never resolved (that would read the other
 * coder's files into the live model).
 */
public final class LayerRelations {

	private LayerRelations() {
	}

	public static List<ClaimRelation> of(CorpusStore store) {
		return store.getCorpus().getRelations().stream().filter(LayerRelations::inLayer).toList();
	}

	/** Whether both claims of a relation are in the layer its store works on. */
	public static boolean inLayer(ClaimRelation relation) {
		return ClaimKeys.ofRelation(relation) != null;
	}
}
