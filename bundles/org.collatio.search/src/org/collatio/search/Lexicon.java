/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.tartarus.snowball.ext.EnglishStemmer;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerTarget;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;

/**
 * What a word means for comparing claims, from general resources only: its English (Snowball)
 * stem, and from WordNet the stems of its lemma, of its derivations ("protection" - "protect") and
 * of the nouns its adjectives pertain to ("Russian" - "Russia"), the country a place is part of
 * ("Moscow" - "Russia", for the instances WordNet knows), its two most frequent senses (synonyms
 * share them), the hypernym of its first sense (a broader term) and the antonyms of its first
 * sense ("rise" - "fall"). Looked up once per word and runtime (about 0.2 ms a word), shared by
 * every thread.
 */
final class Lexicon {

	/**
	 * What a word stands for: {@code keys} (its stem first), the stems of its antonyms, its evaluative
	 * {@link Polarity} (-1 to 1), and whether its first sense as a noun is one of communication
	 * ("claim", "report", "allegation": WordNet's noun.communication).
	 */
	record Lexeme(String stem, List<String> keys, Set<String> antonyms, double polarity, boolean communication) {
	}

	/** Key prefixes: a WordNet sense shared by synonyms, and the broader term of a first sense. */
	static final String SENSE = "s:";
	static final String BROADER = "h:";

	private static final Map<String, Lexeme> CACHE = new ConcurrentHashMap<>();
	private static final ThreadLocal<EnglishStemmer> STEMMER = ThreadLocal.withInitial(EnglishStemmer::new);

	private Lexicon() {
	}

	/** The English stem of a (lower-case) word. */
	static String stem(String word) {
		EnglishStemmer stemmer = STEMMER.get();
		stemmer.setCurrent(word);
		stemmer.stem();
		return stemmer.getCurrent();
	}

	/** The lexeme of a lower-case word. */
	static Lexeme of(String word) {
		Lexeme known = CACHE.get(word);
		return known != null ? known : CACHE.computeIfAbsent(word, Lexicon::lookUp);
	}

	private static Lexeme lookUp(String word) {
		String stem = stem(word);
		Set<String> keys = new LinkedHashSet<>();
		keys.add(stem);
		Set<String> antonyms = new LinkedHashSet<>();
		double polarity = 0;
		int polarityUse = -1;
		boolean communication = false;
		if (word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
			try {
				for (POS pos : POS.getAllPOS()) {
					IndexWord indexWord = WordNet.dictionary().lookupIndexWord(pos, word);
					if (indexWord != null) {
						read(indexWord, pos, keys, antonyms);
						communication |= pos == POS.NOUN && !indexWord.getSenses().isEmpty()
								&& "noun.communication".equals(indexWord.getSenses().get(0).getLexFileName());
						int use = Polarity.use(indexWord);
						if (use > polarityUse) { // the part of speech the word is most used in ("second": the ordinal, not "to back")
							polarityUse = use;
							polarity = Polarity.of(indexWord);
						}
					}
				}
			} catch (JWNLException e) {
				throw new IllegalStateException("WordNet cannot be read: " + e.getMessage(), e);
			}
		}
		antonyms.remove(stem);
		return new Lexeme(stem, List.copyOf(keys), Set.copyOf(antonyms), polarity, communication);
	}

	private static void read(IndexWord indexWord, POS pos, Set<String> keys, Set<String> antonyms) throws JWNLException {
		String lemma = indexWord.getLemma().toLowerCase(Locale.ROOT);
		addStem(keys, lemma);
		List<Synset> senses = indexWord.getSenses();
		for (int i = 0; i < Math.min(2, senses.size()); i++) {
			keys.add(SENSE + pos.getKey() + senses.get(i).getOffset());
		}
		if (senses.isEmpty()) {
			return;
		}
		Synset first = senses.get(0);
		for (Word word : first.getWords()) {
			if (!word.getLemma().equalsIgnoreCase(lemma)) {
				continue;
			}
			for (Pointer pointer : word.getPointers()) {
				PointerType type = pointer.getType();
				if (type == PointerType.ANTONYM) {
					addStem(antonyms, lemmaOf(pointer));
				} else if (type == PointerType.DERIVATION || type == PointerType.PERTAINYM) {
					addStem(keys, lemmaOf(pointer));
				}
			}
		}
		for (Pointer pointer : first.getPointers()) {
			PointerType type = pointer.getType();
			if (type == PointerType.HYPERNYM) {
				keys.add(BROADER + pos.getKey() + pointer.getTargetOffset());
			} else if (type == PointerType.PART_HOLONYM && !first.getPointers(PointerType.INSTANCE_HYPERNYM).isEmpty()) {
				addStem(keys, lemmaOf(pointer)); // a named place: what it is part of ("Moscow": Russia), and what that is part of
				for (Pointer up : pointer.getTargetSynset().getPointers(PointerType.PART_HOLONYM)) {
					addStem(keys, lemmaOf(up));
				}
			}
		}
	}

	private static String lemmaOf(Pointer pointer) {
		try {
			PointerTarget target = pointer.getTarget();
			if (target instanceof Word word) {
				return word.getLemma();
			}
			return target instanceof Synset synset && !synset.getWords().isEmpty() ? synset.getWords().get(0).getLemma() : null;
		} catch (JWNLException | RuntimeException e) {
			return null; // a pointer WordNet cannot resolve: left out
		}
	}

	private static void addStem(Set<String> into, String lemma) {
		if (lemma != null && lemma.indexOf(' ') < 0 && lemma.indexOf('-') < 0) {
			into.add(stem(lemma.toLowerCase(Locale.ROOT)));
		}
	}
}
