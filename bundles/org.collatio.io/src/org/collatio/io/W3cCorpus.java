/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Annotator;
import org.collatio.model.CollatioFactory;
import org.collatio.model.Corpus;
import org.collatio.model.Document;
import org.collatio.model.Entity;
import org.collatio.model.EntityKind;
import org.collatio.model.Proposition;
import org.collatio.model.RegionKind;
import org.collatio.model.Tag;
import org.collatio.model.TagSet;
import org.collatio.model.TextRegion;
import org.collatio.model.Verdict;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The {@code collatio:corpus} section of a W3C export read back: tag sets, entities, propositions,
 * annotators (each with an id, none defined twice) and the documents with their texts (read from
 * the export folder only, see {@link ExportFolder}), their dates real dates and their boilerplate
 * regions inside their texts.
 */
final class W3cCorpus {

	private static final CollatioFactory F = CollatioFactory.eINSTANCE;

	private final W3cValues checked;
	private final ExportFolder folder;
	private final CorpusStore store;
	private final ExportSummary summary;
	private final Path file;
	private final Map<String, Tag> tags = new HashMap<>();
	private final Map<String, Entity> entities = new HashMap<>();
	private final Map<String, Proposition> propositions = new HashMap<>();
	private final Map<String, Annotator> annotators = new HashMap<>();

	W3cCorpus(Path file, ExportFolder folder, CorpusStore store, ExportSummary summary) {
		this.file = file;
		this.checked = new W3cValues(file);
		this.folder = folder;
		this.store = store;
		this.summary = summary;
	}

	/** Tags by id. */
	Map<String, Tag> tags() {
		return tags;
	}

	/** Entities by URN. */
	Map<String, Entity> entities() {
		return entities;
	}

	/** Propositions by URN. */
	Map<String, Proposition> propositions() {
		return propositions;
	}

	/** Annotators by URN. */
	Map<String, Annotator> annotators() {
		return annotators;
	}

	/** Reads the section into the store's corpus: its definitions, then every document with its text. */
	void read(JsonNode corpusNode, Progress progress) throws IOException, CorpusException, FormatException {
		if (corpusNode.has("layers")) {
			throw checked.problem("it holds every coder's layer (an export of every layer), and a corpus is read back from an export of one layer: "
					+ "export the layer to read back without every layer");
		}
		Corpus corpus = store.getCorpus();
		corpus.setName(text(corpusNode, "name"));
		corpus.setDescription(text(corpusNode, "description"));
		corpus.getTagSets().clear();
		for (JsonNode setNode : checked.objects(corpusNode, "tagSets", W3cExport.CORPUS_KEY)) {
			TagSet set = F.createTagSet();
			set.setId(text(setNode, "id"));
			set.setName(text(setNode, "name"));
			set.setDescription(text(setNode, "description"));
			tags(setNode, set.getTags());
			corpus.getTagSets().add(set);
		}
		for (JsonNode node : checked.objects(corpusNode, "entities", W3cExport.CORPUS_KEY)) {
			Entity entity = F.createEntity();
			entity.setId(id(node, "entity"));
			entity.setKind(checked.literal(node, "kind", EntityKind::getByName, EntityKind.PERSON));
			entity.setCanonicalName(text(node, "canonicalName"));
			for (JsonNode alias : W3cValues.values(node, "aliases")) {
				if (!alias.isValueNode() || alias.isNull()) {
					throw checked.problem("entity " + entity.getId() + ": an alias is " + StrictJson.kind(alias) + ", not a name");
				}
				entity.getAliases().add(alias.asText());
			}
			entity.setDescription(text(node, "description"));
			corpus.getEntities().add(entity);
			unique(entities, Iris.of("entity", entity.getId()), entity);
		}
		for (JsonNode node : checked.objects(corpusNode, "propositions", W3cExport.CORPUS_KEY)) {
			Proposition proposition = F.createProposition();
			proposition.setId(id(node, "proposition"));
			proposition.setStatement(text(node, "statement"));
			proposition.setVerdict(checked.literal(node, "verdict", Verdict::getByName, Verdict.UNDECIDED));
			proposition.setVerdictNote(text(node, "verdictNote"));
			proposition.setNotes(text(node, "notes"));
			corpus.getPropositions().add(proposition);
			unique(propositions, Iris.of("proposition", proposition.getId()), proposition);
		}
		for (JsonNode node : checked.objects(corpusNode, "annotators", W3cExport.CORPUS_KEY)) {
			Annotator annotator = F.createAnnotator();
			annotator.setId(id(node, "annotator"));
			annotator.setName(text(node, "name"));
			corpus.getAnnotators().add(annotator);
			unique(annotators, Iris.of("annotator", annotator.getId()), annotator);
		}
		List<JsonNode> documents = checked.objects(corpusNode, "documents", W3cExport.CORPUS_KEY);
		progress.begin("Import W3C Web Annotation", documents.size());
		for (JsonNode node : documents) {
			document(node);
		}
	}

