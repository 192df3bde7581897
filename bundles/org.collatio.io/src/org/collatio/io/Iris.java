/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Identifiers of exported objects. Collatio's ids are unique per corpus (documents, entities,
 * tags, propositions, relations) or per document (spans, claims, mentions); as IRIs they become
 * {@code urn:collatio:KIND:ID} or {@code urn:collatio:KIND:DOCUMENT:ID}, each part percent-encoded
 * so that it never contains a colon. REFI-QDA wants GUIDs: name-based (version 3) UUIDs of the
 * same IRIs, so the same object always gets the same GUID.
 */
final class Iris {

	static final String PREFIX = "urn:collatio:";

	private Iris() {
	}

	static String of(String kind, String... parts) {
		StringBuilder iri = new StringBuilder(PREFIX).append(kind);
		for (String part : parts) {
			iri.append(':').append(encode(part));
		}
		return iri.toString();
	}

	/** The decoded parts after {@code urn:collatio:KIND:}, or null when {@code iri} is not of that kind. */
	static List<String> parts(String iri, String kind) {
		String prefix = PREFIX + kind + ":";
		if (iri == null || !iri.startsWith(prefix)) {
			return null;
		}
		List<String> parts = Arrays.stream(iri.substring(prefix.length()).split(":", -1)).map(Iris::decode).toList();
		return parts.contains(null) ? null : parts; // a malformed escape: not an IRI Collatio wrote
	}

	static String guid(String kind, String... parts) {
		return UUID.nameUUIDFromBytes(of(kind, parts).getBytes(StandardCharsets.UTF_8)).toString();
	}

	private static String encode(String part) {
		StringBuilder out = new StringBuilder();
		for (byte b : part.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xFF;
			if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~') {
				out.append((char) c);
			} else {
				out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
						.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
			}
		}
		return out.toString();
	}

	/** A part with its %XX escapes decoded (UTF-8), or null when an escape is malformed. */
	private static String decode(String part) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (int i = 0; i < part.length(); i++) {
			char c = part.charAt(i);
			if (c == '%') {
				int high = i + 2 < part.length() ? Character.digit(part.charAt(i + 1), 16) : -1;
				int low = high < 0 ? -1 : Character.digit(part.charAt(i + 2), 16);
				if (low < 0) {
					return null;
				}
				bytes.write(high << 4 | low);
				i += 2;
			} else {
				bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
			}
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}
}
