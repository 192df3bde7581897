/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;

/**
 * Builds the analyzers of the Collatio index from Lucene's analysis factories, looked up by their
 * SPI names ("standard", "lowercase", "asciifolding"). Inside OSGi this works because the
 * lucene-analysis-common bundle is a fragment of lucene-core, so the service loader sees both.
 */
public final class Analyzers {

	/**
	 * Lucene warns on stderr when the JDK's incubating vector module is not readable; Collatio does no
	 * vector search and starts without it (it slows the JVM's start), so the warning is noise.
	 */
	private static final java.util.logging.Logger VECTOR_LOGGER = quiet(
			java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider"));

	/** Makes sure Lucene's vector-module warning is off (loading this class does it). */
	static void quietVectorWarning() {
		VECTOR_LOGGER.getLevel();
	}

	private static java.util.logging.Logger quiet(java.util.logging.Logger logger) {
		logger.setLevel(java.util.logging.Level.SEVERE);
		return logger;
	}

	private Analyzers() {
	}

	/**
	 * The analyzer of the whole index: running text for most fields; exact lower-cased keywords for
	 * ids, stances and dates.
	 */
	public static Analyzer index() {
		Analyzer text = text();
		Analyzer keyword;
		try {
			keyword = CustomAnalyzer.builder().withTokenizer("keyword").addTokenFilter("lowercase").build();
		} catch (IOException e) {
			throw new UncheckedIOException("Lucene analysis factories are missing from the runtime", e);
		}
		return new org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper(text,
				java.util.Map.of(Fields.ID, keyword, Fields.STANCE, keyword, Fields.DATE, keyword, Fields.KIND, keyword));
	}

	/**
	 * The analyzer for running text: Unicode word segmentation, possessives dropped ("Pashinian’s"),
	 * lower case, accents folded so that "Pashinián" finds "Pashinian".
	 */
	public static Analyzer text() {
		try {
			return CustomAnalyzer.builder() //
					.withTokenizer("standard") //
					.addTokenFilter("englishPossessive") // Pashinian’s finds Pashinian
					.addTokenFilter("lowercase") //
					.addTokenFilter("asciiFolding") //
					.build();
		} catch (IOException e) {
			throw new UncheckedIOException("Lucene analysis factories are missing from the runtime", e);
		}
	}
}
