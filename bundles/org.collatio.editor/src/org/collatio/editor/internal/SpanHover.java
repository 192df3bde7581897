/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.internal;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.collatio.core.edit.SpanCommands;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;

/** Hovering a span names the tags, note and annotator of every span there, innermost first. */
public final class SpanHover implements ITextHover {

	private final Supplier<DocumentContent> content;

	public SpanHover(Supplier<DocumentContent> content) {
		this.content = content;
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		List<SpanAnnotation> spans = SpanCommands.spansAt(content.get(), offset);
		return spans.isEmpty() ? null : new Region(spans.get(0).getBegin(), spans.get(0).getEnd() - spans.get(0).getBegin());
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		List<SpanAnnotation> spans = SpanCommands.spansAt(content.get(), region.getOffset());
		return spans.isEmpty() ? null : spans.stream().map(SpanHover::describe).collect(Collectors.joining("\n\n"));
	}

	/** "Claim, Quote — note: ... — by annotator". */
	public static String describe(SpanAnnotation span) {
		StringBuilder text = new StringBuilder(span.getTags().stream().map(Tag::getName).collect(Collectors.joining(", ")));
		if (span.getNote() != null) {
			text.append("\nNote: ").append(span.getNote());
		}
		if (span.getAnnotator() != null) {
			text.append("\nBy ").append(span.getAnnotator().getName());
		}
		return text.toString();
	}
}
