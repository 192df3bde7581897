/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.foreign;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

import org.collatio.io.FormatException;
import org.collatio.io.StrictJson;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One W3C Web Annotation as read, before it is anchored in its source's text: its targets (source
 * IRI, TextPositionSelector in code points, TextQuoteSelector), its tags ({@code tagging} and
 * {@code classifying} bodies, Hypothesis' {@code tags}), its notes ({@code commenting} and
 * {@code describing} bodies, a TextualBody without purpose, {@code bodyValue}, Hypothesis'
 * {@code text}), its author ({@code creator}, else a body's creator, else Hypothesis' {@code user})
 * and, in words, what it held that is not imported. Structural errors (a target without a
 * source, a selector without its required values) are refused with the line of the annotation.
 */
record W3cAnnotation(String id, int line, String source, List<Target> targets, List<String> tags, String note, String author,
		List<String> leftOut) {

	/** A target's text selectors: code point positions (or -1) and a quote (or null). */
	record Target(long start, long end, String exact, String prefix, String suffix) {

		boolean hasPosition() {
			return start >= 0;
		}
	}

	private static final Set<String> TAG_PURPOSES = Set.of("tagging", "classifying");
	private static final Set<String> NOTE_PURPOSES = Set.of("commenting", "describing");

	/** Reads {@code node}, the annotation that begins at {@code line} of {@code file}; null targets mean the annotation anchors nowhere. */
	static W3cAnnotation of(Path file, JsonNode node, int line) throws FormatException {
		String id = text(node, "id") != null ? text(node, "id") : text(node, "@id") != null ? text(node, "@id") : "at line " + line;
		Parse parse = new Parse(file, id, line);
		List<Target> targets = new ArrayList<>();
		String source = parse.targets(node.get("target"), targets);
		Set<String> tags = new LinkedHashSet<>();
		StringJoiner notes = new StringJoiner("\n\n");
		notes.setEmptyValue("");
		List<String> motivations = purposes(node.get("motivation"));
		parse.bodies(node.get("body"), motivations, tags, notes);
		if (node.hasNonNull("bodyValue")) {
			parse.addNote(notes, node.get("bodyValue"));
		}
		JsonNode hypothesisTags = node.get("tags");
		if (hypothesisTags != null && hypothesisTags.isArray()) {
			for (JsonNode tag : hypothesisTags) {
				if (tag.isTextual() && !tag.asText().isBlank()) {
					tags.add(tag.asText());
				}
			}
		}
		if (node.hasNonNull("text") && node.get("text").isTextual() && !node.get("text").asText().isBlank()) {
			notes.add(node.get("text").asText()); // Hypothesis' own JSON: the comment
		}
		String author = creator(node.get("creator"));
		if (author == null) {
			author = parse.bodyCreator;
		}
		if (author == null && node.hasNonNull("user")) {
			author = node.get("user").asText(); // Hypothesis: acct:name@hypothes.is
		}
		String note = notes.toString();
		return new W3cAnnotation(id, line, source, targets, List.copyOf(tags), note.isEmpty() ? null : note, author, parse.leftOut);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value != null && value.isTextual() ? value.asText() : null;
	}

	/** A purpose or motivation: one string or an array of them, lower case. */
	private static List<String> purposes(JsonNode node) {
		List<String> purposes = new ArrayList<>();
		if (node == null) {
			return purposes;
		}
		for (JsonNode value : node.isArray() ? node : List.of(node)) {
			if (value.isTextual()) {
				String purpose = value.asText().toLowerCase(Locale.ROOT);
				purposes.add(purpose.startsWith("oa:") ? purpose.substring(3) : purpose);
			}
		}
		return purposes;
	}

	/** A creator's name: a string, an agent's name or nickname or id, several joined by ", ". */
	private static String creator(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (node.isArray()) {
			StringJoiner names = new StringJoiner(", ");
			for (JsonNode agent : node) {
				String name = creator(agent);
				if (name != null) {
					names.add(name);
				}
			}
			return names.length() == 0 ? null : names.toString();
		}
		if (node.isTextual()) {
			return node.asText();
		}
		for (String field : List.of("name", "nickname", "id", "@id")) {
			if (text(node, field) != null) {
				return text(node, field);
			}
		}
		return null;
	}

	/** The state of reading one annotation. */
	private static final class Parse {

		private final Path file;
		private final String id;
		private final int line;
		final List<String> leftOut = new ArrayList<>();
		String bodyCreator;

		Parse(Path file, String id, int line) {
			this.file = file;
			this.id = id;
			this.line = line;
		}

		private FormatException problem(String problem) {
			return new FormatException(file, "line " + line + ", annotation " + id + ": " + problem);
		}

		/** The targets' one source; its text selectors added to {@code targets}. */
		String targets(JsonNode target, List<Target> targets) throws FormatException {
			if (target == null || target.isNull()) {
				throw problem("it has no target");
			}
			String source = null;
			for (JsonNode one : target.isArray() ? target : List.of(target)) {
				String iri;
				if (one.isTextual()) {
					leftOut.add("it annotates the whole of " + one.asText() + ", without a selector");
					iri = one.asText();
				} else if (one.isObject()) {
					iri = sourceOf(one);
					selectors(one.get("selector"), targets, iri);
				} else {
					throw problem("its target is " + StrictJson.kind(one) + ", not an object or an IRI");
				}
				if (source == null) {
					source = iri;
				} else if (!source.equals(iri)) {
					leftOut.add("it also targets " + iri + "; only its targets in " + source + " are imported");
				}
			}
			return source;
		}

		private String sourceOf(JsonNode target) throws FormatException {
			JsonNode source = target.get("source");
			if (source != null && source.isObject()) {
				source = source.has("id") ? source.get("id") : source.get("@id");
			}
			if (source == null || !source.isTextual() || source.asText().isBlank()) {
				throw problem(target.has("selector") ? "a selector without a source (its target has no \"source\" IRI)" : "its target has no \"source\" IRI");
			}
			return source.asText();
		}

		private void selectors(JsonNode selector, List<Target> targets, String iri) throws FormatException {
			if (selector == null || selector.isNull()) {
				leftOut.add("it annotates the whole of " + iri + ", without a selector");
				return;
			}
			long start = -1;
			long end = -1;
			String exact = null;
			String prefix = null;
			String suffix = null;
			List<String> others = new ArrayList<>();
			for (JsonNode one : selector.isArray() ? selector : List.of(selector)) {
				String type = one.isObject() ? text(one, "type") : null;
				if (type == null) {
					throw problem("a selector without a \"type\"");
				}
				switch (type) {
				case "TextPositionSelector" -> {
					start = position(one, "start");
					end = position(one, "end");
					if (end < start) {
						throw problem("its TextPositionSelector ends (" + end + ") before it starts (" + start + ")");
					}
				}
				case "TextQuoteSelector" -> {
					exact = text(one, "exact");
					if (exact == null) {
						throw problem("its TextQuoteSelector has no \"exact\" text");
					}
					prefix = text(one, "prefix");
					suffix = text(one, "suffix");
				}
				default -> others.add(type);
				}
			}
			if (start < 0 && exact == null) {
				leftOut.add("its selectors (" + String.join(", ", others) + ") are not text positions or quotes");
				return;
			}
			targets.add(new Target(start, end, exact, prefix, suffix));
		}

		private long position(JsonNode selector, String field) throws FormatException {
			JsonNode value = selector.get(field);
			if (value == null || !value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() < 0) {
				throw problem("its TextPositionSelector's \"" + field + "\" is not a whole number of characters from 0");
			}
			return value.asLong();
		}

		void bodies(JsonNode body, List<String> motivations, Set<String> tags, StringJoiner notes) throws FormatException {
			if (body == null || body.isNull()) {
				return;
			}
			for (JsonNode one : body.isArray() ? body : List.of(body)) {
				if (one.isTextual()) {
					leftOut.add("a body that is only a link (" + one.asText() + ")");
					continue;
				}
				if (!one.isObject()) {
					throw problem("a body that is " + StrictJson.kind(one));
				}
				List<String> purposes = purposes(one.get("purpose"));
				if (purposes.isEmpty()) {
					purposes = motivations;
				}
				String value = text(one, "value") != null ? text(one, "value") : text(one, "source");
				if (bodyCreator == null) {
					bodyCreator = creator(one.get("creator"));
				}
				if (purposes.stream().anyMatch(TAG_PURPOSES::contains) && value != null) {
					if (!value.isBlank()) {
						tags.add(value);
					}
				} else if ((purposes.isEmpty() || purposes.stream().anyMatch(NOTE_PURPOSES::contains)) && text(one, "value") != null) {
					addNote(notes, one.get("value"));
				} else {
					leftOut.add("a body" + (purposes.isEmpty() ? "" : " with purpose " + String.join(", ", purposes))
							+ (value == null ? "" : " (" + value + ")"));
				}
			}
		}

		void addNote(StringJoiner notes, JsonNode value) {
			if (value.isTextual() && !value.asText().isBlank()) {
				notes.add(value.asText());
			}
		}
	}
}
