/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.layout;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;

/**
 * Sizes of fields and lists in characters and lines of the control's own font, as JFace dialogs
 * measure ({@link Dialog#convertWidthInCharsToPixels(FontMetrics, int)}): a dialog keeps its
 * proportions with a larger font or a HiDPI screen, where pixel sizes would cut text off. For the
 * static helpers that build the fields of dialogs and wizard pages.
 */
public final class FontUnits {

	private FontUnits() {
	}

	/** The width of {@code chars} average characters in {@code control}'s font, in pixels. */
	public static int width(Control control, int chars) {
		return Dialog.convertWidthInCharsToPixels(metrics(control), chars);
	}

	/** The height of {@code lines} lines of {@code control}'s font, in pixels. */
	public static int height(Control control, int lines) {
		return Dialog.convertHeightInCharsToPixels(metrics(control), lines);
	}

	private static FontMetrics metrics(Control control) {
		GC gc = new GC(control);
		try {
			gc.setFont(control.getFont());
			return gc.getFontMetrics();
		} finally {
			gc.dispose();
		}
	}
}
