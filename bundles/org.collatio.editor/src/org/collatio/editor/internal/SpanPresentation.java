/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.collatio.core.store.HexColour;
import org.collatio.model.Claim;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;
import org.collatio.model.TextRegion;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * Draws spans and leftovers into the text presentation of the visible region: each stretch in the
 * colour of its innermost span's first tag, an outline in the next span's colour where spans
 * overlap, claims underlined twice in their speaker's colour, and web-page leftovers in grey italics. Colours come from a resource manager, made once.
 */
public final class SpanPresentation implements ITextPresentationListener {

	static final RGB UNTAGGED = new RGB(0xDD, 0xDD, 0xDD);
	static final RGB DIMMED = new RGB(0x99, 0x99, 0x99);

	private final Supplier<DocumentContent> content;
	private final Document document;
	private final ResourceManager resources;

	public SpanPresentation(Supplier<DocumentContent> content, Document document, ResourceManager resources) {
		this.content = content;
		this.document = document;
		this.resources = resources;
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IRegion extent = presentation.getExtent();
		int from = extent.getOffset();
		int to = from + extent.getLength();
		List<StyleRange> dimmed = new ArrayList<>();
		for (TextRegion region : document.getBoilerplate()) {
			int begin = Math.max(from, region.getBegin());
			int end = Math.min(to, region.getEnd());
			if (begin < end) {
				StyleRange style = new StyleRange(begin, end - begin, color(DIMMED), null, SWT.ITALIC);
				dimmed.add(style);
			}
		}
		presentation.mergeStyleRanges(dimmed.toArray(StyleRange[]::new));

		List<SpanStyler.Span> spans = new ArrayList<>();
		for (SpanAnnotation span : content.get().getSpans()) {
			if (span.getBegin() < to && span.getEnd() > from) {
				spans.add(new SpanStyler.Span(span.getBegin(), span.getEnd(), colorOf(span)));
			}
		}
		List<StyleRange> styles = new ArrayList<>();
		for (SpanStyler.Segment segment : SpanStyler.segments(spans, from, to)) {
			StyleRange style = new StyleRange();
			style.start = segment.begin();
			style.length = segment.end() - segment.begin();
			style.background = color(parse(segment.inner()));
			if (segment.outer() != null) {
				style.borderStyle = SWT.BORDER_SOLID;
				style.borderColor = color(darker(parse(segment.outer())));
			}
			styles.add(style);
		}
		presentation.mergeStyleRanges(styles.toArray(StyleRange[]::new));
		presentation.mergeStyleRanges(claimUnderlines(from, to));
	}

	/** Claims are underlined in their speaker's colour (grey when no speaker is named). */
	private StyleRange[] claimUnderlines(int from, int to) {
		List<StyleRange> underlines = new ArrayList<>();
		for (Claim claim : content.get().getClaims()) {
			RGB rgb = speakerColor(claim.getSpeaker());
			for (SpanAnnotation span : claim.getSpans()) {
				int begin = Math.max(from, span.getBegin());
				int end = Math.min(to, span.getEnd());
				if (begin < end) {
					StyleRange style = new StyleRange();
					style.start = begin;
					style.length = end - begin;
					style.underline = true;
					style.underlineStyle = SWT.UNDERLINE_DOUBLE;
					style.underlineColor = color(rgb);
					underlines.add(style);
				}
			}
		}
		underlines.sort(java.util.Comparator.comparingInt(s -> s.start));
		return underlines.toArray(StyleRange[]::new);
	}

	/** A stable, distinct colour per speaker. */
	public static RGB speakerColor(Entity speaker) {
		if (speaker == null) {
			return DIMMED;
		}
		float hue = Math.floorMod(speaker.getId() == null ? speaker.hashCode() : speaker.getId().hashCode(), 360);
		return new RGB(hue, 0.85f, 0.55f);
	}

	private static String colorOf(SpanAnnotation span) {
		return span.getTags().isEmpty() || span.getTags().get(0).getColor() == null ? null : span.getTags().get(0).getColor();
	}

	/** The colour of a tag, as the editor draws it. */
	public static RGB rgbOf(Tag tag) {
		return parse(tag.getColor());
	}

	static RGB parse(String hex) {
		return HexColour.parse(hex).map(c -> new RGB(c.red(), c.green(), c.blue())).orElse(UNTAGGED);
	}

	private static RGB darker(RGB rgb) {
		return new RGB(rgb.red * 6 / 10, rgb.green * 6 / 10, rgb.blue * 6 / 10);
	}

	private Color color(RGB rgb) {
		return resources.create(ColorDescriptor.createFrom(rgb));
	}
}
