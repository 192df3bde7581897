/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.suggest;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a name says of a person's gender, from general English titles only ("Mr", "Ms", "Lady",
 * "Sir"): the name's own title, or the title of an earlier mention with the same family name ("Irene
 * Khan" after "Ms Khan"). No list of first names: an untitled name is {@link #UNKNOWN}.
 */
enum Gender {
	MALE, FEMALE, UNKNOWN;

	private static final Set<String> MALE_TITLES = Set.of("mr", "mr.", "sir", "lord", "king", "prince", "baron", "duke", "earl");
	private static final Set<String> FEMALE_TITLES = Set.of("mrs", "mrs.", "ms", "ms.", "miss", "lady", "dame", "baroness", "queen",
			"princess", "duchess", "countess");

	/** The gender of {@code name}, from its title or from an earlier mention of the same family name. */
	static Gender of(String name, List<Speakers.Resolved> earlier) {
		Gender own = ofTitle(name);
		if (own != UNKNOWN) {
			return own;
		}
		String family = Speakers.familyName(Speakers.ownName(name));
		if (family == null) {
			return UNKNOWN;
		}
		for (Speakers.Resolved r : earlier) {
			if (family.equalsIgnoreCase(Speakers.familyName(Speakers.ownName(r.name())))) {
				Gender g = ofTitle(r.name());
				if (g != UNKNOWN) {
					return g;
				}
			}
		}
		return UNKNOWN;
	}

	private static Gender ofTitle(String name) {
		for (String w : name.toLowerCase(Locale.ROOT).split("\\s+")) {
			if (MALE_TITLES.contains(w)) {
				return MALE;
			}
			if (FEMALE_TITLES.contains(w)) {
				return FEMALE;
			}
		}
		return UNKNOWN;
	}
}
