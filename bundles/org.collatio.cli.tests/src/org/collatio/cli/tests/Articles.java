/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.cli.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Real articles for the robustness tests: the BBC corpus beside the repository
 * ({@code ../shared/corpora/bbc-news}, or {@code -Dcollatio.bbc=DIR}), else the seed articles and
 * articles made from their sentences, so the tests run (on less varied input) without it.
 */
final class Articles {

	private Articles() {
	}

	static Path repository() {
		String root = System.getProperty("collatio.repository");
		return Path.of(root != null ? root : "../..").toAbsolutePath().normalize();
	}

	static Path bbc() {
		String configured = System.getProperty("collatio.bbc");
		Path folder = configured != null ? Path.of(configured) : repository().resolve("../shared/corpora/bbc-news").normalize();
		return Files.isDirectory(folder) ? folder : null;
	}

	/** Copies {@code count} articles (the same ones for the same seed) into {@code target}, in sub-folders as in the BBC corpus. */
	static List<Path> copy(int count, long seed, Path target) throws IOException {
		Files.createDirectories(target);
		List<Path> copied = new ArrayList<>();
		Random random = new Random(seed);
		Path bbc = bbc();
		if (bbc != null) {
			List<Path> all;
			try (Stream<Path> files = Files.walk(bbc)) {
				all = new ArrayList<>(files.filter(f -> f.toString().endsWith(".txt")).sorted().toList());
			}
			java.util.Collections.shuffle(all, random);
			for (Path file : all.subList(0, Math.min(count, all.size()))) {
				Path destination = target.resolve(bbc.relativize(file).toString());
				Files.createDirectories(destination.getParent());
				copied.add(Files.copy(file, destination));
			}
			return copied;
		}
		List<String> sentences = new ArrayList<>();
		try (Stream<Path> seeds = Files.list(repository().resolve("seeds"))) {
			for (Path seedFile : seeds.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
				for (String sentence : Files.readString(seedFile).split("(?<=[.!?])\\s+")) {
					if (sentence.length() > 20) {
						sentences.add(sentence.strip());
					}
				}
			}
		}
		for (int i = 0; i < count; i++) {
			StringBuilder text = new StringBuilder("Generated article " + i + " on the events\n\n");
			for (int paragraph = 0; paragraph < 3 + random.nextInt(5); paragraph++) {
				for (int s = 0; s < 2 + random.nextInt(4); s++) {
					text.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
				}
				text.append("\n\n");
			}
			copied.add(Files.writeString(target.resolve("generated-" + i + ".txt"), text, StandardCharsets.UTF_8));
		}
		return copied;
	}
}
