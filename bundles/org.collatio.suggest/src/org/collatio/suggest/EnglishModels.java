/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.suggest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Apache OpenNLP's published English models (Universal Dependencies, English Web Treebank), read
 * once from the model jars this bundle requires (inside OSGi: the entries of the required model
 * bundles; on a plain class path: the class path), never from the network. The models are immutable and shared by every thread; the
 * {@code *ME} tools made from them are not, so each analysis makes its own.
 */
final class EnglishModels {

	private static final String SENTENCES = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
	private static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
	private static final String TAGS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

	/** Loaded on first use by the class loader's initialisation lock (thread-safe, once). */
	private static final class Holder {
		static final EnglishModels INSTANCE = new EnglishModels();
	}

	final SentenceModel sentences;
	final TokenizerModel tokens;
	final POSModel tags;

	private EnglishModels() {
		try {
			sentences = new SentenceModel(open(SENTENCES));
			tokens = new TokenizerModel(open(TOKENS));
			tags = new POSModel(open(TAGS));
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read OpenNLP's English models: " + e.getMessage(), e);
		}
	}

	static EnglishModels get() {
		return Holder.INSTANCE;
	}

	private static boolean isOsgi() {
		try {
			Class.forName("org.osgi.framework.FrameworkUtil", false, EnglishModels.class.getClassLoader());
			return true;
		} catch (ClassNotFoundException e) {
			return false;
		}
	}

	private static InputStream open(String name) throws IOException {
		InputStream in = EnglishModels.class.getClassLoader().getResourceAsStream(name);
		if (in == null && isOsgi()) {
			in = RequiredBundles.open(EnglishModels.class, name);
		}
		if (in == null) {
			throw new IOException("the model " + name + " is not on the class path of org.collatio.suggest");
		}
		return in;
	}
}
