/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Turns matching documents into hits with keyword-in-context passages: text matches from the
 * offsets in the index (exact character ranges); matches on tags, notes and claims from the spans
 * that carry them, as the index stored them. Reads the index only, so it runs on any thread.
 */
final class Passages {

	private static final int CONTEXT = 60;
	private static final int MAX_PASSAGES = 5;

	private final IndexSearcher searcher;
	private final Analyzer analyzer;
	private final Query query;

	Passages(IndexSearcher searcher, Analyzer analyzer, Query query) {
		this.searcher = searcher;
		this.analyzer = analyzer;
		this.query = query;
	}

	List<SearchHit> hits(ScoreDoc[] docs) throws IOException {
		int[] ids = new int[docs.length];
		for (int i = 0; i < docs.length; i++) {
			ids[i] = docs[i].doc;
		}
		KwicHighlighter highlighter = new KwicHighlighter(
				UnifiedHighlighter.builder(searcher, analyzer).withFormatter(new Kwic()).withMaxLength(Integer.MAX_VALUE - 1));
		Map<String, Object[]> text = highlighter.objects(new String[] { Fields.TEXT }, query, ids, new int[] { MAX_PASSAGES });
		Set<Term> terms = new HashSet<>();
		query.visit(QueryVisitor.termCollector(terms));
		StoredFields stored = searcher.storedFields();
		List<SearchHit> hits = new ArrayList<>();
		for (int i = 0; i < docs.length; i++) {
			org.apache.lucene.document.Document doc = stored.document(docs[i].doc);
			@SuppressWarnings("unchecked")
			List<SearchHit.Passage> passages = text.get(Fields.TEXT)[i] instanceof List<?> list ? new ArrayList<>((List<SearchHit.Passage>) list)
					: new ArrayList<>();
			if (passages.isEmpty()) {
				passages.addAll(annotationPassages(doc, terms));
			}
			hits.add(new SearchHit(doc.get(Fields.ID), doc.get(Fields.TITLE), doc.get(Fields.OUTLET), doc.get(Fields.DATE), docs[i].score,
					List.copyOf(passages)));
		}
		return hits;
	}

	/**
	 * Spans whose tags, notes or claims carry the query's terms, from what the index stored about
	 * each span (the live model is not read: this runs on any thread).
	 */
	private List<SearchHit.Passage> annotationPassages(org.apache.lucene.document.Document doc, Set<Term> terms) {
		String text = doc.get(Fields.TEXT);
		List<SearchHit.Passage> passages = new ArrayList<>();
		if (text == null) {
			return passages;
		}
		for (String span : doc.getValues(Fields.SPANS)) {
			if (passages.size() >= MAX_PASSAGES) {
				break;
			}
			String[] facts = span.split(String.valueOf(DocumentIndexer.FACT));
			String[] offsets = facts[0].split(" ");
			int begin = Integer.parseInt(offsets[0]);
			int end = Integer.parseInt(offsets[1]);
			if (end <= text.length() && matches(facts, terms)) {
				passages.add(passage(text, begin, end));
			}
		}
		return passages;
	}

	private boolean matches(String[] facts, Set<Term> terms) {
		for (Term term : terms) {
			for (int i = 1; i < facts.length; i++) {
				int split = facts[i].indexOf(DocumentIndexer.VALUE);
				String field = facts[i].substring(0, split);
				String value = facts[i].substring(split + 1);
				if (field.equals(term.field()) && (field.equals(Fields.STANCE) || field.equals(Fields.KIND) ? value.equals(term.text())
						: has(field, value, term.text()))) {
					return true;
				}
			}
		}
		return false;
	}

	/** Whether the analysed text contains the (analysed) term. */
	private boolean has(String field, String text, String term) {
		if (text == null) {
			return false;
		}
		try (TokenStream tokens = analyzer.tokenStream(field, text)) {
			CharTermAttribute attribute = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				if (attribute.toString().equals(term)) {
					return true;
				}
			}
			tokens.end();
		} catch (IOException e) {
			return false;
		}
		return false;
	}

	static SearchHit.Passage passage(String text, int begin, int end) {
		String before = flat(text.substring(Math.max(0, begin - CONTEXT), begin));
		String after = flat(text.substring(end, Math.min(text.length(), end + CONTEXT)));
		return new SearchHit.Passage(begin, end, before, flat(text.substring(begin, end)), after);
	}

	private static String flat(String text) {
		return text.replace('\r', ' ').replace('\n', ' ');
	}

	/** Lucene's unified highlighter, returning the formatter's objects (our passages) instead of strings. */
	private static final class KwicHighlighter extends UnifiedHighlighter {
		KwicHighlighter(UnifiedHighlighter.Builder builder) {
			super(builder);
		}

		Map<String, Object[]> objects(String[] fields, Query query, int[] docIds, int[] maxPassages) throws IOException {
			return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
		}
	}

	/** The highlighter's passages as one {@link SearchHit.Passage} per match, with exact offsets. */
	private static final class Kwic extends PassageFormatter {
		@Override
		public Object format(org.apache.lucene.search.uhighlight.Passage[] passages, String content) {
			List<SearchHit.Passage> result = new ArrayList<>();
			for (org.apache.lucene.search.uhighlight.Passage passage : passages) {
				for (int m = 0; m < passage.getNumMatches(); m++) {
					result.add(passage(content, passage.getMatchStarts()[m], passage.getMatchEnds()[m]));
				}
			}
			return result;
		}
	}
}
