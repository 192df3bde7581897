/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.collatio.core.store.Coders;
import org.collatio.core.store.ContentCheck;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.IoProblems;
import org.collatio.core.store.LayerReader;
import org.collatio.core.store.Layers;
import org.collatio.model.Annotator;
import org.collatio.model.ClaimRelation;
import org.collatio.model.CollatioPackage;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;

/**
 * The layers an export writes. By default the layer its store works on, as it is in the model.
 * For an export of every layer ({@link ExportScope#everyLayer()}) also every other layer that has
 * annotations on disk (every coder's and the curated one): each read from its saved file apart from
 * the live model ({@link LayerReader}), checked as the store checks its own, and bound to the live
 * shared objects ({@link SharedObjects}) so that an exporter reads it as it reads the store's layer.
 * Relations are given per layer, matched by the annotation file their claims are in
 * ({@code documents/ID@layer.xmi#claimId}), never resolved.
 */
final class ExportLayers implements AutoCloseable {

	/** The view or column name of the first coder's layer of a corpus that has no coder at all. */
	static final String UNATTRIBUTED = "unattributed";

	/** One layer of one document: its name (a coder's id, {@link Layers#CURATED}, or null in a corpus with no coder), its annotations. */
	record Layer(String name, DocumentContent content) {

		/** A name for the layer where one is needed (a UIMA view, a table's coder column). */
		String label() {
			return ExportLayers.label(name);
		}
	}

	/**
	 * Who a layer's annotations are attributed to where a format names their maker: the layer's
	 * coder, or, for the curated layer (which no coder owns), the curation. {@code kind} and
	 * {@code id} make its IRI and GUID ({@link Iris}).
	 */
	record Agent(String kind, String id, String name) {

		String iri() {
			return Iris.of(kind, id);
		}

		String guid() {
			return Iris.guid(kind, id);
		}
	}

	/** A relation of a layer, its ends named by document and claim. */
	record Relation(String layer, ClaimRelation relation, ClaimRef source, ClaimRef target) {
	}

	private final CorpusStore store;
	private final boolean every;
	private final String ownMark;
	private final String firstCoder;
	/** The documents each layer annotates on disk, by mark ("" unmarked). */
	private final SortedMap<String, SortedSet<String>> files;
	/** Reads the other layers (exporting every layer), and binds what it reads to the live shared objects. */
	private final LayerReader reader;
	private final SharedObjects shared;

	private ExportLayers(CorpusStore store, boolean every, SortedMap<String, SortedSet<String>> files) {
		this.store = store;
		this.every = every;
		this.files = files;
		this.ownMark = mark(store.getLayout().layer());
		Annotator first = Coders.first(store.getCorpus());
		this.firstCoder = first == null ? null : first.getId();
		this.reader = every ? LayerReader.of(store) : null;
		this.shared = every ? new SharedObjects(store.getCorpus()) : null;
	}

	/** The layers of {@code store} that an export of {@code scope} writes (on the thread that exports, which owns the store meanwhile). */
	static ExportLayers of(CorpusStore store, ExportScope scope) throws CorpusException {
		if (!scope.everyLayer()) {
			return oneLayer(store);
		}
		try {
			return new ExportLayers(store, true, store.getLayout().annotationFiles());
		} catch (IOException e) {
			throw new CorpusException(store.getLayout().documentsFolder(), "cannot be listed: " + IoProblems.reason(e), e);
		}
	}

	/** The layer the store works on, alone. */
	static ExportLayers oneLayer(CorpusStore store) {
		return new ExportLayers(store, false, new TreeMap<>());
	}

	private static String mark(String layer) {
		return layer == null ? "" : layer;
	}

	boolean isEveryLayer() {
		return every;
	}

	/** The name of the layer of a file mark ("": the first coder's). */
	private String name(String mark) {
		return mark.isEmpty() ? firstCoder : mark;
	}

	/** The marks written, in the order of their layers' names (the store's own always among them). */
	private List<String> marks() {
		SortedSet<String> marks = new TreeSet<>(files.keySet());
		marks.add(ownMark);
		return marks.stream().sorted(Comparator.comparing(this::name, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
	}

	/** The names of the layers written, in order (a name may be null: the first layer of a corpus with no coder). */
	List<String> names() {
		return marks().stream().map(this::name).toList();
	}

	/** {@link Layer#label()} of a layer name. */
	static String label(String layer) {
		return layer != null ? layer : UNATTRIBUTED;
	}

	/** The agent of a layer ({@link Agent}), or null when it has none (a corpus with no coder). */
	Agent agent(String layer) {
		Annotator coder = coder(layer);
		if (coder != null) {
			return new Agent("annotator", coder.getId(), coder.getName());
		}
		return Layers.CURATED.equals(layer) ? new Agent("layer", Layers.CURATED, "Curated") : null;
	}

	/** The coder of a layer, or null (the curated layer, a corpus with no coder). */
	Annotator coder(String layer) {
		return layer == null ? null : Coders.byId(store.getCorpus(), layer);
	}

	/**
	 * The layers of a document, in order: the store's own ({@code own}, the live content, checked by
	 * the caller) and, for an export of every layer, every other one with an annotation file for it.
	 * Exporting every layer, a layer with no annotation of the document is left out (the store's own
	 * too); exporting one, the store's own is always there.
	 */
	List<Layer> of(Document document, DocumentContent own) throws CorpusException {
		if (!every) {
			return List.of(new Layer(name(ownMark), own));
		}
		List<Layer> layers = new ArrayList<>();
		for (String mark : marks()) {
			DocumentContent content = mark.equals(ownMark) ? own : read(document, mark);
			if (content != null && (!content.getSpans().isEmpty() || !content.getClaims().isEmpty() || !content.getMentions().isEmpty())) {
				layers.add(new Layer(name(mark), content));
			}
		}
		return layers;
	}

	private DocumentContent read(Document document, String mark) throws CorpusException {
		if (!files.getOrDefault(mark, new TreeSet<>()).contains(document.getId())) {
			return null;
		}
		String layer = name(mark);
		DocumentContent content = reader.read(document.getId(), layer).orElse(null);
		if (content != null) {
			ContentCheck.checkText(store.getLayout().textFile(document.getId()), document, content.getText());
			shared.bind(content, reader.file(document.getId(), layer));
		}
		return content;
	}

	/**
	 * The relations of the layers written, layer by layer in order, each in corpus order: those whose
	 * two claims are in that layer's files.
	 */
	List<Relation> relations() {
		Map<String, List<Relation>> byMark = new LinkedHashMap<>();
		List<String> marks = marks();
		marks.forEach(mark -> byMark.put(mark, new ArrayList<>()));
		for (ClaimRelation relation : store.getCorpus().getRelations()) {
			String from = ClaimRef.fileMark(relation, CollatioPackage.Literals.CLAIM_RELATION__SOURCE);
			String to = ClaimRef.fileMark(relation, CollatioPackage.Literals.CLAIM_RELATION__TARGET);
			List<Relation> layer = from == null || !Objects.equals(from, to) ? null : byMark.get(from);
			if (layer != null) {
				layer.add(new Relation(name(from), relation, ClaimRef.source(relation), ClaimRef.target(relation)));
			}
		}
		return byMark.values().stream().flatMap(List::stream).toList();
	}

	@Override
	public void close() {
		if (reader != null) {
			reader.close();
		}
	}
}
