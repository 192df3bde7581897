/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.foreign;

import java.util.ArrayList;
import java.util.List;

/**
 * Anchors W3C annotations' selectors in one source's text (see {@link W3cAnnotationReader}):
 * positions in code points converted to UTF-16 and checked, a quote checked at its position or
 * re-anchored by {@link QuoteAnchor}; what cannot be anchored is reported, naming the annotation.
 */
final class W3cAnchoring {

	private final String text;
	private final String iri;
	private final CodePoints positions;
	private int reanchored;

	W3cAnchoring(String text, String iri) {
		this.text = text;
		this.iri = iri;
		this.positions = new CodePoints(text);
	}

	/** How many quotes were found elsewhere than at their position. */
	int reanchored() {
		return reanchored;
	}

	/** The annotation's ranges in UTF-16; empty (and the reason added to {@code leftOut}) when none can be anchored. */
	List<TextRange> ranges(W3cAnnotation annotation, List<String> leftOut) {
		List<TextRange> ranges = new ArrayList<>(annotation.targets().size());
		for (W3cAnnotation.Target target : annotation.targets()) {
			TextRange range = range(target, annotation, leftOut);
			if (range == null) {
				return List.of();
			}
			ranges.add(range);
		}
		if (ranges.isEmpty() && annotation.leftOut().isEmpty()) {
			leftOut.add("annotation " + annotation.id() + ": no text selector on " + iri);
		}
		return ranges;
	}

	private TextRange range(W3cAnnotation.Target target, W3cAnnotation annotation, List<String> leftOut) {
		boolean fits = target.hasPosition() && positions.fits(target.start(), target.end());
		TextRange atPosition = fits ? new TextRange(positions.toUtf16((int) target.start()), positions.toUtf16((int) target.end())) : null;
		if (target.exact() == null) {
			if (atPosition == null) {
				leftOut.add("annotation " + annotation.id() + ": characters " + target.start() + ".." + target.end() + " do not fit the text of " + iri
						+ " (" + positions.length() + " characters) and it has no quote to look for");
			}
			return atPosition;
		}
		if (atPosition != null && text.regionMatches(atPosition.begin(), target.exact(), 0, target.exact().length())
				&& atPosition.end() - atPosition.begin() == target.exact().length()) {
			return atPosition;
		}
		int hint = !target.hasPosition() ? -1 : positions.toUtf16((int) Math.min(target.start(), positions.length()));
		int at = QuoteAnchor.find(text, target.exact(), target.prefix(), target.suffix(), hint);
		if (at < 0) {
			leftOut.add("annotation " + annotation.id() + ": its quote \"" + shorten(target.exact()) + "\" is not in the text of " + iri
					+ (target.hasPosition() ? " (nor at characters " + target.start() + ".." + target.end() + ")" : ""));
			return null;
		}
		reanchored++;
		return new TextRange(at, at + target.exact().length());
	}

	private static String shorten(String quote) {
		return quote.length() <= 60 ? quote : quote.substring(0, 57) + "...";
	}
}
