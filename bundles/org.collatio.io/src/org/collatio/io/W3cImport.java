/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Annotator;
import org.collatio.model.Claim;
import org.collatio.model.ClaimKind;
import org.collatio.model.ClaimRelation;
import org.collatio.model.CollatioFactory;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.Mention;
import org.collatio.model.RelationKind;
import org.collatio.model.RelationStatus;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Stance;
import org.collatio.model.Tag;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a W3C Web Annotation export of Collatio ({@link W3cExport}: {@code annotations.jsonld} and
 * {@code sources/}) into a new corpus. The file is read as a stream, one annotation at a time;
 * every annotation is checked against the text it points at (its TextQuoteSelector must quote the
 * text at its TextPositionSelector), and the first problem stops the import, naming the file and
 * the annotation. Nothing is left behind by a failed import.
 */
public final class W3cImport {

	private static final CollatioFactory F = CollatioFactory.eINSTANCE;

	private final Path file;
	private final CorpusStore store;
	private final ExportSummary summary;
	private final W3cValues checked;
	private final W3cCorpus corpus;
	/** The document whose annotations are being read, and its spans by id. */
	private Document current;
	private final Map<String, SpanAnnotation> spans = new HashMap<>();
	private final List<JsonNode> relations = new ArrayList<>();

	private W3cImport(Path file, CorpusStore store, ExportSummary summary) throws IOException {
		this.file = file;
		this.checked = new W3cValues(file);
		this.corpus = new W3cCorpus(file, new ExportFolder(file.toAbsolutePath().getParent()), store, summary);
		this.store = store;
		this.summary = summary;
	}

	/** {@code source} is the export folder or its annotations.jsonld. */
	public static ExportSummary importInto(Path source, Path corpusDirectory, Progress progress) throws IOException, FormatException, CorpusException {
		Path file = Files.isDirectory(source) ? source.resolve(W3cExport.ANNOTATIONS_FILE) : source;
		if (!Files.isRegularFile(file)) {
			throw new FormatException(source, "not a W3C Web Annotation export of Collatio: there is no " + W3cExport.ANNOTATIONS_FILE);
		}
		if (Files.isDirectory(source)) {
			new ExportFolder(source).resolve(W3cExport.ANNOTATIONS_FILE, "the annotations", file); // not a link out of the folder
		}
		ExportSummary summary = new ExportSummary(corpusDirectory);
		NewCorpusFolder.<FormatException> create(corpusDirectory, staging -> {
			try (CorpusStore store = CorpusStore.openOrCreate(staging, corpusDirectory.getFileName().toString())) {
				new W3cImport(file, store, summary).read(progress);
			}
		});
		return summary;
	}

	private void read(Progress progress) throws IOException, CorpusException, FormatException {
		try (JsonParser parser = StrictJson.parser(file)) {
			try {
				collection(parser, progress);
			} catch (JsonProcessingException e) {
				throw StrictJson.problem(file, e, parser);
			}
		}
		finishDocument();
		for (JsonNode relation : relations) {
			relation(relation);
		}
		store.save();
	}

