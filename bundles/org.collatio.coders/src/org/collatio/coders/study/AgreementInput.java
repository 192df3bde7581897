/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.study;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;

import org.collatio.coders.agreement.Continuum;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.LayerReader;
import org.collatio.core.store.Layers;
import org.collatio.model.Document;

/**
 * What an agreement study reads, taken on the thread that owns the store (plain values and a
 * {@link LayerReader}; no live model object): the coders' layers compared, the documents at least one
 * of them annotated (in corpus order, with their lengths), and the tag the spans are restricted to.
 * A document no compared coder annotated is left out: it would add only agreed gaps.
 *
 * @param coders the layers compared (coders' ids)
 * @param documents the documents read, with their text lengths in UTF-16 units
 * @param tag the id of the only tag whose spans count, or null for every tag
 */
public record AgreementInput(List<String> coders, List<Continuum> documents, String tag, LayerReader reader) {

	public AgreementInput {
		coders = List.copyOf(coders);
		documents = List.copyOf(documents);
	}

	/**
	 * The input of a store: {@code coders} (ids; null or empty: every coder that has a layer on disk,
	 * the curated layer excepted), restricted to {@code tag} (an id, or null).
	 */
	public static AgreementInput of(CorpusStore store, List<String> coders, String tag) throws CorpusException {
		SortedMap<String, SortedSet<String>> layers = store.getLayers();
		List<String> compared = new ArrayList<>();
		if (coders == null || coders.isEmpty()) {
			layers.keySet().stream().filter(layer -> !Layers.CURATED.equals(layer)).forEach(compared::add);
		} else {
			compared.addAll(new LinkedHashSet<>(coders));
		}
		Set<String> annotated = new java.util.HashSet<>();
		compared.forEach(coder -> annotated.addAll(layers.getOrDefault(coder, java.util.Collections.emptySortedSet())));
		List<Continuum> documents = new ArrayList<>();
		for (Document document : store.getCorpus().getDocuments()) {
			if (annotated.contains(document.getId())) {
				documents.add(new Continuum(document.getId(), document.getLength()));
			}
		}
		return new AgreementInput(compared, documents, tag, LayerReader.of(store));
	}
}
