/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.collatio.core.store.PartialDate;

import com.fasterxml.jackson.databind.JsonNode;

/** Values of a W3C export read back, checked: each problem is a {@link FormatException} naming the file. */
final class W3cValues {

	private final Path file;

	W3cValues(Path file) {
		this.file = file;
	}

	FormatException problem(String problem) {
		return new FormatException(file, problem);
	}

	/** The objects of array {@code field} (none when absent); anything else is refused. */
	List<JsonNode> objects(JsonNode node, String field, String where) throws FormatException {
		return StrictJson.objects(file, node, field, where);
	}

	/** A YYYY[-MM[-DD]] date, and a real one: 2021-02-30 is refused. */
	String partialDate(String where, JsonNode node, String field) throws FormatException {
		String value = text(node, field);
		if (value != null && PartialDate.problem(value) != null) {
			throw problem(where + ": " + field + " " + PartialDate.problem(value));
		}
		return value;
	}

	<E> E literal(JsonNode node, String field, Function<String, E> byName, E absent) throws FormatException {
		String value = text(node, field);
		if (value == null) {
			return absent;
		}
		E literal = byName.apply(value.toUpperCase(Locale.ROOT));
		if (literal == null) {
			throw problem(text(node, "id") + ": " + field + " \"" + value + "\" is not one Collatio knows");
		}
		return literal;
	}

	/** A property's values: W3C allows one value or an array of them. */
	static Iterable<JsonNode> values(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isArray() ? value : value.isMissingNode() ? List.of() : List.of(value);
	}

	static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asText();
	}
}
