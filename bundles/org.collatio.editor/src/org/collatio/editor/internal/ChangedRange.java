/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.internal;

import java.util.Collection;
import java.util.List;

import org.collatio.model.SpanAnnotation;
import org.eclipse.emf.common.notify.Notification;

/** The text range a model change affects, so that only that stretch is drawn again. */
public final class ChangedRange {

	private ChangedRange() {
	}

	/**
	 * {begin, end} of the spans a notification adds, removes or changes; {0, 0} when it touches no
	 * span (nothing to redraw); null when it cannot tell (redraw everything).
	 */
	public static int[] of(Notification notification) {
		if (notification.getNotifier() instanceof SpanAnnotation span) {
			return new int[] { span.getBegin(), span.getEnd() };
		}
		List<SpanAnnotation> spans = new java.util.ArrayList<>();
		collect(notification.getOldValue(), spans);
		collect(notification.getNewValue(), spans);
		if (spans.isEmpty()) {
			return notification.getNotifier() instanceof org.collatio.model.DocumentContent ? null : new int[] { 0, 0 };
		}
		int begin = Integer.MAX_VALUE;
		int end = 0;
		for (SpanAnnotation span : spans) {
			begin = Math.min(begin, span.getBegin());
			end = Math.max(end, span.getEnd());
		}
		return new int[] { begin, end };
	}

	private static void collect(Object value, List<SpanAnnotation> into) {
		if (value instanceof SpanAnnotation span) {
			into.add(span);
		} else if (value instanceof Collection<?> values) {
			values.stream().filter(SpanAnnotation.class::isInstance).map(SpanAnnotation.class::cast).forEach(into::add);
		}
	}
}
