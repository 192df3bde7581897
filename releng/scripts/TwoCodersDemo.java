/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.CorpusStore.LayerChoice;
import org.collatio.core.tags.Tags;
import org.collatio.model.Claim;
import org.collatio.model.CollatioFactory;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Stance;
import org.collatio.model.Tag;

/**
 * Codes a corpus as two simulated coders, for demonstrations and screenshots of the Agreement and
 * Curation views (not a reading of the articles: the rules are mechanical). Alice tags every sentence
 * with a reporting verb as a claim and makes it a claim, and every quotation as a quote; Bob does the
 * same, but calls every third such sentence reported speech, leaves out the closing full stop of every
 * fourth, skips the quotations of every other document and gives a denying stance to sentences with a
 * negation.
 *
 * Usage: java -cp 'PRODUCT/plugins/*' TwoCodersDemo.java CORPUS_DIR
 */
public class TwoCodersDemo {

	private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]*\\b(said|says|told|accused|warned|denied|stated)\\b[^.!?\\n]*[.!?]");
	private static final Pattern QUOTE = Pattern.compile("[\u201c\"][^\u201d\"\\n]{3,200}[\u201d\"]");
	private static final Pattern NEGATION = Pattern.compile("\\b(not|no|never|denied)\\b");

	public static void main(String[] args) throws Exception {
		Path corpus = Path.of(args[0]);
		code(corpus, "Alice", false);
		code(corpus, "Bob", true);
	}

	private static void code(Path corpus, String coder, boolean second) throws Exception {
		try (CorpusStore store = CorpusStore.open(corpus, LayerChoice.coder(coder))) {
			Tag claimTag = tag(store, "statement.claim");
			Tag reported = tag(store, "statement.reported-speech");
			Tag quoteTag = tag(store, "statement.quote");
			List<Document> documents = store.getCorpus().getDocuments();
			for (int d = 0; d < documents.size(); d++) {
				DocumentContent content = store.getContent(documents.get(d));
				String text = content.getText();
				Matcher sentences = SENTENCE.matcher(text);
				int n = 0;
				while (sentences.find()) {
					int begin = sentences.start() + (text.charAt(sentences.start()) == ' ' ? 1 : 0);
					int end = sentences.end();
					boolean reportedSpeech = second && n % 3 == 2;
					if (second && n % 4 == 3) {
						end--;
					}
					SpanAnnotation span = span(content, begin, end, reportedSpeech ? reported : claimTag, coder, n);
					Claim claim = CollatioFactory.eINSTANCE.createClaim();
					claim.setId(coder.toLowerCase() + "-claim-" + n);
					claim.getSpans().add(span);
					claim.setStance(second && NEGATION.matcher(text.substring(begin, end)).find() ? Stance.DENIES : Stance.ASSERTS);
					claim.setAnnotator(store.getCoder());
					content.getClaims().add(claim);
					n++;
				}
				if (!second || d % 2 == 0) {
					Matcher quotes = QUOTE.matcher(text);
					while (quotes.find()) {
						span(content, quotes.start(), quotes.end(), quoteTag, coder, n++);
					}
				}
			}
			store.save();
		}
	}

	private static Tag tag(CorpusStore store, String code) {
		return Tags.all(store.getCorpus()).stream().filter(t -> code.equals(t.getCode())).findFirst().orElseThrow();
	}

	private static SpanAnnotation span(DocumentContent content, int begin, int end, Tag tag, String coder, int n) {
		SpanAnnotation span = CollatioFactory.eINSTANCE.createSpanAnnotation();
		span.setId(coder.toLowerCase() + "-span-" + n);
		span.setBegin(begin);
		span.setEnd(end);
		span.getTags().add(tag);
		content.getSpans().add(span);
		return span;
	}
}
