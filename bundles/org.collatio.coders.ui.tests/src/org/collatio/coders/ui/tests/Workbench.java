/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.ui.tests;

import java.time.Duration;
import org.collatio.ui.testing.UiWait;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

/** What the curation UI tests share: the session, the page, commands, waiting for the UI, a screenshot. */
final class Workbench {

	private Workbench() {
	}

	static CorpusSession session() {
		return PlatformUI.getWorkbench().getService(CorpusSession.class);
	}

	static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
	}

	static IWorkbenchPage page() {
		return window().getActivePage();
	}

	/** Runs a command of the workbench (with parameters), as a menu or toolbar item does. */
	static void execute(String commandId, Map<String, String> parameters) throws Exception {
		ICommandService commands = window().getService(ICommandService.class);
		ParameterizedCommand command = ParameterizedCommand.generateCommand(commands.getCommand(commandId), parameters);
		window().getService(IHandlerService.class).executeCommand(command, null);
		processEvents();
	}

	/** Opens the seed corpus again (the one the workbench started with), dropping what a test left unsaved. */
	static void reopen(Path corpus) throws Exception {
		page().closeAllEditors(false);
		session().open(corpus);
		processEvents();
	}

	/** Runs the event loop until the condition holds (10 s at most). */
	static void waitFor(BooleanSupplier condition) throws InterruptedException {
		UiWait.until("the workbench", condition, Duration.ofSeconds(10));
	}

	/**
	 * Runs the event loop until no view recomputation is pending or running, then once more to show
	 * its result. The claim index's delayed write is in the same job family but shows nothing: it is
	 * not waited for (it sleeps for seconds after each change).
	 */
	static void processEvents() {
		UiWait.viewRecomputations();
	}

	/**
	 * Saves what the workbench window shows as a PNG (copied from the X server's screen, so under Xvfb
	 * too), the window filling the screen meanwhile.
	 */
	static void screenshot(Path file) {
		Shell shell = window().getShell();
		Display display = shell.getDisplay();
		Rectangle before = shell.getBounds();
		shell.setBounds(display.getPrimaryMonitor().getClientArea());
		processEvents();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			loader.save(file.toString(), org.eclipse.swt.SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
			shell.setBounds(before);
		}
	}
}
