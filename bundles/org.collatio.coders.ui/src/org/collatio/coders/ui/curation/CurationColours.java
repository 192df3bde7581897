/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.ui.curation;

import java.util.EnumMap;
import java.util.Map;

import org.collatio.coders.curation.RowKind;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * The tints of the Curation view, made once per view from its resource manager: one per kind of
 * difference (agreed rows stay untinted), and the green of what the curated layer holds.
 */
public final class CurationColours {

	/** The tint of each kind of difference; agreed rows have none. */
	public static final Map<RowKind, RGB> TINTS = tints();
	/** The tint of a curated cell holding a coder's version (and of that coder's cell). */
	public static final RGB DONE = new RGB(214, 239, 214);

	private final Map<RowKind, Color> kinds = new EnumMap<>(RowKind.class);
	private final Color done;

	public CurationColours(ResourceManager resources) {
		TINTS.forEach((kind, rgb) -> kinds.put(kind, resources.create(ColorDescriptor.createFrom(rgb))));
		done = resources.create(ColorDescriptor.createFrom(DONE));
	}

	private static Map<RowKind, RGB> tints() {
		Map<RowKind, RGB> tints = new EnumMap<>(RowKind.class);
		tints.put(RowKind.ONLY_SOME, new RGB(255, 232, 194)); // amber
		tints.put(RowKind.TAGS_DIFFER, new RGB(250, 212, 212)); // red
		tints.put(RowKind.CLAIM_DIFFERS, new RGB(230, 218, 247)); // violet
		tints.put(RowKind.DETAILS_DIFFER, new RGB(255, 246, 200)); // yellow
		return Map.copyOf(tints);
	}

	/** The tint of a kind of difference, or null (agreed). */
	public Color of(RowKind kind) {
		return kinds.get(kind);
	}

	public Color done() {
		return done;
	}
}
