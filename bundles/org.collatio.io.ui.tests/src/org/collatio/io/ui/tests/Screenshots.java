/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.ui.tests;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * A shell as the researcher sees it, saved as PNG into the folder named by the environment variable
 * {@code COLLATIO_SHOTS} (for a person to look at); nothing when it is not set.
 */
final class Screenshots {

	private Screenshots() {
	}

	static void take(Shell shell, String name) {
		String folder = System.getenv("COLLATIO_SHOTS");
		if (folder == null || folder.isBlank()) {
			return;
		}
		Display display = shell.getDisplay();
		while (display.readAndDispatch()) {
			// painted
		}
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(Path.of(folder, name + ".png").toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
