/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.collatio.model.Corpus;

/**
 * What a claim is about and which way it leans, read from its words: content words, lightly
 * stemmed, with names folded onto what they stand for (an entity's aliases onto the entity,
 * "Moscow", "Kremlin" and "Russian" onto Russia), and a polarity: negative when it says that
 * something failed, was refused or did not happen ("failed to protect", "not", "problems"),
 * positive when it affirms a duty, a guarantee or support without negating it.
 */
final class ClaimWords {

	/** Which way a claim leans. */
	enum Polarity {
		NEGATIVE, NEUTRAL, POSITIVE
	}

	/** A claim's words and polarity, and the cue that decided it. */
	record Reading(Set<String> words, Polarity polarity, String cue) {
	}

	static final Set<String> NEGATORS = Set.of("not", "no", "never", "nor", "neither", "without", "unable", "cannot", "don't", "doesn't",
			"didn't", "won't", "isn't", "aren't", "wasn't", "weren't", "fail", "fails", "failed", "failing", "failure", "refuse", "refused",
			"refuses", "deny", "denied", "denies", "lack", "lacks", "lacked");
	/** Words that say something went wrong: negative on their own. */
	private static final Set<String> NEGATIVE = Set.of("problem", "crisis", "deteriorat", "deteriorated", "criticiz", "criticized", "complain",
			"complained", "accus", "accused", "accusing", "unwilling", "unwillingness", "betray", "betrayed", "violat", "violated", "broke", "abandon",
			"abandoned", "ingratitude", "tension", "dissatisfaction", "discontent", "frustration", "condemn", "condemned", "blam", "blamed");
	/** Words that affirm a duty, a guarantee or support: positive unless negated. */
	private static final Set<String> POSITIVE = Set.of("protect", "guarantor", "guarantee", "honor", "honour", "honored", "support", "ensur",
			"ensure", "defend", "help", "friendly", "allied", "ally", "commitment", "obligation", "accurately", "comprehensive", "everything", "success",
			"successful", "strengthen", "welcome", "welcomed", "praise", "praised", "cooperation");
	private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "is",
			"are", "was", "were", "be", "been", "that", "this", "it", "its", "as", "from", "has", "have", "had", "he", "she", "they", "we",
			"his", "her", "their", "our", "said", "says", "will", "would", "there", "these", "those", "who", "which", "about", "also", "but",
			"than", "more", "even", "before", "after", "all", "any", "both", "further", "very", "can", "could", "may", "might", "must", "should",
			"do", "does", "did", "being", "into", "over", "under", "between", "up", "out", "so", "such", "only", "own", "same", "other", "some");
	/** Metonymy in news writing: a capital, a seat of government or a demonym for the country. */
	private static final Map<String, String> PLACES = Map.ofEntries(Map.entry("moscow", "russia"), Map.entry("kremlin", "russia"),
			Map.entry("russian", "russia"), Map.entry("yerevan", "armenia"), Map.entry("armenian", "armenia"), Map.entry("baku", "azerbaijan"),
			Map.entry("azerbaijani", "azerbaijan"), Map.entry("ankara", "turkey"), Map.entry("turkish", "turkey"), Map.entry("tehran", "iran"),
			Map.entry("iranian", "iran"), Map.entry("beijing", "china"), Map.entry("chinese", "china"), Map.entry("kyiv", "ukraine"),
			Map.entry("kiev", "ukraine"), Map.entry("ukrainian", "ukraine"), Map.entry("washington", "usa"), Map.entry("american", "usa"),
			Map.entry("london", "britain"), Map.entry("british", "britain"), Map.entry("paris", "france"), Map.entry("french", "france"),
			Map.entry("berlin", "germany"), Map.entry("german", "germany"), Map.entry("tbilisi", "georgia"), Map.entry("georgian", "georgia"),
			Map.entry("minsk", "belarus"), Map.entry("belarusian", "belarus"), Map.entry("brussels", "eu"), Map.entry("european", "eu"),
			Map.entry("stepanakert", "karabakh"), Map.entry("israeli", "israel"), Map.entry("jerusalem", "israel"), Map.entry("palestinian", "palestine"));

	/**
	 * Words of one notion in reporting on security and alliances, folded together so that "primary
	 * guarantor of security" and "failed to protect" are seen to be about the same thing.
	 */
	private static final Map<String, String> NOTIONS = notions(Map.of( //
			"protect", List.of("protect", "protection", "guarantor", "guarantee", "guarante", "security", "secur", "defend", "defence", "defense",
					"safeguard", "safety"),
			"commitment", List.of("commitment", "obligation", "honor", "honour", "promise", "pledge", "duty"),
			"support", List.of("support", "help", "assist", "assistance", "aid", "backing"),
			"alliance", List.of("ally", "allied", "alliance", "friendly", "friendship", "partner", "partnership"),
			"peace", List.of("peace", "ceasefire", "truce", "armistice"),
			"war", List.of("war", "fighting", "conflict", "clash", "hostiliti", "hostilities", "escalation")));

	private static Map<String, String> notions(Map<String, List<String>> groups) {
		Map<String, String> notions = new HashMap<>();
		groups.forEach((notion, words) -> words.forEach(word -> notions.put(word, notion)));
		return notions;
	}

	private final Analyzer analyzer;
	/** Every alias of an entity (folded) to the entity's token. */
	private final Map<String, String> aliases = new HashMap<>();

	ClaimWords(Analyzer analyzer, Corpus corpus) {
		this(analyzer, corpus.getEntities().stream().map(entity -> {
			List<String> names = new ArrayList<>(entity.getAliases());
			names.add(entity.getCanonicalName());
			return new CandidateInput.EntityNames(entity.getId(), entity.getCanonicalName(), names);
		}).toList());
	}

	/** From names copied out of the model: usable on any thread. */
	ClaimWords(Analyzer analyzer, List<CandidateInput.EntityNames> entities) {
		this.analyzer = analyzer;
		for (CandidateInput.EntityNames entity : entities) {
			String token = "entity:" + entity.id();
			for (String name : entity.names()) {
				List<String> tokens = tokens(name);
				if (tokens.size() == 1) {
					aliases.put(tokens.get(0), token);
				} else if (!tokens.isEmpty()) {
					aliases.putIfAbsent(tokens.get(tokens.size() - 1), token); // a family name alone names the person
				}
			}
		}
	}

	Reading read(String text) {
		List<String> tokens = tokens(text);
		Set<String> words = new LinkedHashSet<>();
		Polarity polarity = Polarity.NEUTRAL;
		String cue = null;
		int lastNegator = -10;
		for (int i = 0; i < tokens.size(); i++) {
			String token = tokens.get(i);
			String stem = stem(token);
			if (NEGATORS.contains(token)) {
				lastNegator = i;
				polarity = Polarity.NEGATIVE;
				cue = cue == null ? token : cue;
				continue;
			}
			if (NEGATIVE.contains(token) || NEGATIVE.contains(stem)) {
				polarity = Polarity.NEGATIVE;
				cue = cue == null ? token : cue;
			} else if ((POSITIVE.contains(token) || POSITIVE.contains(stem)) && i - lastNegator > 3 && polarity == Polarity.NEUTRAL) {
				polarity = Polarity.POSITIVE;
			}
			if (STOP.contains(token) || token.length() < 3 && !Character.isDigit(token.charAt(0))) {
				continue;
			}
			String alias = aliases.get(token);
			String notion = NOTIONS.getOrDefault(token, NOTIONS.get(stem));
			words.add(alias != null ? alias : notion != null ? notion : PLACES.getOrDefault(token, stem));
		}
		return new Reading(words, polarity, cue);
	}

	private List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(Fields.TEXT, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString().toLowerCase(Locale.ROOT));
			}
			stream.end();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return tokens;
	}

	/** A light stemmer: plural and -ing/-ed endings, enough to match "protect"/"protecting"/"protected". */
	static String stem(String word) {
		for (String suffix : List.of("ing", "ed", "es", "s")) {
			if (word.length() > suffix.length() + 3 && word.endsWith(suffix) && !NEGATORS.contains(word)) {
				return word.substring(0, word.length() - suffix.length());
			}
		}
		return word;
	}
}
