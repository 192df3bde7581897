/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile;

import org.collatio.core.store.HexColour;
import org.collatio.model.RelationKind;
import org.collatio.model.Stance;

/** The colours of stances and relations, the same in the view, the timeline and the reports (hex RGB). */
public final class Palette {

	private Palette() {
	}

	public static String stance(Stance stance) {
		return switch (stance) {
		case ASSERTS -> "#2e7d32";
		case DENIES -> "#c62828";
		case UNCERTAIN -> "#b26a00";
		};
	}

	/** A light tint of the stance colour, for a row's background. */
	public static String stanceTint(Stance stance) {
		return switch (stance) {
		case ASSERTS -> "#e8f5e9";
		case DENIES -> "#ffebee";
		case UNCERTAIN -> "#fff8e1";
		};
	}

	public static String relation(RelationKind kind) {
		return switch (kind) {
		case CONTRADICTS -> "#c62828";
		case AGREES -> "#2e7d32";
		case QUALIFIES -> "#1565c0";
		case UPDATES -> "#6a1b9a";
		};
	}

	/** "#2e7d32" as {r, g, b}. */
	public static int[] rgb(String hex) {
		HexColour colour = HexColour.parse(hex).orElseThrow(() -> new IllegalArgumentException("Not a colour #RRGGBB: " + hex));
		return new int[] { colour.red(), colour.green(), colour.blue() };
	}
}
