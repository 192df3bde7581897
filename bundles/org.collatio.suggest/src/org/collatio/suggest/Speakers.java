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
 * whole name, or the family name: "Mr Pashinyan" is "Nikol Pashinyan"); a pronoun to the nearest
 * earlier speaker that fits it (a person for he/she, a group for they); else the name as written,
 * a new entity to propose. One instance per document, fed in reading order.
 */
final class Speakers {

	/** A resolved speaker: the name to show and the entity id (null for a new one). */
	record Resolved(String name, String id, boolean plural) {
	}

	private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "president", "prime",
			"minister", "the", "a", "an", "mr.", "mrs.", "dr.", "pm");

	private final List<KnownSpeaker> known;
	private final List<Resolved> earlier = new ArrayList<>();

	Speakers(List<KnownSpeaker> known) {
		this.known = known;
	}

	Resolved resolve(String written, boolean pronoun, boolean plural) {
		if (pronoun) {
			String p = written.toLowerCase(Locale.ROOT);
			boolean group = p.equals("they") || p.equals("we");
			for (int i = earlier.size() - 1; i >= 0; i--) {
				Resolved r = earlier.get(i);
				if (p.equals("it") ? r.plural() == false && !isPerson(r.name()) : group == r.plural()) {
					return r;
				}
			}
			return null;
		}
		Resolved r = match(written, plural);
		earlier.add(r);
		return r;
	}

	/** Remembers a speaker found without a rule of its own (a continued quotation). */
	void remember(Resolved r) {
		earlier.add(r);
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
		}
		return new Resolved(written, null, plural);
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

	private static boolean isPerson(String name) {
		return familyName(name) != null && !name.toLowerCase(Locale.ROOT).startsWith("the ");
	}
}
