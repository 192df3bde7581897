/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.suggest.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The reading of the seed articles, 20 BBC politics articles and 10 BBC business and tech articles
 * (fixtures/reading, see its README): every attributed claim with its span, speaker as written, kind
 * and via.
 */
record Reading(List<Article> articles) {

	/** A claim as read: UTF-16 offsets, end exclusive. */
	record Claim(int begin, int end, String speaker, String kind, String via) {
	}

	/** An article, its text, the set it belongs to (seed, tuning, held-out, held-out-2) and its claims. */
	record Article(String name, String set, String text, List<Claim> claims) {
	}

	private static final String FOLDER = "fixtures/reading/";

	static Reading load() {
		try {
			JsonNode root = new ObjectMapper().readTree(read(FOLDER + "reading.json"));
			List<Article> articles = new ArrayList<>();
			for (JsonNode d : root.get("documents")) {
				List<Claim> claims = new ArrayList<>();
				for (JsonNode c : d.get("claims")) {
					claims.add(new Claim(c.get("begin").asInt(), c.get("end").asInt(), c.get("speaker").asText(), c.get("kind").asText(),
							c.get("via").isNull() ? null : c.get("via").asText()));
				}
				String name = d.get("document").asText();
				articles.add(new Article(name, d.get("set").asText(), read(FOLDER + "texts/" + name), claims));
			}
			return new Reading(articles);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String read(String path) throws IOException {
		try (InputStream in = Reading.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IOException("missing fixture " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
