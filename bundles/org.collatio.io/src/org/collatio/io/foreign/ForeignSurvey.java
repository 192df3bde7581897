/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.foreign;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.collatio.core.store.CorpusException;
import org.collatio.io.FormatException;

/**
 * What a source holds, for the preview before anything is written: its documents (and, for an
 * existing corpus, which of them match a document already there), per layer the number of spans
 * and each feature's distinct values (the first {@value #SAMPLES} kept, the count capped at
 * {@value #DISTINCT_CAP}), links per layer, the code book, and what the reader left out. Reading a
 * source into a survey checks it completely, so an import that follows a survey cannot fail on
 * its input.
 */
public final class ForeignSurvey implements ForeignSink {

	/** Values kept per feature to show. */
	public static final int SAMPLES = 20;
	/** Distinct values counted per feature; past it the count reads "at least". */
	public static final int DISTINCT_CAP = 1000;

	/** One document of the source. */
	public record DocumentEntry(String name, int length, int spans, int links, DocumentMatcher.Match match) {
	}

	/** A feature of a layer: how many spans carry it, its distinct values (capped) and the first ones. */
	public static final class FeatureSurvey {

		private int spans;
		private final Set<String> distinct = new LinkedHashSet<>();
		private boolean capped;

		void add(String value) {
			spans++;
			for (String one : value.split("\n", -1)) {
				if (!distinct.contains(one)) {
					if (distinct.size() < DISTINCT_CAP) {
						distinct.add(one);
					} else {
						capped = true;
					}
				}
			}
		}

		public int spans() {
			return spans;
		}

		public int distinctValues() {
			return distinct.size();
		}

		/** Whether there are more distinct values than {@link #distinctValues()}. */
		public boolean isCapped() {
			return capped;
		}

		public List<String> samples() {
			return distinct.stream().limit(SAMPLES).toList();
		}

		/** Whether any value is a path by the rule of {@link ImportMapping#path}. */
		public boolean looksHierarchical() {
			return distinct.stream().anyMatch(value -> ImportMapping.path(value, true).size() > 1);
		}
	}

	/** A span layer: its spans and features. */
	public static final class LayerSurvey {

		private final String name;
		private int spans;
		private int notes;
		private final Map<String, FeatureSurvey> features = new TreeMap<>();

		LayerSurvey(String name) {
			this.name = name;
		}

		public String name() {
			return name;
		}

		public int spans() {
			return spans;
		}

		public int notes() {
			return notes;
		}

		public Map<String, FeatureSurvey> features() {
			return Collections.unmodifiableMap(features);
		}
	}

	private final DocumentMatcher matcher;
	private final List<DocumentEntry> documents = new ArrayList<>();
	private final Map<String, LayerSurvey> layers = new TreeMap<>();
	private final Map<String, Integer> links = new TreeMap<>();
	private final List<ForeignCode> codes = new ArrayList<>();
	private final Map<String, Integer> leftOut = new LinkedHashMap<>();

	/** {@code matcher}: the documents of the corpus imported into ({@link DocumentMatcher#none()} for a new one). */
	public ForeignSurvey(DocumentMatcher matcher) {
		this.matcher = matcher;
	}

	@Override
	public void code(ForeignCode code) {
		codes.add(code);
	}

	@Override
	public void document(ForeignDocument document) throws FormatException {
		for (ForeignSpan span : document.spans()) {
			LayerSurvey layer = layers.computeIfAbsent(span.layer(), LayerSurvey::new);
			layer.spans++;
			if (span.note() != null) {
				layer.notes++;
			}
			span.features().forEach((name, value) -> layer.features.computeIfAbsent(name, n -> new FeatureSurvey()).add(value));
		}
		for (ForeignLink link : document.links()) {
			links.merge(link.layer(), 1, Integer::sum);
		}
		document.leftOut().forEach(this::leftOut);
		try {
			documents.add(new DocumentEntry(document.name(), document.text().length(), document.spans().size(), document.links().size(),
					matcher.match(document)));
		} catch (CorpusException e) {
			throw new FormatException(e.getFile(), "an existing document cannot be compared: " + e.getMessage(), e);
		}
	}

	@Override
	public void leftOut(String what) {
		leftOut.merge(what, 1, Integer::sum);
	}

	public List<DocumentEntry> documents() {
		return Collections.unmodifiableList(documents);
	}

	public Map<String, LayerSurvey> layers() {
		return Collections.unmodifiableMap(layers);
	}

	/** Links per layer. */
	public Map<String, Integer> links() {
		return Collections.unmodifiableMap(links);
	}

	public List<ForeignCode> codes() {
		return Collections.unmodifiableList(codes);
	}

	/** What the reader did not hand on, with how often. */
	public Map<String, Integer> leftOut() {
		return Collections.unmodifiableMap(leftOut);
	}

	public int spans() {
		return layers.values().stream().mapToInt(LayerSurvey::spans).sum();
	}

	public long matchedDocuments() {
		return documents.stream().filter(d -> !d.match().isNew()).count();
	}

	/** The preview in lines: documents (matched, new), layers with spans and features, links, what is left out. */
	public List<String> describe() {
		List<String> lines = new ArrayList<>();
		lines.add(documents.size() + " documents (" + matchedDocuments() + " match a document of the corpus, " + (documents.size() - matchedDocuments())
				+ " new), " + spans() + " spans");
		for (DocumentEntry document : documents) {
			if (document.match().sameNameOtherText() != null) {
				lines.add("  " + document.name() + ": document " + document.match().sameNameOtherText()
						+ " has its name but another text; it will be added as a new document");
			}
		}
		for (LayerSurvey layer : layers.values()) {
			lines.add("layer " + layer.name() + ": " + layer.spans() + " spans" + (layer.notes() > 0 ? ", " + layer.notes() + " with a note" : ""));
			layer.features().forEach((name, feature) -> lines.add("  feature " + name + ": " + feature.spans() + " spans, "
					+ (feature.isCapped() ? "over " : "") + feature.distinctValues() + " distinct values, e.g. " + String.join(", ", feature.samples().stream().limit(5).toList())));
		}
		links.forEach((layer, count) -> lines.add("link layer " + layer + ": " + count + " links"));
		leftOut.forEach((what, count) -> lines.add("left out: " + what + (count > 1 ? " (" + count + " times)" : "")));
		return lines;
	}
}
