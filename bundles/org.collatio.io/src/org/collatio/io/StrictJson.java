/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.collatio.core.imports.BoundedJson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reading JSON from outside strictly: through {@link BoundedJson}'s limits (nesting, number and
 * string length), refusing duplicate keys, and with every problem a {@link FormatException} that
 * names the file, the line and the column (when the parser knows them), never a stack trace.
 */
public final class StrictJson {

	private StrictJson() {
	}

	/** A parser over {@code file} with the limits applied and duplicate keys refused. */
	public static JsonParser parser(Path file) throws IOException {
		JsonParser parser = BoundedJson.mapper().createParser(file.toFile());
		parser.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
		return parser;
	}

	/** The subtree at the parser's current token, read with the same limits. */
	public static JsonNode tree(JsonParser parser) throws IOException {
		JsonNode node = BoundedJson.mapper().readTree(parser);
		if (node == null) {
			throw new JsonEndException(parser);
		}
		return node;
	}

	/** A parse error (or a broken limit) as a FormatException with its line and column when known. */
	public static FormatException problem(Path file, JsonProcessingException e, JsonParser parser) {
		JsonLocation location = e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation();
		String where = location == null || location.getLineNr() < 1 ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
		String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
		return new FormatException(file, "not valid JSON: " + firstLine(message) + where, e);
	}

	private static String firstLine(String message) {
		int end = message.indexOf('\n');
		return end < 0 ? message : message.substring(0, end);
	}

	/**
	 * The objects of array {@code field} of {@code node} (none when the field is absent or null);
	 * anything else is refused, naming {@code where}.
	 */
	static List<JsonNode> objects(Path file, JsonNode node, String field, String where) throws FormatException {
		JsonNode array = node.get(field);
		if (array == null || array.isNull()) {
			return List.of();
		}
		if (!array.isArray()) {
			throw new FormatException(file, where + ": \"" + field + "\" is not an array");
		}
		List<JsonNode> objects = new ArrayList<>(array.size());
		for (int i = 0; i < array.size(); i++) {
			if (!array.get(i).isObject()) {
				throw new FormatException(file, where + ": item " + i + " of \"" + field + "\" is not an object (it is " + kind(array.get(i)) + ")");
			}
			objects.add(array.get(i));
		}
		return objects;
	}

	/** What a JSON value is, for messages: null, a string, a number, an array... */
	public static String kind(JsonNode node) {
		return switch (node.getNodeType()) {
		case NULL -> "null";
		case STRING -> "a string";
		case NUMBER -> "a number";
		case BOOLEAN -> "a boolean";
		case ARRAY -> "an array";
		case OBJECT -> "an object";
		default -> "missing";
		};
	}

	/** The input ended where a value was expected. */
	private static final class JsonEndException extends JsonProcessingException {

		private static final long serialVersionUID = 1L;

		JsonEndException(JsonParser parser) {
			super("unexpected end of input", parser.currentLocation());
		}
	}
}
