/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Annotator;
import org.collatio.model.Claim;
import org.collatio.model.ClaimRelation;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.Mention;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * W3C Web Annotation (JSON-LD), self-contained: a folder with {@code annotations.jsonld} (one
 * AnnotationCollection whose first page holds every annotation) and {@code sources/ID.txt} (each
 * document's exact text). Spans, claims, mentions and claim relations each become an Annotation;
 * what the Web Annotation vocabulary has no term for (stance, relation kind and status, the tag
 * set, entities, document metadata) is written under Collatio's own namespace. Text positions are
 * in code points, as the model requires. Written as a stream, one document in memory at a time.
 * Exporting every layer, each layer's annotations are written with ids of their own layer, naming
 * it ({@code collatio:layer}) and its agent as their {@code creator}. The mapping is described in
 * FORMATS.md.
 */
public final class W3cExport {

	static final String ANNOTATIONS_FILE = "annotations.jsonld";
	static final String SOURCES_FOLDER = "sources";
	static final String ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
	static final String NAMESPACE = "https://collatio.org/ns/1.0#";
	static final String CORPUS_KEY = "collatio:corpus";
	/** Characters of context kept in a TextQuoteSelector's prefix and suffix. */
	static final int CONTEXT_CODE_POINTS = 32;

	private static final JsonFactory JSON = new JsonFactory();

	private W3cExport() {
	}

	public static ExportSummary export(CorpusStore store, ExportScope scope, Path folder, Progress progress) throws IOException, CorpusException {
		List<Document> documents = scope.documents(store);
		ExportSummary summary = new ExportSummary(folder);
		progress.begin("W3C Web Annotation", documents.size());
		try (ExportLayers layers = ExportLayers.of(store, scope)) {
			Outputs.folder(folder, staging -> {
				Path sources = Files.createDirectories(staging.resolve(SOURCES_FOLDER));
				try (OutputStream out = Files.newOutputStream(staging.resolve(ANNOTATIONS_FILE));
						JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
					json.writeStartObject();
					context(json);
					json.writeStringField("id", Iris.of("corpus", store.getCorpus().getName() == null ? "corpus" : store.getCorpus().getName()));
					json.writeStringField("type", "AnnotationCollection");
					field(json, "label", store.getCorpus().getName());
					json.writeFieldName(CORPUS_KEY);
					W3cCorpusSection.write(json, store.getCorpus(), documents, sectionLayers(layers));
					json.writeObjectFieldStart("first");
					json.writeStringField("type", "AnnotationPage");
					json.writeArrayFieldStart("items");
					annotations(json, store, documents, layers, sources, summary, progress);
					json.writeEndArray();
					json.writeEndObject();
					json.writeEndObject();
				}
			});
		}
		return summary;
	}

	/** Every layer's annotations of each document, document by document, then the relations, layer by layer. */
	private static void annotations(JsonGenerator json, CorpusStore store, List<Document> documents, ExportLayers layers, Path sources,
			ExportSummary summary, Progress progress) throws IOException, CorpusException {
		Map<String, Set<ClaimRef>> exported = new HashMap<>();
		DocumentWalk.each(store, documents, layers, progress, (document, text, written) -> {
			Files.writeString(sources.resolve(document.getId() + ".txt"), text, StandardCharsets.UTF_8);
			summary.count("documents", 1);
			for (ExportLayers.Layer layer : written) {
				DocumentContent content = layer.content();
				document(json, document, content, LayerWriting.of(layers, layer.name()));
				Set<ClaimRef> claims = exported.computeIfAbsent(layer.label(), k -> new HashSet<>());
				content.getClaims().forEach(claim -> claims.add(new ClaimRef(document.getId(), claim.getId())));
				summary.count("spans", content.getSpans().size()).count("claims", content.getClaims().size()).count("mentions",
						content.getMentions().size());
			}
		});
		int skipped = 0;
		for (ExportLayers.Relation relation : layers.relations()) {
			Set<ClaimRef> claims = exported.getOrDefault(ExportLayers.label(relation.layer()), Set.of());
			if (claims.contains(relation.source()) && claims.contains(relation.target())) {
				relation(json, relation.relation(), relation.source(), relation.target(), LayerWriting.of(layers, relation.layer()));
				summary.count("relations", 1);
			} else {
				skipped++;
			}
		}
		if (skipped > 0) {
			summary.warn(skipped + " relations join claims outside the exported documents and were left out");
		}
	}

	/** The layers, with their agents, listed in the corpus section when every layer is exported; null otherwise. */
	private static List<W3cCorpusSection.Layer> sectionLayers(ExportLayers layers) {
		if (!layers.isEveryLayer()) {
			return null;
		}
		return layers.names().stream().map(name -> {
			ExportLayers.Agent agent = layers.agent(name);
			return new W3cCorpusSection.Layer(ExportLayers.label(name), agent == null ? null : agent.iri(), agent == null ? null : agent.name());
		}).toList();
	}

	private static void context(JsonGenerator json) throws IOException {
		json.writeArrayFieldStart("@context");
		json.writeString(ANNO_CONTEXT);
		json.writeStartObject();
		json.writeStringField("collatio", NAMESPACE);
		json.writeStringField("@vocab", NAMESPACE);
		json.writeEndObject();
		json.writeEndArray();
	}

	// ---- annotations

	private static void document(JsonGenerator json, Document document, DocumentContent content, LayerWriting w) throws IOException {
		String text = content.getText();
		Offsets.Index offsets = Offsets.index(text);
		String source = Iris.of("document", document.getId());
		for (SpanAnnotation span : content.getSpans()) {
			start(json, w, w.iri("span", document.getId(), span.getId()),
					!span.getTags().isEmpty() ? "tagging" : span.getNote() != null ? "commenting" : "highlighting");
			provenance(json, w, span.getAnnotator(), span.getCreated(), span.getModified());
			if (!span.getTags().isEmpty() || span.getNote() != null) {
				json.writeArrayFieldStart("body");
				for (Tag tag : span.getTags()) {
					json.writeStartObject();
					json.writeStringField("type", "TextualBody");
					json.writeStringField("purpose", "tagging");
					json.writeStringField("value", tag.getCode() != null ? tag.getCode() : tag.getName());
					field(json, "collatio:tag", tag.getId());
					json.writeEndObject();
				}
				if (span.getNote() != null) {
					textualBody(json, "commenting", span.getNote());
				}
				json.writeEndArray();
			}
			json.writeObjectFieldStart("target");
			json.writeStringField("type", "SpecificResource");
			json.writeStringField("source", source);
			json.writeArrayFieldStart("selector");
			int start = offsets.toCodePoints(span.getBegin());
			int end = offsets.toCodePoints(span.getEnd());
			json.writeStartObject();
			json.writeStringField("type", "TextPositionSelector");
			json.writeNumberField("start", start);
			json.writeNumberField("end", end);
			json.writeEndObject();
			json.writeStartObject();
			json.writeStringField("type", "TextQuoteSelector");
			json.writeStringField("exact", text.substring(span.getBegin(), span.getEnd()));
			json.writeStringField("prefix", text.substring(offsetBack(text, span.getBegin()), span.getBegin()));
			json.writeStringField("suffix", text.substring(span.getEnd(), offsetForward(text, span.getEnd())));
			json.writeEndObject();
			json.writeEndArray();
			json.writeEndObject();
			json.writeEndObject();
		}
		for (Claim claim : content.getClaims()) {
			start(json, w, w.iri("claim", document.getId(), claim.getId()), "describing");
			provenance(json, w, claim.getAnnotator(), claim.getCreated(), claim.getModified());
			if (claim.getParaphrase() != null || claim.getProposition() != null) {
				json.writeArrayFieldStart("body");
				if (claim.getParaphrase() != null) {
					textualBody(json, "describing", claim.getParaphrase());
				}
				if (claim.getProposition() != null && claim.getProposition().getStatement() != null) {
					textualBody(json, "classifying", claim.getProposition().getStatement());
				}
				json.writeEndArray();
			}
			// one target is written as a value, not as an array of one: the W3C tests' schemas
			// count an array of one IRI twice (as a single IRI and as an array) and reject it
			if (claim.getSpans().size() == 1) {
				json.writeStringField("target", w.iri("span", document.getId(), claim.getSpans().get(0).getId()));
			} else if (claim.getSpans().isEmpty()) {
				json.writeStringField("target", source);
			} else {
				json.writeArrayFieldStart("target");
				for (SpanAnnotation span : claim.getSpans()) {
					json.writeString(w.iri("span", document.getId(), span.getId()));
				}
				json.writeEndArray();
			}
			field(json, "collatio:speaker", entity(claim.getSpeaker()));
			field(json, "collatio:via", entity(claim.getVia()));
			field(json, "collatio:whenStated", claim.getWhenStated());
			field(json, "collatio:whenDate", claim.getWhenDate());
			field(json, "collatio:proposition", claim.getProposition() == null ? null : Iris.of("proposition", claim.getProposition().getId()));
			field(json, "collatio:stance", literal(claim.getStance()));
			field(json, "collatio:kind", literal(claim.getKind()));
			json.writeEndObject();
		}
		for (Mention mention : content.getMentions()) {
			start(json, w, w.iri("mention", document.getId(), mention.getId()), "identifying");
			if (w.layer() != null) {
				provenance(json, w, null, null, null); // exporting every layer, every annotation names its layer's agent
			}
			field(json, "body", entity(mention.getEntity()));
			json.writeStringField("target", mention.getSpan() == null ? source : w.iri("span", document.getId(), mention.getSpan().getId()));
			json.writeEndObject();
		}
	}

	private static void relation(JsonGenerator json, ClaimRelation relation, ClaimRef from, ClaimRef to, LayerWriting w) throws IOException {
		start(json, w, w.iri("relation", relation.getId()), "linking");
		provenance(json, w, relation.getAnnotator(), relation.getCreated(), null);
		String linked = w.iri("claim", to.documentId(), to.claimId());
		if (relation.getRationale() == null) {
			json.writeStringField("body", linked); // one body as a value, as for a claim's target
		} else {
			json.writeArrayFieldStart("body");
			json.writeString(linked);
			textualBody(json, "commenting", relation.getRationale());
			json.writeEndArray();
		}
		json.writeStringField("target", w.iri("claim", from.documentId(), from.claimId()));
		field(json, "collatio:relation", literal(relation.getKind()));
		field(json, "collatio:status", literal(relation.getStatus()));
		json.writeEndObject();
	}

	private static void start(JsonGenerator json, LayerWriting w, String id, String motivation) throws IOException {
		json.writeStartObject();
		context(json);
		json.writeStringField("id", id);
		json.writeStringField("type", "Annotation");
		json.writeStringField("motivation", motivation);
		field(json, "collatio:layer", w.layer());
	}

	/** The creator (the layer's agent when every layer is exported, else the object's annotator) and the times. */
	private static void provenance(JsonGenerator json, LayerWriting w, Annotator annotator, Date created, Date modified) throws IOException {
		if (w.agent() != null) {
			json.writeObjectFieldStart("creator");
			json.writeStringField("id", w.agent().iri());
			field(json, "name", w.agent().name());
			json.writeEndObject();
		} else if (annotator != null) {
			json.writeObjectFieldStart("creator");
			json.writeStringField("id", Iris.of("annotator", annotator.getId()));
			field(json, "name", annotator.getName());
			json.writeEndObject();
		}
		field(json, "created", created == null ? null : created.toInstant().toString());
		field(json, "modified", modified == null ? null : modified.toInstant().toString());
	}

	private static void textualBody(JsonGenerator json, String purpose, String value) throws IOException {
		json.writeStartObject();
		json.writeStringField("type", "TextualBody");
		json.writeStringField("purpose", purpose);
		json.writeStringField("value", value);
		json.writeEndObject();
	}

	private static String entity(Entity entity) {
		return entity == null ? null : Iris.of("entity", entity.getId());
	}

	/** The UTF-16 offset CONTEXT_CODE_POINTS code points before {@code offset} (or 0). */
	private static int offsetBack(String text, int offset) {
		int available = text.codePointCount(0, offset);
		return text.offsetByCodePoints(offset, -Math.min(CONTEXT_CODE_POINTS, available));
	}

	private static int offsetForward(String text, int offset) {
		int available = text.codePointCount(offset, text.length());
		return text.offsetByCodePoints(offset, Math.min(CONTEXT_CODE_POINTS, available));
	}

	static String literal(org.eclipse.emf.common.util.Enumerator value) {
		return value == null ? null : value.getLiteral().toLowerCase(Locale.ROOT);
	}

	static void field(JsonGenerator json, String name, String value) throws IOException {
		if (value != null) {
			json.writeStringField(name, value);
		}
	}
}
