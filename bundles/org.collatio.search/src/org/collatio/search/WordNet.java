/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * The English WordNet 3.1 (extjwnl with its data jar), loaded once per runtime from the class path
 * (in OSGi the data is a fragment of extjwnl, so extjwnl's own class loader reads it; never the
 * network) and shared by every caller: about 0.6 s and 85 MB the first time. extjwnl's dictionary
 * is safe to read from several threads.
 */
final class WordNet {

	private WordNet() {
	}

	private static final class Holder {
		static final Dictionary DICTIONARY = load();

		private static Dictionary load() {
			try {
				return Dictionary.getDefaultResourceInstance();
			} catch (JWNLException | RuntimeException e) {
				throw new IllegalStateException("WordNet cannot be read from the runtime (the extjwnl data bundle net.sf.extjwnl.data.wn31 is missing "
						+ "or damaged): " + e.getMessage(), e);
			}
		}
	}

	/** The dictionary, loaded on first use. */
	static Dictionary dictionary() {
		return Holder.DICTIONARY;
	}
}
