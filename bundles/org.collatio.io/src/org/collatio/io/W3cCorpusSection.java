/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import static org.collatio.io.W3cExport.SOURCES_FOLDER;
import static org.collatio.io.W3cExport.field;
import static org.collatio.io.W3cExport.literal;

import java.io.IOException;
import java.util.List;

import org.collatio.model.Annotator;
import org.collatio.model.Corpus;
import org.collatio.model.Document;
import org.collatio.model.Entity;
import org.collatio.model.Proposition;
import org.collatio.model.Tag;
import org.collatio.model.TagSet;
import org.collatio.model.TextRegion;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The {@code collatio:corpus} section of a W3C export, written before the annotations: tag sets,
 * entities, propositions, annotators, (exporting every layer) the layers and who made each, and the
 * documents' metadata.
 */
final class W3cCorpusSection {

	/** A layer as the section lists it: its name, and the agent its annotations name as their creator (null: none). */
	record Layer(String name, String agentIri, String agentName) {
	}

	private W3cCorpusSection() {
	}

	static void write(JsonGenerator json, Corpus corpus, List<Document> documents, List<Layer> layers) throws IOException {
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
		if (layers != null) {
			json.writeArrayFieldStart("layers");
			for (Layer layer : layers) {
				json.writeStartObject();
				field(json, "id", layer.name());
				field(json, "creator", layer.agentIri());
				field(json, "name", layer.agentName());
				json.writeEndObject();
			}
			json.writeEndArray();
		}
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
}
