/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.suggest;

/**
 * A word of the text as the tokenizer found it: its offsets in the whole document (UTF-16 units,
 * end exclusive), its universal part-of-speech tag, and the index of its sentence.
 */
record Token(String text, int begin, int end, String tag, int sentence) {

	boolean is(String word) {
		return text.equalsIgnoreCase(word);
	}

	boolean isPunctuation() {
		return "PUNCT".equals(tag) || (text.length() == 1 && !Character.isLetterOrDigit(text.charAt(0)));
	}

	boolean isCapitalised() {
		return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
	}

	boolean isNominal() {
		return "PROPN".equals(tag) || "NOUN".equals(tag) || "PRON".equals(tag) || "NUM".equals(tag);
	}
}
