/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.internal;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.collatio.core.imports.SeedCorpus;
import org.collatio.core.store.CorpusException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** The Collatio workbench application. */
public final class Application implements IApplication {

	static final String SEED_CORPUS_FOLDER = "seed-corpus";

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Object raw = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		String[] args = raw instanceof String[] strings ? strings : new String[0];
		LaunchArguments arguments = LaunchArguments.parse(args);
		Display display = PlatformUI.createDisplay();
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new CollatioWorkbenchAdvisor(() -> corpusToOpen(arguments), arguments.coder()));
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	/** The corpus named on the command line, or the seed corpus (made on first start). */
	static Path corpusToOpen(LaunchArguments arguments) throws CorpusException {
		if (arguments.corpus() != null) {
			return arguments.corpus();
		}
		Path seedCorpus = dataFolder().resolve(SEED_CORPUS_FOLDER);
		SeedCorpus.ensure(seedCorpus, arguments.seeds() != null ? arguments.seeds() : installFolder().resolve("seeds"));
		return seedCorpus;
	}

	/** The user's Collatio data folder: the parent of the workbench's instance area. */
	static Path dataFolder() {
		return toPath(Platform.getInstanceLocation()).getParent();
	}

	private static Path installFolder() {
		return toPath(Platform.getInstallLocation());
	}

	private static Path toPath(Location location) {
		try {
			return Path.of(location.getURL().toURI()).toAbsolutePath();
		} catch (URISyntaxException e) {
			// Equinox's location URLs are not always escaped: fall back to the raw path
			return Path.of(location.getURL().getPath()).toAbsolutePath();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
