/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.suggest;

/**
 * What a rule found, before the speaker is resolved: the claimed range (document offsets), the
 * words naming the speaker as written with their range, the relaying agency as written, the
 * kind, the confidence of the rule and the tokens of the clause (for the stated time);
 * {@code continues}: the finding whose speaker an unattributed quotation continues, or null.
 */
record Finding(int begin, int end, String speaker, int mentionBegin, int mentionEnd, boolean pronoun, boolean plural,
		String via, SuggestionKind kind, double confidence, Paragraph paragraph, int clauseFrom, int clauseTo, Finding continues) {
}
