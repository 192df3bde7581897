/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.layers;

import org.collatio.core.store.Coders;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.Layers;

/** How layers are named on screen: "My layer", "Curated layer", "Bob's layer (read-only)". */
public final class LayerLabels {

	private LayerLabels() {
	}

	/** The layer a store works on, or null when the corpus has no coder yet. */
	public static String layer(CorpusStore store) {
		return store.getLayerName() == null ? null : layer(store, store.getLayerName());
	}

	public static String layer(CorpusStore store, String layer) {
		if (Layers.CURATED.equals(layer)) {
			return "Curated layer";
		}
		if (store.getCoder() != null && layer.equals(store.getCoder().getId())) {
			return "My layer (" + store.getCoder().getName() + ")";
		}
		String name = Coders.displayName(store.getCorpus(), layer);
		return name + (name.endsWith("s") ? "'" : "'s") + " layer (read-only)";
	}
}
