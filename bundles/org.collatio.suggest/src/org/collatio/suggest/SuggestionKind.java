/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.suggest;

/** How a suggested claim is reported. */
public enum SuggestionKind {
	/** The speaker's words in quotation marks. */
	DIRECT_QUOTE("direct-quote"),
	/** The speaker's words in the reporter's words ("X said that ...", "according to X"). */
	REPORTED_SPEECH("reported-speech"),
	/** What an outlet or agency itself reports ("news agencies reported ..."). */
	OUTLET_ASSERTION("outlet-assertion");

	private final String label;

	SuggestionKind(String label) {
		this.label = label;
	}

	/** The name used in files and on the command line. */
	public String label() {
		return label;
	}

	/** The kind of a {@link #label()}, or null. */
	public static SuggestionKind of(String label) {
		for (SuggestionKind kind : values()) {
			if (kind.label.equals(label)) {
				return kind;
			}
		}
		return null;
	}
}
