/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.suggest.tests;

import java.util.Locale;
import java.util.Set;

/**
 * When a suggestion counts as a claim of the reading: the ranges overlap by at least half of the
 * shorter one, and the speakers are the same (the same words once titles, articles and possessives
 * are set aside; or a shared name word; or, for a group or office, the same head noun; a
 * spokesman is never the person he speaks for, but "Kremlin spokesman Dmitry Peskov" is Peskov).
 */
final class Agreement {

	private static final Set<String> SKIP = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "the", "a", "an", "of", "for", "in", "and",
			"president", "prime", "minister", "former", "chairman", "secretary", "home", "shadow", "tory", "labour", "mp");
	private static final Set<String> ROLES = Set.of("spokesman", "spokeswoman", "spokesperson", "office", "aide");

	private Agreement() {
	}

	static boolean overlaps(int b1, int e1, int b2, int e2) {
		int overlap = Math.min(e1, e2) - Math.max(b1, b2);
		return overlap > 0 && overlap * 2 >= Math.min(e1 - b1, e2 - b2);
	}

	static boolean sameSpeaker(String read, String suggested) {
		String a = normal(read);
		String b = normal(suggested);
		if (a.equals(b)) {
			return true;
		}
		if (speaksForOther(a) != speaksForOther(b)) {
			return false;
		}
		String[] wa = a.split(" ");
		String[] wb = b.split(" ");
		if (!isName(read) && !isName(suggested)) {
			return wa[wa.length - 1].equals(wb[wb.length - 1]);
		}
		for (String x : wa) {
			for (String y : wb) {
				if (x.length() > 2 && x.equals(y) && !SKIP.contains(x)) {
					return true;
				}
			}
		}
		return false;
	}

	/** A spokesman (an office, an aide) of someone else: a role word not followed by the speaker's own name. */
	private static boolean speaksForOther(String normal) {
		String[] w = normal.split(" ");
		for (int i = 0; i < w.length; i++) {
			if (ROLES.contains(w[i])) {
				return i + 1 >= w.length || w[i + 1].equals("for") || w[i + 1].equals("of");
			}
		}
		return false;
	}

	/** Whether the words hold a capitalised word other than a title or the first word. */
	private static boolean isName(String s) {
		String[] words = s.trim().split("\\s+");
		for (int i = 0; i < words.length; i++) {
			String w = words[i];
			if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && !SKIP.contains(w.toLowerCase(Locale.ROOT))
					&& (i > 0 || words.length == 1 || !w.equalsIgnoreCase("the"))) {
				return true;
			}
		}
		return false;
	}

	private static String normal(String s) {
		String x = s.replace("’", "'").toLowerCase(Locale.ROOT).replaceAll("'s\\b", "").replaceAll("[^\\p{L}\\p{N}' -]", " ");
		StringBuilder b = new StringBuilder();
		for (String w : x.trim().split("\\s+")) {
			if (!w.equals("the") && !w.equals("a") && !w.equals("an") && !w.isEmpty()) {
				b.append(b.length() == 0 ? "" : " ").append(w);
			}
		}
		return b.toString();
	}
}
