/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.internal;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * The overview ruler beside the text: a mark in its tag's colour for every span, placed by its
 * position in the whole document; clicking a mark selects that span.
 */
public final class SpanOverview {

	public static final int WIDTH = 14;
	private static final int MARK_HEIGHT = 3;

	private final Canvas canvas;
	private final Supplier<DocumentContent> content;
	private final ResourceManager resources;

	public SpanOverview(Composite parent, Supplier<DocumentContent> content, ResourceManager resources, Consumer<SpanAnnotation> onClick) {
		this.content = content;
		this.resources = resources;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.setToolTipText("Annotations in the whole article: click a mark to go there");
		canvas.addPaintListener(this::paint);
		canvas.addListener(SWT.MouseDown, event -> {
			SpanAnnotation span = spanAt(event.y);
			if (span != null) {
				onClick.accept(span);
			}
		});
	}

	public Canvas getControl() {
		return canvas;
	}

	public void refresh() {
		if (!canvas.isDisposed()) {
			canvas.redraw();
		}
	}

	/** The y of a span's mark in the current size of the ruler. */
	public int markY(SpanAnnotation span) {
		Rectangle area = canvas.getClientArea();
		int length = Math.max(1, content.get().getText().length());
		return (int) ((long) span.getBegin() * Math.max(1, area.height - MARK_HEIGHT) / length);
	}

	/** The span whose mark is nearest to y (within a few pixels), or null. */
	public SpanAnnotation spanAt(int y) {
		SpanAnnotation nearest = null;
		int distance = MARK_HEIGHT + 2;
		for (SpanAnnotation span : content.get().getSpans()) {
			int d = Math.abs(markY(span) + MARK_HEIGHT / 2 - y);
			if (d <= distance) {
				distance = d;
				nearest = span;
			}
		}
		return nearest;
	}

	private void paint(PaintEvent event) {
		GC gc = event.gc;
		Rectangle area = canvas.getClientArea();
		for (SpanAnnotation span : content.get().getSpans()) {
			String color = span.getTags().isEmpty() ? null : span.getTags().get(0).getColor();
			gc.setBackground(resources.create(ColorDescriptor.createFrom(SpanPresentation.parse(color))));
			gc.fillRectangle(2, markY(span), area.width - 4, MARK_HEIGHT);
		}
	}
}
