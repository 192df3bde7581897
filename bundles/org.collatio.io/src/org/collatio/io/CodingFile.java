/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.collatio.core.imports.BoundedJson;
import org.collatio.core.store.CorpusLayout;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The coding file ({@value #EXTENSION}): one coder's layer of a corpus, for a colleague who codes
 * the same articles in a corpus folder of their own. A zip of
 *
 * <pre>
 * manifest.json      format, version, the coder (id, name), the corpus name, and each document's id,
 *                    text length (UTF-16 units), text hash and recorded content hash
 * corpus.xmi         the shared objects: tag sets, entities, propositions, the coders it names, and
 *                    the relations between the layer's claims (pointing at layer/ID.xmi#claim)
 * layer/ID.xmi       the coder's annotations of document ID, as stored (they point at ../corpus.xmi#id)
 * </pre>
 *
 * The layer files carry a neutral name: in the corpus they come from they may be the unmarked
 * {@code documents/ID.xmi} of its first coder or {@code documents/ID@coder.xmi}, and in the corpus
 * they go to, the importing corpus decides. Only the relations in corpus.xmi name layer files.
 */
final class CodingFile {

	static final String EXTENSION = ".collatio-coding";
	static final String FORMAT = "collatio-coding";
	static final int VERSION = 1;
	static final String MANIFEST = "manifest.json";
	static final String SHARED = CorpusLayout.CORPUS_FILE;
	static final String LAYER_FOLDER = "layer";
	/** Document ids as the store makes them (see {@code CorpusStore.uniqueDocumentId}). */
	private static final Pattern LAYER_ENTRY = Pattern.compile(LAYER_FOLDER + "/([A-Za-z0-9_][A-Za-z0-9_.-]*)\\.xmi");
	/** A manifest is a few hundred bytes per document. */
	static final long MANIFEST_BYTES = 64L * 1024 * 1024;

	/** A document the coding annotates, and how to tell that a corpus has the same text. */
	record DocumentEntry(String id, int length, String textHash, String contentHash) {
	}

	/** What manifest.json says. */
	record Manifest(String coderId, String coderName, String corpusName, List<DocumentEntry> documents) {
	}

	private CodingFile() {
	}

	static String layerEntry(String documentId) {
		return LAYER_FOLDER + "/" + documentId + ".xmi";
	}

	/** The document of a layer entry's name, or null when the name is not one. */
	static String documentOf(String entryName) {
		Matcher matcher = LAYER_ENTRY.matcher(entryName);
		return matcher.matches() ? matcher.group(1) : null;
	}

	/** "sha256:" and the hex SHA-256 of the text's UTF-8 bytes: what the stored text file holds. */
	static String textHash(String text) {
		try {
			return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	static byte[] write(Manifest manifest) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JsonGenerator json = BoundedJson.mapper().getFactory().createGenerator(bytes)) {
			json.useDefaultPrettyPrinter();
			json.writeStartObject();
			json.writeStringField("format", FORMAT);
			json.writeNumberField("version", VERSION);
			json.writeObjectFieldStart("coder");
			json.writeStringField("id", manifest.coderId());
			json.writeStringField("name", manifest.coderName());
			json.writeEndObject();
			json.writeStringField("corpus", manifest.corpusName());
			json.writeArrayFieldStart("documents");
			for (DocumentEntry document : manifest.documents()) {
				json.writeStartObject();
				json.writeStringField("id", document.id());
				json.writeNumberField("length", document.length());
				json.writeStringField("textHash", document.textHash());
				json.writeStringField("contentHash", document.contentHash());
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeEndObject();
		}
		return bytes.toByteArray();
	}

	/** Reads a manifest strictly: every field it needs there and of its type, no document twice. */
	static Manifest read(Path file, byte[] bytes) throws FormatException {
		JsonNode root;
		try (JsonParser parser = BoundedJson.mapper().createParser(bytes)) {
			parser.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
			root = BoundedJson.mapper().readTree(parser);
			if (root != null && parser.nextToken() != null) {
				throw new FormatException(file, MANIFEST + ": something follows the manifest object");
			}
		} catch (JsonProcessingException e) {
			throw StrictJson.problem(file, e, null);
		} catch (IOException e) {
			throw new FormatException(file, MANIFEST + " cannot be read: " + e.getMessage(), e);
		}
		if (root == null || !root.isObject()) {
			throw new FormatException(file, MANIFEST + " is not a JSON object");
		}
		if (!FORMAT.equals(root.path("format").asText(null))) {
			throw new FormatException(file, "not a Collatio coding file: its " + MANIFEST + " does not say \"format\": \"" + FORMAT + "\"");
		}
		JsonNode version = root.get("version");
		if (version == null || !version.isInt() || version.intValue() < 1) {
			throw new FormatException(file, MANIFEST + ": \"version\" is not a version number");
		}
		if (version.intValue() > VERSION) {
			throw new FormatException(file, "is a coding file of version " + version.intValue() + ", written by a newer Collatio; this one reads version "
					+ VERSION + ": update Collatio to import it");
		}
		JsonNode coder = root.get("coder");
		if (coder == null || !coder.isObject()) {
			throw new FormatException(file, MANIFEST + ": \"coder\" is not an object");
		}
		String coderId = text(file, coder, "id", "the coder");
		String coderName = text(file, coder, "name", "the coder");
		if (coderName.isBlank()) {
			throw new FormatException(file, MANIFEST + ": the coder has no name");
		}
		JsonNode corpus = root.get("corpus");
		String corpusName = corpus == null || corpus.isNull() ? null : corpus.isTextual() ? corpus.textValue() : null;
		List<DocumentEntry> documents = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (JsonNode document : StrictJson.objects(file, root, "documents", MANIFEST)) {
			String id = text(file, document, "id", "a document");
			String where = "document " + id;
			JsonNode length = document.get("length");
			if (length == null || !length.isInt() || length.intValue() < 0) {
				throw new FormatException(file, MANIFEST + ": " + where + " has no text length");
			}
			String textHash = text(file, document, "textHash", where);
			JsonNode contentHash = document.get("contentHash");
			if (!seen.add(id)) {
				throw new FormatException(file, MANIFEST + ": " + where + " is listed twice");
			}
			documents.add(new DocumentEntry(id, length.intValue(), textHash, contentHash != null && contentHash.isTextual() ? contentHash.textValue() : null));
		}
		return new Manifest(coderId, coderName, corpusName, List.copyOf(documents));
	}

	private static String text(Path file, JsonNode node, String field, String where) throws FormatException {
		JsonNode value = node.get(field);
		if (value == null || !value.isTextual()) {
			throw new FormatException(file, MANIFEST + ": " + where + " has no \"" + field + "\" (a string)");
		}
		return value.textValue();
	}
}
