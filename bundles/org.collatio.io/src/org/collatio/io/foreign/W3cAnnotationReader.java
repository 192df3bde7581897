/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.foreign;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.collatio.io.FormatException;
import org.collatio.io.Progress;
import org.collatio.io.StrictJson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads W3C Web Annotations from any producer (Hypothesis, Recogito, an annotation server): a
 * JSON(-LD) file holding one annotation, an array of them, or an {@code AnnotationCollection}
 * whose pages are in the same file ({@code first}/{@code next} as objects, or pages listed
 * beside it and named by id) or whose annotations are its {@code items}; Hypothesis' own JSON
 * ({@code annotations}, {@code tags}, {@code text}, {@code user}) is read too. The file is parsed
 * as a stream (one annotation in memory as a tree at a time, {@link StrictJson}'s limits, a parse
 * error named with its line and column); annotations are grouped by their target's source IRI,
 * whose text comes from {@link W3cSources} (by default: files beside the annotation file).
 * <p>
 * Anchoring: a {@code TextPositionSelector} counts code points, converted to UTF-16 explicitly.
 * When a {@code TextQuoteSelector} is there too, the quote must be the text at that position;
 * when it is not (or there is no position), the quote is re-anchored: the occurrence whose
 * surroundings best match {@code prefix}/{@code suffix}, nearest to the position given. A quote
 * that is not in the text, or a position outside it, is reported (left out, naming the
 * annotation), never guessed. Producers written in JavaScript (Hypothesis, Recogito) may count
 * UTF-16 units instead, as JavaScript strings do: after a character outside the BMP their positions
 * are off by one per such character, and the quote re-anchors them; a position without a quote is
 * taken as code points, as the standard says.
 * <p>
 * Mapping: each tag ({@code tagging}/{@code classifying} bodies, Hypothesis' {@code tags}) becomes
 * one span of layer {@value #LAYER} with feature {@value #TAG} = the tag; an annotation without tags
 * is one such span without the feature. The first span carries the annotation's id, the next ones
 * {@code id#2}, {@code id#3}...; the note (commenting/describing bodies) goes on the first span only,
 * so that it is imported once; {@code creator} is every span's author.
 */
public final class W3cAnnotationReader implements ForeignReader {

	/** The id of the format, as {@code collatio import --format w3c} takes it. */
	public static final String ID = "w3c";
	/** The layer of every span read. */
	public static final String LAYER = "tag";
	/** The feature that holds a tag's value. */
	public static final String TAG = "tag";
	/** The key under which Collatio's own export ({@code W3cExport}) keeps its corpus. */
	private static final String COLLATIO_CORPUS_KEY = "collatio:corpus";
	private static final String COLLATIO_ANNOTATIONS = "annotations.jsonld";

	private final W3cSources sources;

	/** Texts from the folder of the annotation file, matched by the last path segment of their IRI. */
	public W3cAnnotationReader() {
		this(null);
	}

	/** Texts from {@code sources}. */
	public W3cAnnotationReader(W3cSources sources) {
		this.sources = sources;
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		return "W3C Web Annotation (Hypothesis, Recogito, annotation servers)";
	}

	/**
	 * Whether {@code source} (a file, or a folder holding {@code annotations.jsonld}) is a W3C
	 * export written by Collatio itself, which {@code W3cImport} reads whole (corpus, claims,
	 * relations): a JSON object with Collatio's corpus key at its top level. Anything that is not
	 * such a file (not JSON, another producer's) is false.
	 */
	public static boolean isCollatioExport(Path source) throws IOException {
		Path file = Files.isDirectory(source) ? source.resolve(COLLATIO_ANNOTATIONS) : source;
		if (!Files.isRegularFile(file)) {
			return false;
		}
		try (JsonParser parser = StrictJson.parser(file)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return false;
			}
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				if (COLLATIO_CORPUS_KEY.equals(parser.currentName())) {
					return true;
				}
				parser.nextToken();
				parser.skipChildren();
			}
			return false;
		} catch (JsonProcessingException e) {
			return false;
		}
	}

	@Override
	public void read(Path source, ForeignSink sink, Progress progress) throws IOException, FormatException {
		Path file = annotationFile(source);
		W3cSources texts = sources != null ? sources : W3cSources.in(file.toAbsolutePath().getParent());
		Walk walk = new Walk(file);
		try (JsonParser parser = StrictJson.parser(file)) {
			try {
				JsonToken first = parser.nextToken();
				if (first == null) {
					throw new FormatException(file, "is empty: no W3C annotation");
				}
				walk.value(parser, first, progress);
				if (parser.nextToken() != null) {
					throw new FormatException(file, "there is more after the JSON value" + at(parser));
				}
			} catch (JsonProcessingException e) {
				throw StrictJson.problem(file, e, parser);
			}
		}
		for (String page : walk.pagesNamed) {
			if (!walk.pagesRead.contains(page)) {
				sink.leftOut("page " + page + " of the collection is not in " + file.getFileName() + " (pages elsewhere are not fetched)");
			}
		}
		progress.begin("W3C annotations " + file.getFileName(), walk.bySource.size());
		for (Map.Entry<String, List<W3cAnnotation>> entry : walk.bySource.entrySet()) {
			progress.checkCanceled();
			document(file, texts, entry.getKey(), entry.getValue(), sink);
			progress.worked(entry.getKey());
		}
	}

	/** {@code source} itself, or the one .json/.jsonld file of a folder. */
	private static Path annotationFile(Path source) throws IOException, FormatException {
		if (!Files.isDirectory(source)) {
			if (!Files.isRegularFile(source)) {
				throw new FormatException(source, "no such file");
			}
			return source;
		}
		List<Path> candidates;
		try (Stream<Path> files = Files.list(source)) {
			candidates = files.filter(Files::isRegularFile).filter(file -> {
				String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
				return name.endsWith(".json") || name.endsWith(".jsonld");
			}).sorted().toList();
		}
		if (candidates.size() != 1) {
			throw new FormatException(source, candidates.isEmpty() ? "holds no .json or .jsonld file of W3C annotations"
					: "holds " + candidates.size() + " .json/.jsonld files; name the one that holds the annotations");
		}
		return candidates.get(0);
	}

	private static String at(JsonParser parser) {
		return " (line " + parser.currentLocation().getLineNr() + ", column " + parser.currentLocation().getColumnNr() + ")";
	}

	private static void document(Path file, W3cSources texts, String iri, List<W3cAnnotation> annotations, ForeignSink sink)
			throws IOException, FormatException {
		String text = texts.text(iri, file);
		if (text == null) {
			sink.leftOut("source " + iri + ": no text for it in " + texts.folder() + " (looked for " + String.join(", ", texts.candidates(iri))
					+ "); its " + annotations.size() + " annotations are not imported");
			return;
		}
		W3cAnchoring anchoring = new W3cAnchoring(text, iri);
		List<ForeignSpan> spans = new ArrayList<>();
		List<String> leftOut = new ArrayList<>();
		for (W3cAnnotation annotation : annotations) {
			annotation.leftOut().forEach(what -> leftOut.add("annotation " + annotation.id() + ": " + what));
			List<TextRange> ranges = anchoring.ranges(annotation, leftOut);
			if (ranges.isEmpty()) {
				continue;
			}
			spans.addAll(spans(annotation, ranges));
		}
		Map<String, String> metadata = new HashMap<>();
		if (iri.startsWith("http://") || iri.startsWith("https://")) {
			metadata.put("url", iri);
		}
		sink.document(new ForeignDocument(iri, text, metadata, spans, List.of(), leftOut));
	}

	private static List<ForeignSpan> spans(W3cAnnotation annotation, List<TextRange> ranges) {
		if (annotation.tags().isEmpty()) {
			return List.of(new ForeignSpan(annotation.id(), LAYER, ranges, Map.of(), annotation.note(), annotation.author()));
		}
		List<ForeignSpan> spans = new ArrayList<>(annotation.tags().size());
		for (String tag : annotation.tags()) {
			int n = spans.size() + 1;
			spans.add(new ForeignSpan(n == 1 ? annotation.id() : annotation.id() + "#" + n, LAYER, ranges, Map.of(TAG, tag),
					n == 1 ? annotation.note() : null, annotation.author()));
		}
		return spans;
	}

	/**
	 * The walk over the file: containers ({@code items}, {@code first}, {@code next},
	 * Hypothesis' {@code annotations}, JSON-LD's {@code @graph}) are streamed, every other field of an object is read as a
	 * small tree, and an object with a {@code target} (or of type Annotation) is an annotation.
	 */
	private static final class Walk {

		private static final Set<String> CONTAINERS = Set.of("items", "first", "next", "annotations", "@graph");

		private final Path file;
		final Map<String, List<W3cAnnotation>> bySource = new LinkedHashMap<>();
		final Set<String> pagesNamed = new HashSet<>();
		final Set<String> pagesRead = new HashSet<>();

		Walk(Path file) {
			this.file = file;
		}

		void value(JsonParser parser, JsonToken token, Progress progress) throws IOException, FormatException {
			if (token == JsonToken.START_ARRAY) {
				for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
					value(parser, item, progress);
				}
			} else if (token == JsonToken.START_OBJECT) {
				object(parser, progress);
			} else {
				throw new FormatException(file, "holds " + StrictJson.kind(StrictJson.tree(parser))
						+ " where an annotation, a page or a collection of annotations was expected" + at(parser));
			}
		}

		private void object(JsonParser parser, Progress progress) throws IOException, FormatException {
			int line = parser.currentLocation().getLineNr();
			ObjectNode fields = JsonNodeFactory.instance.objectNode();
			boolean container = false;
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if (CONTAINERS.contains(name) && (value == JsonToken.START_ARRAY || value == JsonToken.START_OBJECT)) {
					container = true;
					value(parser, value, progress);
				} else if (("first".equals(name) || "next".equals(name)) && value == JsonToken.VALUE_STRING) {
					container = true;
					pagesNamed.add(parser.getText());
				} else {
					fields.set(name, StrictJson.tree(parser));
				}
			}
			if (fields.has("target") || isAnnotationType(fields.get("type"))) {
				progress.checkCanceled();
				W3cAnnotation annotation = W3cAnnotation.of(file, fields, line);
				bySource.computeIfAbsent(annotation.source(), k -> new ArrayList<>()).add(annotation);
			} else if (container) {
				JsonNode id = fields.has("id") ? fields.get("id") : fields.get("@id");
				if (id != null && id.isTextual()) {
					pagesRead.add(id.asText());
				}
			} else {
				throw new FormatException(file, "the object at line " + line
						+ " is neither an annotation (it has no \"target\") nor a collection or page of annotations");
			}
		}

		private static boolean isAnnotationType(JsonNode type) {
			if (type == null) {
				return false;
			}
			for (JsonNode one : type.isArray() ? type : List.of(type)) {
				if (one.isTextual() && (one.asText().equals("Annotation") || one.asText().equals("oa:Annotation"))) {
					return true;
				}
			}
			return false;
		}
	}
}
