/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.collatio.core.store.IoProblems;
import org.collatio.core.store.PartialDate;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Article metadata kept beside the articles, as JSON. Two forms:
 * <ul>
 * <li>a sidecar per article: {@code NAME.meta.json} next to {@code NAME} (e.g.
 * {@code 002.txt.meta.json}), one object:
 * {@code {"title": "...", "outlet": "Moscow Times", "author": "...", "url": "...", "date": "2020-10-07", "language": "en"}};</li>
 * <li>a catalogue for many articles ({@code collatio import --metadata FILE}): an object whose keys
 * are file names and whose values are such objects.</li>
 * </ul>
 * Unknown keys are ignored; every key is optional.
 */
public final class MetadataFiles {

	public static final String SIDECAR_SUFFIX = ".meta.json";

	private static final ObjectMapper JSON = BoundedJson.mapper();

	private MetadataFiles() {
	}

	public static Path sidecarOf(Path article) {
		return article.resolveSibling(article.getFileName() + SIDECAR_SUFFIX);
	}

	public static boolean isSidecar(Path file) {
		return file.getFileName().toString().endsWith(SIDECAR_SUFFIX);
	}

	/** The sidecar of an article, or {@link ArticleMetadata#EMPTY} if it has none. */
	public static ArticleMetadata readSidecar(Path article) throws ImportException {
		Path sidecar = sidecarOf(article);
		if (!Files.isRegularFile(sidecar)) {
			return ArticleMetadata.EMPTY;
		}
		return toMetadata(sidecar, readJson(sidecar, () -> JSON.readTree(sidecar.toFile())));
	}

	/** A catalogue: file name to metadata. */
	public static Map<String, ArticleMetadata> readCatalogue(Path file) throws ImportException {
		return toCatalogue(file, readJson(file, () -> JSON.readTree(file.toFile())));
	}

	/** A catalogue read from a stream; {@code name} is what messages call it. */
	public static Map<String, ArticleMetadata> readCatalogue(InputStream in, Path name) throws ImportException {
		return toCatalogue(name, readJson(name, () -> JSON.readTree(in)));
	}

	private static Map<String, ArticleMetadata> toCatalogue(Path file, JsonNode root) throws ImportException {
		if (!root.isObject()) {
			throw new ImportException(file, "a metadata catalogue must be a JSON object keyed by file name");
		}
		Map<String, ArticleMetadata> catalogue = new HashMap<>();
		for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> entry = it.next();
			catalogue.put(entry.getKey(), toMetadata(file, entry.getValue()));
		}
		return catalogue;
	}

	private interface JsonSource {
		JsonNode read() throws IOException;
	}

	private static JsonNode readJson(Path file, JsonSource source) throws ImportException {
		try {
			return source.read();
		} catch (JacksonException e) {
			throw new ImportException(file, "not valid JSON: " + (e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", column "
					+ e.getLocation().getColumnNr() + ": ") + e.getOriginalMessage());
		} catch (IOException e) {
			throw new ImportException(file, "cannot be read: " + IoProblems.reason(e));
		}
	}

	private static ArticleMetadata toMetadata(Path file, JsonNode node) throws ImportException {
		if (!node.isObject()) {
			throw new ImportException(file, "article metadata must be a JSON object, found " + node.getNodeType());
		}
		String date = text(node, "date");
		if (date != null && !PartialDate.isValid(date)) {
			throw new ImportException(file, "\"date\" must be a real date YYYY, YYYY-MM or YYYY-MM-DD: " + PartialDate.problem(date));
		}
		return new ArticleMetadata(text(node, "title"), text(node, "outlet"), text(node, "author"), text(node, "url"), date,
				text(node, "language"));
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asText();
	}
}
