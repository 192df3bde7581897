/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Claim;
import org.collatio.model.ClaimRelation;
import org.collatio.model.Document;
import org.collatio.model.Entity;
import org.collatio.model.SpanAnnotation;

/**
 * Claims and claim relations as flat rows, one per claim or relation, for tables (CSV, JSON Lines)
 * that pandas or R read directly. Offsets are given in UTF-16 units and in code points. Documents
 * are visited one at a time and unloaded again, so memory stays bounded. Exporting every layer, the
 * rows of every layer, each with the layer's coder ({@link #CODER}).
 */
public final class ClaimRows {

	public static final List<String> CLAIM_COLUMNS = List.of("document", "title", "outlet", "date", "claim", "speaker", "via",
			"when_stated", "when_date", "stance", "kind", "proposition", "paraphrase", "quote", "begin", "end", "begin_cp", "end_cp");
	public static final List<String> RELATION_COLUMNS = List.of("relation", "kind", "status", "source_claim", "source_document",
			"target_claim", "target_document", "rationale");
	/**
	 * The column that comes first when every layer is exported: the layer's coder id
	 * ({@code curated} for the curated layer).
	 */
	public static final String CODER = "coder";

	private ClaimRows() {
	}

	/** Each claim of the corpus as a row (column name to value), document by document. */
	public static void claims(CorpusStore store, Consumer<Map<String, Object>> sink) throws CorpusException {
		try {
			claims(store, ExportScope.WHOLE_CORPUS.documents(store), Progress.NONE, sink);
		} catch (IOException e) {
			throw new UncheckedIOException(e); // the visitor does no I/O
		}
	}

	/** Each claim of these documents as a row, document by document. */
	static void claims(CorpusStore store, List<Document> documents, Progress progress, Consumer<Map<String, Object>> sink)
			throws IOException, CorpusException {
		try (ExportLayers layers = ExportLayers.oneLayer(store)) {
			claims(store, documents, layers, progress, sink);
		}
	}

	/** Each claim of these documents in the layers written, as a row with its layer's {@link #CODER}, document by document. */
	static void claims(CorpusStore store, List<Document> documents, ExportLayers layers, Progress progress, Consumer<Map<String, Object>> sink)
			throws IOException, CorpusException {
		DocumentWalk.each(store, documents, layers, progress, (document, text, written) -> {
			for (ExportLayers.Layer layer : written) {
				for (Claim claim : layer.content().getClaims()) {
					Map<String, Object> row = row(document, text, claim);
					row.put(CODER, layer.label());
					sink.accept(row);
				}
			}
		});
	}

	private static Map<String, Object> row(Document document, String text, Claim claim) {
		List<SpanAnnotation> spans = new ArrayList<>(claim.getSpans());
		spans.sort(Comparator.comparingInt(SpanAnnotation::getBegin));
		int begin = spans.isEmpty() ? 0 : spans.get(0).getBegin();
		int end = spans.isEmpty() ? 0 : spans.get(spans.size() - 1).getEnd();
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("document", document.getId());
		row.put("title", document.getTitle());
		row.put("outlet", document.getOutlet());
		row.put("date", document.getPublicationDate());
		row.put("claim", claim.getId());
		row.put("speaker", name(claim.getSpeaker()));
		row.put("via", name(claim.getVia()));
		row.put("when_stated", claim.getWhenStated());
		row.put("when_date", claim.getWhenDate());
		row.put("stance", claim.getStance().getLiteral().toLowerCase(java.util.Locale.ROOT));
		row.put("kind", claim.getKind().getLiteral().toLowerCase(java.util.Locale.ROOT));
		row.put("proposition", claim.getProposition() == null ? null : claim.getProposition().getStatement());
		row.put("paraphrase", claim.getParaphrase());
		row.put("quote", spans.stream().map(s -> text.substring(s.getBegin(), s.getEnd())).collect(Collectors.joining(" \u2026 ")));
		row.put("begin", begin);
		row.put("end", end);
		row.put("begin_cp", Offsets.toCodePoints(text, begin));
		row.put("end_cp", Offsets.toCodePoints(text, end));
		return row;
	}

	/** Each claim relation as a row. */
	public static void relations(CorpusStore store, Consumer<Map<String, Object>> sink) {
		relations(store, null, sink);
	}

	/**
	 * Each claim relation whose two claims are in {@code documentIds} (all when null) as a row; the
	 * claims are named without loading their documents.
	 */
	static void relations(CorpusStore store, Set<String> documentIds, Consumer<Map<String, Object>> sink) {
		try (ExportLayers layers = ExportLayers.oneLayer(store)) {
			relations(layers, documentIds, sink);
		}
	}

	/** Each relation of the layers written whose two claims are in {@code documentIds} (all when null), with its layer's {@link #CODER}. */
	static void relations(ExportLayers layers, Set<String> documentIds, Consumer<Map<String, Object>> sink) {
		for (ExportLayers.Relation layered : layers.relations()) {
			ClaimRelation relation = layered.relation();
			ClaimRef source = layered.source();
			ClaimRef target = layered.target();
			if (documentIds != null && (source == null || target == null || !documentIds.contains(source.documentId())
					|| !documentIds.contains(target.documentId()))) {
				continue;
			}
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("relation", relation.getId());
			row.put("kind", relation.getKind().getLiteral().toLowerCase(java.util.Locale.ROOT));
			row.put("status", relation.getStatus().getLiteral().toLowerCase(java.util.Locale.ROOT));
			row.put("source_claim", source == null ? null : source.claimId());
			row.put("source_document", source == null ? null : source.documentId());
			row.put("target_claim", target == null ? null : target.claimId());
			row.put("target_document", target == null ? null : target.documentId());
			row.put("rationale", relation.getRationale());
			row.put(CODER, ExportLayers.label(layered.layer()));
			sink.accept(row);
		}
	}

	private static String name(Entity entity) {
		return entity == null ? null : entity.getCanonicalName();
	}
}
