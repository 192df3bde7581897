/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search;

/**
 * The fields of the index, as researchers type them in queries: {@code tag:claim},
 * {@code speaker:Pashinian}, {@code outlet:"Moscow Times"}, {@code date:[2020 TO 2021]},
 * {@code stance:denies}. One Lucene document per article carries its text and metadata and what its
 * spans and claims say.
 */
public final class Fields {

	/** The document id (keyword). */
	public static final String ID = "id";
	/** The article text, with positions and offsets (the default field). */
	public static final String TEXT = "text";
	public static final String TITLE = "title";
	public static final String OUTLET = "outlet";
	public static final String AUTHOR = "author";
	/** Publication date, ISO 8601 (partial); ranges on years or months work: {@code date:[2020 TO 2021]}. */
	public static final String DATE = "date";
	public static final String URL = "url";
	/** Names and codes of every tag on the article's spans. */
	public static final String TAG = "tag";
	/** Notes on spans. */
	public static final String NOTE = "note";
	/** Claim speakers: canonical name and every alias of the entity. */
	public static final String SPEAKER = "speaker";
	/** Who a claim was reported through (names and aliases). */
	public static final String VIA = "via";
	/** Claim stances: asserts, denies, uncertain. */
	public static final String STANCE = "stance";
	/** Claim kinds: direct_quote, reported_speech, outlet_assertion. */
	public static final String KIND = "kind";
	/** Statements of the propositions the article's claims address. */
	public static final String PROPOSITION = "proposition";
	public static final String PARAPHRASE = "paraphrase";

	/** Internal: the ids of the tags, entities and propositions the article's annotations refer to (keyword, not stored). */
	static final String REF = "ref";
	/** Internal, stored only: per span, its offsets and what its tags, note and claims say (for passages). */
	static final String SPANS = "spans";

	/** Fields a query may name. */
	public static final java.util.List<String> QUERYABLE = java.util.List.of(TEXT, TITLE, OUTLET, AUTHOR, DATE, URL, TAG, NOTE, SPEAKER, VIA,
			STANCE, KIND, PROPOSITION, PARAPHRASE, ID);

	private Fields() {
	}
}
