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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Annotator;
import org.collatio.model.Claim;
import org.collatio.model.ClaimRelation;
import org.collatio.model.Corpus;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.Mention;
import org.collatio.model.Proposition;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;
import org.collatio.model.TagSet;
import org.collatio.model.TextRegion;

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
 * The mapping is described in FORMATS.md.
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
				corpus(json, store.getCorpus(), documents);
				json.writeObjectFieldStart("first");
				json.writeStringField("type", "AnnotationPage");
				json.writeArrayFieldStart("items");
				Set<ClaimRef> exported = new HashSet<>();
				DocumentWalk.each(store, documents, progress, (document, content) -> {
					Files.writeString(sources.resolve(document.getId() + ".txt"), content.getText(), StandardCharsets.UTF_8);
					document(json, document, content);
					content.getClaims().forEach(claim -> exported.add(new ClaimRef(document.getId(), claim.getId())));
					summary.count("documents", 1).count("spans", content.getSpans().size()).count("claims", content.getClaims().size())
							.count("mentions", content.getMentions().size());
				});
				int skipped = 0;
				for (ClaimRelation relation : org.collatio.core.derived.LayerRelations.of(store)) {
					ClaimRef from = ClaimRef.source(relation);
					ClaimRef to = ClaimRef.target(relation);
					if (exported.contains(from) && exported.contains(to)) {
						relation(json, relation, from, to);
						summary.count("relations", 1);
					} else {
						skipped++;
					}
				}
				if (skipped > 0) {
					summary.warn(skipped + " relations join claims outside the exported documents and were left out");
				}
				json.writeEndArray();
				json.writeEndObject();
				json.writeEndObject();
			}
		});
		return summary;
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

	// ---- the corpus: tag sets, entities, propositions, annotators, document metadata

	private static void corpus(JsonGenerator json, Corpus corpus, List<Document> documents) throws IOException {
		json.writeStartObject();
		field(json, "name", corpus.getName());
		field(json, "description", corpus.getDescription());
		json.writeArrayFieldStart("tagSets");
		for (TagSet set : corpus.getTagSets()) {
			json.writeStartObject();
			field(json, "id", set.getId());
			field(json, "name", set.getName());
			field(json, "description", set.getDescription());
			tags(json, set.getTags());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeArrayFieldStart("entities");
		for (Entity entity : corpus.getEntities()) {
			json.writeStartObject();
			field(json, "id", entity.getId());
			field(json, "kind", literal(entity.getKind()));
			field(json, "canonicalName", entity.getCanonicalName());
			json.writeArrayFieldStart("aliases");
			for (String alias : entity.getAliases()) {
				json.writeString(alias);
			}
			json.writeEndArray();
			field(json, "description", entity.getDescription());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeArrayFieldStart("propositions");
		for (Proposition proposition : corpus.getPropositions()) {
			json.writeStartObject();
			field(json, "id", proposition.getId());
			field(json, "statement", proposition.getStatement());
			field(json, "verdict", literal(proposition.getVerdict()));
			field(json, "verdictNote", proposition.getVerdictNote());
			field(json, "notes", proposition.getNotes());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeArrayFieldStart("annotators");
		for (Annotator annotator : corpus.getAnnotators()) {
			json.writeStartObject();
			field(json, "id", annotator.getId());
			field(json, "name", annotator.getName());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeArrayFieldStart("documents");
		for (Document document : documents) {
			json.writeStartObject();
			field(json, "id", document.getId());
			field(json, "source", Iris.of("document", document.getId()));
			field(json, "text", SOURCES_FOLDER + "/" + document.getId() + ".txt");
			field(json, "title", document.getTitle());
			field(json, "outlet", document.getOutlet());
			field(json, "outletEntity", document.getOutletEntity() == null ? null : document.getOutletEntity().getId());
			field(json, "author", document.getAuthor());
			field(json, "url", document.getUrl());
			field(json, "publicationDate", document.getPublicationDate());
			field(json, "language", document.getLanguage());
			field(json, "importedFrom", document.getImportedFrom());
			field(json, "contentHash", document.getContentHash());
			json.writeNumberField("length", document.getLength());
			json.writeArrayFieldStart("boilerplate");
			for (TextRegion region : document.getBoilerplate()) {
				json.writeStartObject();
				json.writeNumberField("begin", region.getBegin());
				json.writeNumberField("end", region.getEnd());
				field(json, "kind", literal(region.getKind()));
				field(json, "label", region.getLabel());
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeEndObject();
	}

	private static void tags(JsonGenerator json, List<Tag> tags) throws IOException {
		json.writeArrayFieldStart("tags");
		for (Tag tag : tags) {
			json.writeStartObject();
			field(json, "id", tag.getId());
			field(json, "code", tag.getCode());
			field(json, "name", tag.getName());
			field(json, "description", tag.getDescription());
			field(json, "color", tag.getColor());
			field(json, "key", tag.getKey());
			tags(json, tag.getChildren());
			json.writeEndObject();
		}
		json.writeEndArray();
	}

	// ---- annotations

	private static void document(JsonGenerator json, Document document, DocumentContent content) throws IOException {
		String text = content.getText();
		Offsets.Index offsets = Offsets.index(text);
		String source = Iris.of("document", document.getId());
		for (SpanAnnotation span : content.getSpans()) {
			start(json, Iris.of("span", document.getId(), span.getId()),
					!span.getTags().isEmpty() ? "tagging" : span.getNote() != null ? "commenting" : "highlighting");
			provenance(json, span.getAnnotator(), span.getCreated(), span.getModified());
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
			start(json, Iris.of("claim", document.getId(), claim.getId()), "describing");
			provenance(json, claim.getAnnotator(), claim.getCreated(), claim.getModified());
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
				json.writeStringField("target", Iris.of("span", document.getId(), claim.getSpans().get(0).getId()));
			} else if (claim.getSpans().isEmpty()) {
				json.writeStringField("target", source);
			} else {
				json.writeArrayFieldStart("target");
				for (SpanAnnotation span : claim.getSpans()) {
					json.writeString(Iris.of("span", document.getId(), span.getId()));
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
			start(json, Iris.of("mention", document.getId(), mention.getId()), "identifying");
			field(json, "body", entity(mention.getEntity()));
			json.writeStringField("target", mention.getSpan() == null ? source : Iris.of("span", document.getId(), mention.getSpan().getId()));
			json.writeEndObject();
		}
	}

	private static void relation(JsonGenerator json, ClaimRelation relation, ClaimRef from, ClaimRef to) throws IOException {
		start(json, Iris.of("relation", relation.getId()), "linking");
		provenance(json, relation.getAnnotator(), relation.getCreated(), null);
		String linked = Iris.of("claim", to.documentId(), to.claimId());
		if (relation.getRationale() == null) {
			json.writeStringField("body", linked); // one body as a value, as for a claim's target
		} else {
			json.writeArrayFieldStart("body");
			json.writeString(linked);
			textualBody(json, "commenting", relation.getRationale());
			json.writeEndArray();
		}
		json.writeStringField("target", Iris.of("claim", from.documentId(), from.claimId()));
		field(json, "collatio:relation", literal(relation.getKind()));
		field(json, "collatio:status", literal(relation.getStatus()));
		json.writeEndObject();
	}

	private static void start(JsonGenerator json, String id, String motivation) throws IOException {
		json.writeStartObject();
		context(json);
		json.writeStringField("id", id);
		json.writeStringField("type", "Annotation");
		json.writeStringField("motivation", motivation);
	}

	private static void provenance(JsonGenerator json, Annotator annotator, Date created, Date modified) throws IOException {
		if (annotator != null) {
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

	private static void field(JsonGenerator json, String name, String value) throws IOException {
		if (value != null) {
			json.writeStringField(name, value);
		}
	}
}
