/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.suggest;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Splits a document into paragraphs (at blank lines), sentences, tokens and tags with OpenNLP. Not
 * thread-safe: one instance per thread (the models underneath are shared).
 */
final class TextAnalysis {

	private final SentenceDetectorME sentences;
	private final TokenizerME tokenizer;
	private final POSTaggerME tagger;

	TextAnalysis() {
		EnglishModels models = EnglishModels.get();
		sentences = new SentenceDetectorME(models.sentences);
		tokenizer = new TokenizerME(models.tokens);
		tagger = new POSTaggerME(models.tags);
	}

	List<Paragraph> paragraphs(String text) {
		List<Paragraph> result = new ArrayList<>();
		int sentence = 0;
		int start = 0;
		while (start < text.length()) {
			int end = paragraphEnd(text, start);
			List<Token> tokens = new ArrayList<>();
			String paragraph = text.substring(start, end);
			for (Span s : sentences.sentPosDetect(paragraph)) {
				String sentenceText = paragraph.substring(s.getStart(), s.getEnd());
				Span[] spans = tokenizer.tokenizePos(sentenceText);
				String[] words = Span.spansToStrings(spans, sentenceText);
				String[] tags = tagger.tag(words);
				int offset = start + s.getStart();
				for (int i = 0; i < spans.length; i++) {
					tokens.add(new Token(words[i], offset + spans[i].getStart(), offset + spans[i].getEnd(), tags[i], sentence));
				}
				sentence++;
			}
			if (!tokens.isEmpty()) {
				result.add(new Paragraph(start, end, List.copyOf(tokens)));
			}
			start = next(text, end);
		}
		return result;
	}

	/** The end of the paragraph starting at {@code start}: the first line break followed by a blank line. */
	private static int paragraphEnd(String text, int start) {
		int i = start;
		while (i < text.length()) {
			int nl = text.indexOf('\n', i);
			if (nl < 0) {
				return text.length();
			}
			int j = nl + 1;
			while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
				j++;
			}
			if (j >= text.length() || text.charAt(j) == '\n') {
				return nl > start && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
			}
			i = j;
		}
		return text.length();
	}

	private static int next(String text, int end) {
		int i = end;
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return Math.max(i, end + 1);
	}
}
