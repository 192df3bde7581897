/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search;

/** A query that cannot be parsed: what is wrong, and at which column (1-based) of the query. */
public class QuerySyntaxException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int column;

	public QuerySyntaxException(String message, int column) {
		super(message);
		this.column = column;
	}

	/** 1-based column of the query where the problem is, or 0 when unknown. */
	public int getColumn() {
		return column;
	}
}
