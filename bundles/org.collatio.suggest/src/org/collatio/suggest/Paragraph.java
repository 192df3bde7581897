/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.suggest;

import java.util.List;

/**
 * A paragraph of the document (text between blank lines) as tokens, in order, each naming its
 * sentence; {@code begin}/{@code end} are its offsets in the document.
 */
record Paragraph(int begin, int end, List<Token> tokens) {

	/** The index of the first token of the sentence of token {@code i}. */
	int sentenceStart(int i) {
		int s = tokens.get(i).sentence();
		while (i > 0 && tokens.get(i - 1).sentence() == s) {
			i--;
		}
		return i;
	}

	/** The index after the last token of the sentence of token {@code i}. */
	int sentenceEnd(int i) {
		int s = tokens.get(i).sentence();
		while (i < tokens.size() && tokens.get(i).sentence() == s) {
			i++;
		}
		return i;
	}
}