	private void collection(JsonParser parser, Progress progress) throws IOException, CorpusException, FormatException {
		if (parser.nextToken() != JsonToken.START_OBJECT) {
			throw problem("it does not hold a JSON object");
		}
		boolean corpusRead = false;
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			if (W3cExport.CORPUS_KEY.equals(name)) {
				if (value != JsonToken.START_OBJECT) {
					throw problem("\"" + W3cExport.CORPUS_KEY + "\" is not an object" + at(parser));
				}
				corpus.read(StrictJson.tree(parser), progress);
				corpusRead = true;
			} else if ("first".equals(name)) {
				if (!corpusRead) {
					throw problem("the annotations come before \"" + W3cExport.CORPUS_KEY + "\" (the tag sets, entities and documents)");
				}
				if (value != JsonToken.START_OBJECT) {
					throw problem("\"first\" is not an object (the page that holds the annotations)" + at(parser));
				}
				page(parser, progress);
			} else {
				parser.skipChildren();
			}
		}
		if (!corpusRead) {
			throw problem("it has no \"" + W3cExport.CORPUS_KEY + "\": not a W3C export of Collatio");
		}
		if (parser.nextToken() != null) {
			throw problem("there is more after the JSON object" + at(parser));
		}
	}

	/** The annotations of the page, strictly: {@code items} is an array of objects, nothing else. */
	private void page(JsonParser parser, Progress progress) throws IOException, CorpusException, FormatException {
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			if (!"items".equals(name)) {
				parser.skipChildren();
				continue;
			}
			if (value != JsonToken.START_ARRAY) {
				throw problem("the page's \"items\" is not an array" + at(parser));
			}
			int index = 0;
			for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken(), index++) {
				if (item != JsonToken.START_OBJECT) {
					throw problem("item " + index + " of the page's \"items\" is not an annotation object (it is " + StrictJson.kind(StrictJson.tree(parser))
							+ ")" + at(parser));
				}
				progress.checkCanceled();
				annotation(StrictJson.tree(parser), progress);
			}
		}
	}

	private static String at(JsonParser parser) {
		return " (line " + parser.currentLocation().getLineNr() + ", column " + parser.currentLocation().getColumnNr() + ")";
	}

	// ---- annotations

	private void annotation(JsonNode node, Progress progress) throws IOException, CorpusException, FormatException {
		String id = text(node, "id");
		String kind = id != null && id.startsWith(Iris.PREFIX) ? id.substring(Iris.PREFIX.length(), Math.max(Iris.PREFIX.length(), id.indexOf(':', Iris.PREFIX.length()))) : "";
		switch (kind) {
		case "span" -> span(node, parts(id, "span", 2), progress);
		case "claim" -> claim(node, parts(id, "claim", 2), progress);
		case "mention" -> mention(node, parts(id, "mention", 2), progress);
		case "relation" -> relations.add(node);
		default -> throw problem("annotation " + id + " was not written by Collatio (its id is not urn:collatio:span, claim, mention or relation)");
		}
	}

	private DocumentContent content(String documentId, Progress progress) throws CorpusException, FormatException {
		Document document = store.findDocument(documentId);
		if (document == null) {
			throw problem("an annotation refers to document " + documentId + ", which the export does not list");
		}
		if (document != current) {
			finishDocument();
			current = document;
			progress.worked(documentId);
		}
		return store.getContent(document);
	}

	private void finishDocument() throws CorpusException {
		if (current != null) {
			store.saveDocument(current);
			store.unloadContent(current);
			current = null;
			spans.clear();
		}
	}

	private void span(JsonNode node, List<String> ids, Progress progress) throws CorpusException, FormatException {
		DocumentContent content = content(ids.get(0), progress);
		String iri = text(node, "id");
		JsonNode target = node.path("target");
		if (!Iris.of("document", ids.get(0)).equals(text(target, "source"))) {
			throw problem("annotation " + iri + " targets " + text(target, "source") + ", not its document");
		}
		String text = content.getText();
		Integer begin = null;
		Integer end = null;
		String exact = null;
		for (JsonNode selector : values(target, "selector")) {
			if ("TextPositionSelector".equals(text(selector, "type"))) {
				int count = text.codePointCount(0, text.length());
				int start = selector.path("start").asInt(-1);
				int stop = selector.path("end").asInt(-1);
				if (start < 0 || stop < start || stop > count) {
					throw problem("annotation " + iri + ": positions " + start + "-" + stop + " lie outside the text (" + count + " code points)");
				}
				begin = Offsets.toUtf16(text, start);
				end = Offsets.toUtf16(text, stop);
			} else if ("TextQuoteSelector".equals(text(selector, "type"))) {
				exact = text(selector, "exact");
			}
		}
		if (begin == null) {
			throw problem("annotation " + iri + " has no TextPositionSelector");
		}
		if (exact != null && !exact.equals(text.substring(begin, end))) {
			throw problem("annotation " + iri + ": its TextQuoteSelector \"" + exact + "\" is not the text at its positions (\""
					+ text.substring(begin, end) + "\")");
		}
		SpanAnnotation span = F.createSpanAnnotation();
		span.setId(ids.get(1));
		span.setBegin(begin);
		span.setEnd(end);
		for (JsonNode body : bodies(node)) {
			String purpose = text(body, "purpose");
			if ("tagging".equals(purpose)) {
				span.getTags().add(tag(iri, body));
			} else if ("commenting".equals(purpose)) {
				span.setNote(text(body, "value"));
			}
		}
		span.setAnnotator(annotator(node));
		span.setCreated(date(node, "created"));
		span.setModified(date(node, "modified"));
		content.getSpans().add(span);
		spans.put(span.getId(), span);
		summary.count("spans", 1);
	}

	private Tag tag(String iri, JsonNode body) throws FormatException {
		Tag tag = corpus.tags().get(text(body, "collatio:tag"));
		if (tag == null) {
			String value = text(body, "value");
			tag = corpus.tags().values().stream().filter(t -> value != null && (value.equals(t.getCode()) || value.equals(t.getName()))).findFirst().orElse(null);
		}
		if (tag == null) {
			throw problem("annotation " + iri + ": tag " + text(body, "value") + " is not in the tag sets");
		}
		return tag;
	}

	private void claim(JsonNode node, List<String> ids, Progress progress) throws CorpusException, FormatException {
		DocumentContent content = content(ids.get(0), progress);
		String iri = text(node, "id");
		Claim claim = F.createClaim();
		claim.setId(ids.get(1));
		for (JsonNode target : values(node, "target")) {
			if (!Iris.of("document", ids.get(0)).equals(target.asText())) { // a claim of no span targets its document
				claim.getSpans().add(span(iri, ids.get(0), spanParts(iri, target.asText())));
			}
		}
		for (JsonNode body : bodies(node)) {
			if ("describing".equals(text(body, "purpose"))) {
				claim.setParaphrase(text(body, "value"));
			}
		}
		claim.setSpeaker(reference(iri, text(node, "collatio:speaker"), corpus.entities()));
		claim.setVia(reference(iri, text(node, "collatio:via"), corpus.entities()));
		claim.setProposition(reference(iri, text(node, "collatio:proposition"), corpus.propositions()));
		claim.setWhenStated(text(node, "collatio:whenStated"));
		claim.setWhenDate(checked.partialDate("annotation " + iri, node, "collatio:whenDate"));
		claim.setStance(checked.literal(node, "collatio:stance", Stance::getByName, Stance.ASSERTS));
		claim.setKind(checked.literal(node, "collatio:kind", ClaimKind::getByName, ClaimKind.DIRECT_QUOTE));
		claim.setAnnotator(annotator(node));
		claim.setCreated(date(node, "created"));
		claim.setModified(date(node, "modified"));
		content.getClaims().add(claim);
		summary.count("claims", 1);
	}

	private void mention(JsonNode node, List<String> ids, Progress progress) throws CorpusException, FormatException {
		DocumentContent content = content(ids.get(0), progress);
		String iri = text(node, "id");
		Mention mention = F.createMention();
		mention.setId(ids.get(1));
		mention.setEntity(reference(iri, text(node, "body"), corpus.entities()));
		String target = text(node, "target");
		boolean placed = target != null && !Iris.of("document", ids.get(0)).equals(target);
		mention.setSpan(placed ? span(iri, ids.get(0), spanParts(iri, target)) : null);
		content.getMentions().add(mention);
		summary.count("mentions", 1);
	}

	/** The document and span ids of a span IRI; a target that is not one is a problem, never skipped. */
	private List<String> spanParts(String iri, String target) throws FormatException {
		List<String> span = Iris.parts(target, "span");
		if (span == null) {
			throw problem("annotation " + iri + ": its target " + target + " is not a span of the form urn:collatio:span:DOCUMENT:ID");
		}
		return span;
	}

	private SpanAnnotation span(String iri, String documentId, List<String> span) throws FormatException {
		SpanAnnotation found = span.size() == 2 && span.get(0).equals(documentId) ? spans.get(span.get(1)) : null;
		if (found == null) {
			throw problem("annotation " + iri + " refers to span " + String.join(":", span) + ", which is not among the spans before it in its document");
		}
		return found;
	}

	private void relation(JsonNode node) throws CorpusException, FormatException {
		String iri = text(node, "id");
		ClaimRelation relation = F.createClaimRelation();
		relation.setId(parts(iri, "relation", 1).get(0));
		relation.setSource(claim(iri, text(node, "target")));
		for (JsonNode body : bodies(node)) {
			if (body.isTextual()) {
				relation.setTarget(claim(iri, body.asText()));
			} else if ("commenting".equals(text(body, "purpose"))) {
				relation.setRationale(text(body, "value"));
			}
		}
		if (relation.getTarget() == null) {
			throw problem("relation " + iri + " has no claim as its body");
		}
		relation.setKind(checked.literal(node, "collatio:relation", RelationKind::getByName, RelationKind.CONTRADICTS));
		relation.setStatus(checked.literal(node, "collatio:status", RelationStatus::getByName, RelationStatus.PROPOSED));
		relation.setAnnotator(annotator(node));
		relation.setCreated(date(node, "created"));
		store.getCorpus().getRelations().add(relation);
		summary.count("relations", 1);
	}

	private Claim claim(String iri, String claimIri) throws CorpusException, FormatException {
		List<String> ids = Iris.parts(claimIri, "claim");
		Document document = ids == null || ids.size() != 2 ? null : store.findDocument(ids.get(0));
		if (document != null) {
			for (Claim claim : store.getContent(document).getClaims()) {
				if (claim.getId().equals(ids.get(1))) {
					return claim;
				}
			}
		}
		throw problem("relation " + iri + " refers to claim " + claimIri + ", which the export does not hold");
	}

	// ---- values

	private static Iterable<JsonNode> bodies(JsonNode node) {
		return values(node, "body");
	}

	private Annotator annotator(JsonNode node) {
		return corpus.annotators().get(text(node.path("creator"), "id"));
	}

	private <T> T reference(String iri, String value, Map<String, T> known) throws FormatException {
		if (value == null) {
			return null;
		}
		T found = known.get(value);
		if (found == null) {
			throw problem("annotation " + iri + " refers to " + value + ", which the export does not define");
		}
		return found;
	}

	private Date date(JsonNode node, String field) throws FormatException {
		String value = text(node, field);
		try {
			return value == null ? null : Date.from(Instant.parse(value));
		} catch (DateTimeParseException e) {
			throw problem("annotation " + text(node, "id") + ": " + field + " \"" + value + "\" is not a date-time such as 2026-01-31T12:00:00Z");
		}
	}

	private List<String> parts(String iri, String kind, int count) throws FormatException {
		List<String> parts = Iris.parts(iri, kind);
		if (parts == null || parts.size() != count || parts.stream().anyMatch(String::isEmpty)) {
			throw problem("annotation id " + iri + " is not of the form urn:collatio:" + kind + (count == 2 ? ":DOCUMENT:ID" : ":ID"));
		}
		return parts;
	}

	private FormatException problem(String problem) {
		return checked.problem(problem);
	}

	private static String text(JsonNode node, String field) {
		return W3cValues.text(node, field);
	}

	private static Iterable<JsonNode> values(JsonNode node, String field) {
		return W3cValues.values(node, field);
	}
}
