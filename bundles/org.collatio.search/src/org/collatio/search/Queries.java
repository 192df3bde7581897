/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermRangeQuery;

/**
 * The query language researchers type: Lucene's classic syntax (words, "phrases", AND/OR/NOT, +/-,
 * "near words"~5, field:value) over {@link Fields}. Date ranges take partial dates:
 * {@code date:[2020 TO 2021]} includes every date in 2021. Errors name the column.
 */
public final class Queries {

	private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+)");

	private Queries() {
	}

	public static Query parse(String query, Analyzer analyzer) throws QuerySyntaxException {
		if (query == null || query.isBlank()) {
			throw new QuerySyntaxException("The query is empty.", 1);
		}
		QueryParser parser = new QueryParser(Fields.TEXT, analyzer) {
			@Override
			protected Query getRangeQuery(String field, String lower, String upper, boolean startInclusive, boolean endInclusive)
					throws ParseException {
				if (Fields.DATE.equals(field)) {
					// "2021" as an upper bound means to the end of 2021: 2021-12-31 sorts after "2021"
					String end = upper == null || upper.equals("*") ? null : endInclusive ? upper + "\uffff" : upper;
					return TermRangeQuery.newStringRange(field, lower == null || lower.equals("*") ? null : lower, end, startInclusive,
							endInclusive);
				}
				return super.getRangeQuery(field, lower, upper, startInclusive, endInclusive);
			}

			@Override
			protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
				if (!Fields.QUERYABLE.contains(field)) {
					throw new ParseException("Unknown field \"" + field + "\": use one of " + String.join(", ", Fields.QUERYABLE) + ".");
				}
				return super.getFieldQuery(field, queryText, quoted);
			}
		};
		parser.setAllowLeadingWildcard(false);
		parser.setDefaultOperator(QueryParser.Operator.AND);
		try {
			return parser.parse(query);
		} catch (ParseException e) {
			throw friendly(query, e);
		}
	}

	private static QuerySyntaxException friendly(String query, ParseException e) {
		String message = e.getMessage() == null ? "Invalid query." : e.getMessage();
		int column = 0;
		if (e.currentToken != null && e.currentToken.next != null) {
			column = e.currentToken.next.beginColumn;
		} else {
			Matcher position = POSITION.matcher(message);
			if (position.find()) {
				column = Integer.parseInt(position.group(2));
			}
		}
		String first = message.lines().findFirst().orElse(message).replaceFirst("^Cannot parse '.*?': ", "");
		if (first.startsWith("Encountered") || first.startsWith("Lexical error")) {
			boolean token = e.currentToken != null && e.currentToken.next != null && e.currentToken.next.image != null
					&& !e.currentToken.next.image.isEmpty();
			first = token ? "Unexpected \"" + e.currentToken.next.image + "\"" : "Unexpected end of query";
			if (query.chars().filter(c -> c == '"').count() % 2 == 1) {
				first = "A quotation mark is not closed";
			}
		} else {
			first = first.replaceFirst("\\.$", "");
		}
		return new QuerySyntaxException(first + (column > 0 ? " at column " + column : "") + ".", column);
	}
}
