/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Claim;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;

/**
 * Turns matching documents into hits with keyword-in-context passages: text matches from the
 * offsets in the index (exact character ranges); matches on tags, notes and claims from the spans
 * that carry them.
 */
final class Passages {

	private static final int CONTEXT = 60;
	private static final int MAX_PASSAGES = 5;

	private final IndexSearcher searcher;
	private final Analyzer analyzer;
	private final Query query;
	private final CorpusStore store;

	Passages(IndexSearcher searcher, Analyzer analyzer, Query query, CorpusStore store) {
		this.searcher = searcher;
		this.analyzer = analyzer;
		this.query = query;
		this.store = store;
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
				passages.addAll(annotationPassages(doc.get(Fields.ID), terms));
			}
			hits.add(new SearchHit(doc.get(Fields.ID), doc.get(Fields.TITLE), doc.get(Fields.OUTLET), doc.get(Fields.DATE), docs[i].score,
					List.copyOf(passages)));
		}
		return hits;
	}

	/** Spans whose tags, notes or claims carry the query's terms. */
	private List<SearchHit.Passage> annotationPassages(String documentId, Set<Term> terms) {
		Document document = store.findDocument(documentId);
		if (document == null) {
			return List.of();
		}
		DocumentContent content;
		try {
			content = store.getContent(document);
		} catch (CorpusException e) {
			return List.of();
		}
		List<SearchHit.Passage> passages = new ArrayList<>();
		for (SpanAnnotation span : content.getSpans()) {
			if (passages.size() < MAX_PASSAGES && matches(span, content, terms)) {
				passages.add(passage(content.getText(), span.getBegin(), span.getEnd()));
			}
		}
		return passages;
	}

	private boolean matches(SpanAnnotation span, DocumentContent content, Set<Term> terms) {
		for (Term term : terms) {
			String field = term.field();
			String value = term.text();
			boolean hit = switch (field) {
			case Fields.TAG -> span.getTags().stream().anyMatch(t -> has(field, t.getName(), value) || has(field, code(t), value));
			case Fields.NOTE -> has(field, span.getNote(), value);
			default -> claimsOf(span, content).stream().anyMatch(c -> claimHas(c, field, value));
			};
			if (hit) {
				return true;
			}
		}
		return false;
	}

	private static String code(Tag tag) {
		return tag.getCode() == null ? null : tag.getCode().replace('.', ' ');
	}

	private static List<Claim> claimsOf(SpanAnnotation span, DocumentContent content) {
		return content.getClaims().stream().filter(c -> c.getSpans().contains(span)).toList();
	}

	private boolean claimHas(Claim claim, String field, String value) {
		return switch (field) {
		case Fields.SPEAKER -> entityHas(field, claim.getSpeaker(), value);
		case Fields.VIA -> entityHas(field, claim.getVia(), value);
		case Fields.STANCE -> claim.getStance().getLiteral().toLowerCase(Locale.ROOT).equals(value);
		case Fields.KIND -> claim.getKind().getLiteral().toLowerCase(Locale.ROOT).equals(value);
		case Fields.PROPOSITION -> claim.getProposition() != null && has(field, claim.getProposition().getStatement(), value);
		case Fields.PARAPHRASE -> has(field, claim.getParaphrase(), value);
		default -> false;
		};
	}

	private boolean entityHas(String field, Entity entity, String value) {
		return entity != null && (has(field, entity.getCanonicalName(), value) || entity.getAliases().stream().anyMatch(a -> has(field, a, value)));
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
