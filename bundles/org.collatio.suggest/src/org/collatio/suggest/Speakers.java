/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Resolves the words naming a speaker: to an entity of the corpus by its name or an alias (the
 * whole name, or the family name: "Mr Pashinyan" is "Nikol Pashinyan"); a family name alone to the
 * person the article named in full before ("Peskov" after "Kremlin spokesman Dmitry Peskov"); a
 * pronoun to the nearest earlier speaker that fits it (a person for he/she, a group for they); else
 * the name as written, a new entity to propose. One instance per document, fed in reading order.
 */
final class Speakers {

	/** A resolved speaker: the name to show and the entity id (null for a new one). */
	record Resolved(String name, String id, boolean plural) {
	}

	private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "president", "prime",
			"minister", "the", "a", "an", "mr.", "mrs.", "dr.", "pm");

	private static final Set<String> ORGANISATION_LINKS = Set.of("of", "for", "from", "at");

	private final List<KnownSpeaker> known;
	private final List<Resolved> earlier = new ArrayList<>();

	Speakers(List<KnownSpeaker> known) {
		this.known = known;
	}

	Resolved resolve(String written, boolean pronoun, boolean plural) {
		if (pronoun) {
			String p = subjectForm(written.toLowerCase(Locale.ROOT));
			boolean group = p.equals("they") || p.equals("we");
			for (int i = earlier.size() - 1; i >= 0; i--) {
				Resolved r = earlier.get(i);
				boolean female = p.equals("she");
				boolean fits = p.equals("it") ? !r.plural() && !isPerson(r.name())
						: group ? r.plural()
								: !r.plural() && (isPerson(r.name()) || isOfGender(r.name(), female)) && !isOfGender(r.name(), !female)
										&& !Gender.of(r.name(), earlier).equals(female ? Gender.MALE : Gender.FEMALE);
				if (fits) {
					return r;
				}
			}
			return null;
		}
		Resolved r = match(written, plural);
		earlier.add(r);
		return r;
	}

	/** "him" is "he", "them" "they": an agent ("rejected by him") is a speaker too. */
	private static String subjectForm(String pronoun) {
		return switch (pronoun) {
		case "him" -> "he";
		case "her" -> "she";
		case "them" -> "they";
		case "us" -> "we";
		default -> pronoun;
		};
	}

	/** Remembers the named subject of another verb, a person a later pronoun may stand for. */
	void noteSubject(String written, boolean plural) {
		earlier.add(match(written, plural));
	}

	private Resolved match(String written, boolean plural) {
		String name = clean(written);
		for (KnownSpeaker k : known) {
			if (same(name, k.name()) || k.aliases().stream().anyMatch(a -> same(name, a))) {
				return new Resolved(k.name(), k.id(), plural);
			}
		}
		String family = familyName(name);
		if (family != null) {
			for (KnownSpeaker k : known) {
				if (family.equalsIgnoreCase(familyName(clean(k.name())))
						|| k.aliases().stream().anyMatch(a -> family.equalsIgnoreCase(familyName(clean(a))))) {
					return new Resolved(k.name(), k.id(), plural);
				}
			}
			if (ownWords(name) == 1) { // "Peskov", "Mr Peskov" after "Dmitry Peskov": the person the article named in full
				for (int i = earlier.size() - 1; i >= 0; i--) {
					Resolved r = earlier.get(i);
					String full = personalName(ownName(r.name()));
					if (r.id() == null && !r.plural() && full.indexOf(' ') > 0 && family.equalsIgnoreCase(familyName(clean(full)))) {
						return new Resolved(full, null, plural);
					}
				}
			}
		}
		return new Resolved(written, null, plural);
	}

	/**
	 * The person's own name at the end of a name with a description before it: the last run of
	 * capitalised words that are neither titles nor possessives ("Armenia's Prime Minister Nikol
	 * Pashinyan": "Nikol Pashinyan").
	 */
	private static String personalName(String name) {
		String[] words = name.trim().split("\\s+");
		int from = words.length;
		while (from > 0) {
			String w = words[from - 1];
			if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || TITLES.contains(w.toLowerCase(Locale.ROOT)) || w.endsWith("'s")
					|| w.endsWith("\u2019s")) {
				break;
			}
			from--;
		}
		return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
	}

	/** How many words of a name are not titles. */
	private static int ownWords(String name) {
		int count = 0;
		for (String w : name.trim().split("\\s+")) {
			count += w.isEmpty() || TITLES.contains(w.toLowerCase(Locale.ROOT)) ? 0 : 1;
		}
		return count;
	}

	private static boolean same(String a, String b) {
		return a.equalsIgnoreCase(clean(b));
	}

	/** Without possessive marks and surrounding spaces. */
	private static String clean(String s) {
		return s.replace("’", "'").trim();
	}

	/** The last capitalised word of a name that is only titles and capitalised words, or null. */
	static String familyName(String name) {
		String[] words = name.split("\\s+");
		String last = null;
		for (String w : words) {
			if (w.isEmpty()) {
				continue;
			}
			if (TITLES.contains(w.toLowerCase(Locale.ROOT))) {
				continue;
			}
			if (!Character.isUpperCase(w.codePointAt(0))) {
				return null;
			}
			last = w;
		}
		return last;
	}

	/** A description whose head names a man or a woman ("a spokeswoman for ...", "the chairman"). */
	private static boolean isOfGender(String name, boolean female) {
		for (String w : name.toLowerCase(Locale.ROOT).split("\\s+")) {
			if (w.equals("for") || w.equals("of")) {
				break;
			}
			if (female ? w.endsWith("woman") : w.endsWith("man") && !w.endsWith("woman")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A name (capitalised words, titles allowed), not a description ("the minister", "Irish
	 * president"); what follows "of", "for", "from" or "at" is the person's organisation ("Laura
	 * Brownlees of Save the Children").
	 */
	static boolean isPerson(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return familyName(ownName(name)) != null && !lower.startsWith("the ") && !lower.startsWith("a ");
	}

	/** The words before an organisation ("Laura Brownlees of Save the Children": "Laura Brownlees"). */
	static String ownName(String name) {
		String[] words = name.trim().split("\\s+");
		StringBuilder b = new StringBuilder();
		for (String w : words) {
			if (ORGANISATION_LINKS.contains(w) && b.length() > 0) {
				break;
			}
			b.append(b.length() == 0 ? "" : " ").append(w);
		}
		return b.toString();
	}
}