	private void tags(JsonNode parent, List<Tag> into) throws FormatException {
		for (JsonNode node : checked.objects(parent, "tags", "tag set or tag " + text(parent, "id"))) {
			Tag tag = F.createTag();
			tag.setId(id(node, "tag"));
			tag.setCode(text(node, "code"));
			tag.setName(text(node, "name"));
			tag.setDescription(text(node, "description"));
			tag.setColor(text(node, "color"));
			tag.setKey(text(node, "key"));
			unique(tags, tag.getId(), tag);
			into.add(tag);
			tags(node, tag.getChildren());
		}
	}

	/** The id of a tag, entity, proposition or annotator: required, as everything refers to it. */
	private String id(JsonNode node, String what) throws FormatException {
		String id = text(node, "id");
		if (id == null || id.isBlank()) {
			throw checked.problem(W3cExport.CORPUS_KEY + ": a" + ("aeiou".indexOf(what.charAt(0)) >= 0 ? "n " : " ") + what + " has no \"id\""
					+ (text(node, "name") != null ? " (" + text(node, "name") + ")" : ""));
		}
		return id;
	}

	private <T> void unique(Map<String, T> known, String key, T value) throws FormatException {
		if (known.putIfAbsent(key, value) != null) {
			throw checked.problem(W3cExport.CORPUS_KEY + ": " + key + " is defined twice");
		}
	}

	private void document(JsonNode node) throws IOException, CorpusException, FormatException {
		String id = text(node, "id");
		if (id == null || !id.matches("[A-Za-z0-9_.-]+") || store.findDocument(id) != null) {
			throw checked.problem("document id " + id + " is missing, not a plain name, or given twice");
		}
		String textPath = text(node, "text") == null ? W3cExport.SOURCES_FOLDER + "/" + id + ".txt" : text(node, "text");
		String text = folder.readText(textPath, "the text of document " + id, file);
		if (node.has("length") && node.get("length").asInt() != text.length()) {
			throw checked.problem("document " + id + ": its text " + textPath + " has " + text.length() + " UTF-16 units, the export says "
					+ node.get("length").asInt());
		}
		Document document = F.createDocument();
		document.setId(id);
		document.setTitle(text(node, "title"));
		document.setOutlet(text(node, "outlet"));
		if (node.hasNonNull("outletEntity")) {
			document.setOutletEntity(entities.get(Iris.of("entity", text(node, "outletEntity"))));
			if (document.getOutletEntity() == null) {
				throw checked.problem("document " + id + ": its outlet entity " + text(node, "outletEntity") + " is not among the entities");
			}
		}
		document.setAuthor(text(node, "author"));
		document.setUrl(text(node, "url"));
		document.setPublicationDate(checked.partialDate("document " + id, node, "publicationDate"));
		document.setLanguage(text(node, "language"));
		document.setImportedFrom(text(node, "importedFrom"));
		document.setContentHash(text(node, "contentHash"));
		for (JsonNode regionNode : checked.objects(node, "boilerplate", "document " + id)) {
			TextRegion region = F.createTextRegion();
			region.setBegin(regionNode.path("begin").asInt(-1));
			region.setEnd(regionNode.path("end").asInt(-1));
			if (region.getBegin() < 0 || region.getEnd() < region.getBegin() || region.getEnd() > text.length()) {
				throw checked.problem("document " + id + ": boilerplate " + region.getBegin() + "-" + region.getEnd() + " lies outside its text ("
						+ text.length() + " UTF-16 units)");
			}
			region.setKind(checked.literal(regionNode, "kind", RegionKind::getByName, RegionKind.BOILERPLATE));
			region.setLabel(text(regionNode, "label"));
			document.getBoilerplate().add(region);
		}
		store.addDocument(document, text);
		summary.count("documents", 1);
	}

	private static String text(JsonNode node, String field) {
		return W3cValues.text(node, field);
	}
}
