/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.suggest;

import java.util.ArrayList;
import java.util.List;

/**
 * The quotations of a paragraph, from its quotation-mark tokens: straight marks alternate, curly
 * ones say which side they are. A quotation left open at the end of its paragraph is continued by
 * the next paragraph if that one opens with a mark (the typographic convention).
 */
final class QuoteMarks {

	/** Tokens {@code open} and {@code close} are the marks (close = -1: open at the paragraph's end). */
	record Quotation(int open, int close) {
		int innerFrom() {
			return open + 1;
		}

		int innerTo(int size) {
			return close < 0 ? size : close;
		}
	}

	private QuoteMarks() {
	}

	static boolean isMark(Token t) {
		String s = t.text();
		return s.equals("\"") || s.equals("“") || s.equals("”") || s.equals("``") || s.equals("''") || s.equals("„");
	}

	private static boolean isOpening(Token t) {
		return t.text().equals("“") || t.text().equals("``") || t.text().equals("„");
	}

	private static boolean isClosing(Token t) {
		return t.text().equals("”") || t.text().equals("''");
	}

	static List<Quotation> of(Paragraph p) {
		List<Quotation> result = new ArrayList<>();
		List<Token> tokens = p.tokens();
		int open = -1;
		for (int i = 0; i < tokens.size(); i++) {
			Token t = tokens.get(i);
			if (!isMark(t)) {
				continue;
			}
			boolean opening = open < 0 ? !isClosing(t) : isOpening(t);
			if (t.text().equals("\"")) {
				boolean left = i > 0 && tokens.get(i - 1).end() == t.begin() && !isMark(tokens.get(i - 1));
				boolean right = i + 1 < tokens.size() && tokens.get(i + 1).begin() == t.end();
				if (right && !left) {
					opening = true;
				} else if (left && !right) {
					opening = false;
				}
			}
			if (opening) {
				if (open >= 0) {
					result.add(new Quotation(open, i));
				}
				open = i;
			} else if (open >= 0) {
				result.add(new Quotation(open, i));
				open = -1;
			}
			// a closing mark without an opening one is left alone
		}
		if (open >= 0) {
			result.add(new Quotation(open, -1));
		}
		return result;
	}
}
