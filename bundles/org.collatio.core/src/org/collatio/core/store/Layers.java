/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names of annotation layers. Every coder has a layer, named by the coder's id (an
 * {@code Annotator} of the corpus); the curated layer is named {@link #CURATED}. A layer name is
 * lower-case ASCII letters, digits and hyphens, so that it is safe in a file name on every system
 * and never contains the {@link CorpusLayout#LAYER_MARK}.
 */
public final class Layers {

	/** The layer into which the coders' versions are accepted. Never a coder's id. */
	public static final String CURATED = "curated";

	private static final Pattern WELL_FORMED = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

	private Layers() {
	}

	/**
	 * The layer a coder works on when they have not chosen one: the curated layer once it exists
	 * (some document has a curated annotation file), else null (their own).
	 */
	public static String defaultLayer(CorpusLayout layout) {
		try {
			return layout.annotationFiles().containsKey(CURATED) ? CURATED : null;
		} catch (java.io.IOException e) {
			return null; // a folder that cannot be listed is reported when a document in it is read
		}
	}

	public static boolean isWellFormed(String layer) {
		return layer != null && WELL_FORMED.matcher(layer).matches();
	}

	/**
	 * A coder id for a display name: its letters without accents, lower-case, other characters
	 * as hyphens; not {@link #CURATED} nor one of {@code taken} (then numbered).
	 */
	public static String coderId(String name, Set<String> taken) {
		String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		String base = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (base.isEmpty()) {
			base = "coder";
		}
		if (base.length() > 30) {
			base = base.substring(0, 30).replaceAll("-+$", "");
		}
		String id = base;
		for (int i = 2; id.equals(CURATED) || taken.contains(id); i++) {
			id = base + "-" + i;
		}
		return id;
	}
}
