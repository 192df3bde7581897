/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.collatio.core.store.Coders;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.LayerReader;
import org.collatio.core.store.Layers;
import org.collatio.model.Annotator;
import org.collatio.model.Document;

/**
 * What {@link Curation#of} needs of one document, copied on the thread that owns the store (the UI
 * thread): the document's id and text, the coders' layers with their labels, the names of the
 * objects layers refer to, a {@link LayerReader} for the saved layer files, and the versions of the
 * layer the store works on when its content is in memory ({@code live}: unsaved changes included;
 * the curated layer while curating). Every other layer is read from its file by the computation.
 *
 * @param documentId the document
 * @param text       its exact text (for the excerpts), or null: taken from the layer files the computation reads
 * @param coders     every coder of the corpus, in the corpus's order (those who have no span in the document are left out of the result)
 * @param names      tag, entity and proposition names
 * @param reader     reads the layer files; used on one thread at a time
 * @param live       layer name to the versions taken from the live model (at most the store's layer)
 */
public record CurationInput(String documentId, String text, List<CoderLayer> coders, Names names, LayerReader reader,
		Map<String, SortedMap<Range, SpanVersion>> live) {

	public CurationInput {
		coders = List.copyOf(coders);
		live = Map.copyOf(live);
	}

	/**
	 * The input for a document of an open store (owner's thread; cost: corpus.xmi's tags, entities
	 * and propositions, and the document's spans in the store's layer when they are loaded). Reads no
	 * file.
	 */
	public static CurationInput of(CorpusStore store, Document document) throws CorpusException {
		List<CoderLayer> coders = new ArrayList<>();
		for (Annotator coder : store.getCorpus().getAnnotators()) {
			if (Layers.isWellFormed(coder.getId())) {
				coders.add(new CoderLayer(coder.getId(), Coders.displayName(store.getCorpus(), coder.getId())));
			}
		}
		Names names = Names.of(store.getCorpus());
		String layer = store.getLayerName();
		boolean loaded = layer != null && store.isContentLoaded(document);
		Map<String, SortedMap<Range, SpanVersion>> live = loaded ? Map.of(layer, LayerVersions.of(store.getContent(document), names)) : Map.of();
		String text = loaded ? store.getContent(document).getText() : null;
		return new CurationInput(document.getId(), text, coders, names, LayerReader.of(store), live);
	}
}
