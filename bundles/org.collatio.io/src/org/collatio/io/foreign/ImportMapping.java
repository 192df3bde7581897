/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.foreign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How what another tool wrote becomes Collatio's tags: per layer, whether it is imported, which
 * string feature names the tag (or none: the layer's own name, placed in the code book's hierarchy
 * when the format has one), the tag set it goes into, which feature gives the note, and whether
 * values that are paths make nested tags.
 * <p>
 * <b>Hierarchy rule</b> ({@link #path}): a value is a path when it contains {@code " > "} (split
 * there), or else when it contains {@code "/"} with no blank part and no space next to a slash
 * ({@code "Actor/Person"}, not {@code "and / or"} nor {@code "1/"}). Each part is one level of tags.
 * <p>
 * <b>Links</b> (INCEpTION relation layers, brat relations) are never imported: Collatio's relations
 * join claims, and a link between two spans says nothing of claims. They are counted in the
 * summary as left out, with that reason.
 */
public final class ImportMapping {

	/** Why links are left out, for the summary. */
	public static final String LINKS_LEFT_OUT = "Collatio relates claims, not spans";

	/** Segmentation and morphology layers that INCEpTION/DKPro always carry: not imported unless asked for. */
	private static final List<String> NOT_BY_DEFAULT = List.of("de.tudarmstadt.ukp.dkpro.core.api.segmentation.", "de.tudarmstadt.ukp.dkpro.core.api.lexmorph.",
			"de.tudarmstadt.ukp.dkpro.core.api.syntax.", "de.tudarmstadt.ukp.dkpro.core.api.metadata.");

	/**
	 * One layer's mapping.
	 *
	 * @param tagFeature the feature whose value names the tag, or null for the layer's own name
	 * @param tagSet the tag set's name (an existing tag set of that name is reused)
	 * @param noteFeature the feature whose value becomes the note, or null (the tool's own note is kept either way)
	 */
	public record LayerMapping(String layer, boolean imported, String tagFeature, String tagSet, String noteFeature, boolean hierarchical) {

		public LayerMapping withTagFeature(String feature) {
			return new LayerMapping(layer, imported, feature, feature == null ? tagSet : shortName(layer), noteFeature, hierarchical);
		}

		public LayerMapping withImported(boolean yes) {
			return new LayerMapping(layer, yes, tagFeature, tagSet, noteFeature, hierarchical);
		}

		public LayerMapping withNoteFeature(String feature) {
			return new LayerMapping(layer, imported, tagFeature, tagSet, feature, hierarchical);
		}

		public LayerMapping withTagSet(String name) {
			return new LayerMapping(layer, imported, tagFeature, name, noteFeature, hierarchical);
		}

		public LayerMapping withHierarchical(boolean yes) {
			return new LayerMapping(layer, imported, tagFeature, tagSet, noteFeature, yes);
		}
	}

	private final Map<String, LayerMapping> layers;

	private ImportMapping(Map<String, LayerMapping> layers) {
		this.layers = layers;
	}

	/**
	 * What the survey suggests: every layer but DKPro's segmentation and morphology, its tag from its
	 * {@code value} or {@code label} feature, or its only feature when every span has it with 2 to 200
	 * distinct values (labels, not a flag such as brat's binary attributes), else from the layer's
	 * name (in the tag set {@code formatTagSet}); hierarchical.
	 */
	public static ImportMapping defaults(ForeignSurvey survey, String formatTagSet) {
		Map<String, LayerMapping> layers = new LinkedHashMap<>();
		for (ForeignSurvey.LayerSurvey layer : survey.layers().values()) {
			String name = layer.name();
			boolean imported = NOT_BY_DEFAULT.stream().noneMatch(name::startsWith);
			String feature = null;
			Map<String, ForeignSurvey.FeatureSurvey> features = layer.features();
			if (features.containsKey("value")) {
				feature = "value";
			} else if (features.containsKey("label")) {
				feature = "label";
			} else if (features.containsKey("tag")) {
				feature = "tag"; // W3C Web Annotation's tagging bodies, Hypothesis' tags
			} else if (features.size() == 1) {
				Map.Entry<String, ForeignSurvey.FeatureSurvey> only = features.entrySet().iterator().next();
				ForeignSurvey.FeatureSurvey values = only.getValue();
				boolean labels = values.spans() == layer.spans() && values.distinctValues() > 1 && values.distinctValues() <= 200 && !values.isCapped();
				feature = labels ? only.getKey() : null;
			}
			layers.put(name, new LayerMapping(name, imported, feature, feature == null ? formatTagSet : shortName(name), null, true));
		}
		return new ImportMapping(layers);
	}

	/** This mapping with one layer's mapping replaced. */
	public ImportMapping with(LayerMapping layer) {
		Map<String, LayerMapping> changed = new LinkedHashMap<>(layers);
		changed.put(layer.layer(), layer);
		return new ImportMapping(changed);
	}

	/**
	 * This mapping importing only the layers named (a full name, or its last part after a dot: "NamedEntity"),
	 * each with its tag feature when one is given (null: the mapping's own choice; "" the layer's name).
	 *
	 * @throws IllegalArgumentException naming a type the source does not have, with the ones it has
	 */
	public ImportMapping only(Map<String, String> typeToFeature) {
		Map<String, LayerMapping> changed = new LinkedHashMap<>();
		layers.forEach((name, layer) -> changed.put(name, layer.withImported(false)));
		for (Map.Entry<String, String> wanted : typeToFeature.entrySet()) {
			LayerMapping layer = find(wanted.getKey());
			if (layer == null) {
				throw new IllegalArgumentException("the source has no annotation type " + wanted.getKey() + "; it has " + String.join(", ", layers.keySet()));
			}
			LayerMapping chosen = layer.withImported(true);
			if (wanted.getValue() != null) {
				chosen = chosen.withTagFeature(wanted.getValue().isEmpty() ? null : wanted.getValue());
			}
			changed.put(layer.layer(), chosen);
		}
		return new ImportMapping(changed);
	}

	/** This mapping with the note taken from {@code feature} on every layer that has it (null: none). */
	public ImportMapping withNoteFeature(String feature) {
		Map<String, LayerMapping> changed = new LinkedHashMap<>();
		layers.forEach((name, layer) -> changed.put(name, layer.withNoteFeature(feature)));
		return new ImportMapping(changed);
	}

	/** This mapping with hierarchy on or off on every layer. */
	public ImportMapping withHierarchical(boolean yes) {
		Map<String, LayerMapping> changed = new LinkedHashMap<>();
		layers.forEach((name, layer) -> changed.put(name, layer.withHierarchical(yes)));
		return new ImportMapping(changed);
	}

	private LayerMapping find(String name) {
		LayerMapping exact = layers.get(name);
		if (exact != null) {
			return exact;
		}
		List<LayerMapping> bySuffix = layers.values().stream().filter(layer -> layer.layer().endsWith("." + name)).toList();
		return bySuffix.size() == 1 ? bySuffix.get(0) : null;
	}

	/** Every layer's mapping, in the survey's order. */
	public List<LayerMapping> layers() {
		return List.copyOf(layers.values());
	}

	/** The mapping of a layer, or null when the survey did not see it. */
	public LayerMapping layer(String name) {
		return layers.get(name);
	}

	/** The part of a type name after its last dot: "NamedEntity" for DKPro's. */
	public static String shortName(String layer) {
		return layer.substring(layer.lastIndexOf('.') + 1);
	}

	/** A value as tag path by the hierarchy rule (see the class comment); a one-element list when it is no path or {@code hierarchical} is off. */
	public static List<String> path(String value, boolean hierarchical) {
		String trimmed = value.strip();
		if (hierarchical && trimmed.contains(" > ")) {
			List<String> parts = Arrays.stream(trimmed.split(" > ")).map(String::strip).toList();
			if (parts.stream().noneMatch(String::isEmpty)) {
				return parts;
			}
		}
		if (hierarchical && trimmed.contains("/") && !trimmed.contains(" /") && !trimmed.contains("/ ")) {
			List<String> parts = Arrays.asList(trimmed.split("/", -1));
			if (parts.stream().noneMatch(String::isBlank)) {
				return parts;
			}
		}
		return List.of(trimmed);
	}

	/**
	 * The tag paths of a span under its layer's mapping: one per value of the tag feature (a
	 * multi-valued feature holds its values one per line), none when the span lacks the feature;
	 * without a tag feature, the layer's path in the code book (or its short name).
	 */
	static List<List<String>> tagPaths(ForeignSpan span, LayerMapping layer, Map<String, List<String>> codePaths) {
		if (layer.tagFeature() == null) {
			List<String> path = codePaths.get(span.layer());
			return List.of(path != null ? path : List.of(shortName(span.layer())));
		}
		String value = span.features().get(layer.tagFeature());
		List<List<String>> paths = new ArrayList<>();
		if (value != null) {
			for (String one : value.split("\n")) {
				if (!one.isBlank()) {
					paths.add(path(one, layer.hierarchical()));
				}
			}
		}
		return paths;
	}
}
