/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.update;

import java.net.URI;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * {@code collatio --update FROM}: updates this installation from the p2 repository FROM (a folder, a
 * file: or an https: URL) and says what it did. Exit codes: 0 updated or already up to date, 1 the
 * update failed (nothing changed), 2 bad usage.
 */
public final class UpdateApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		if (args == null || args.length != 1 || args[0].isBlank()) {
			System.err.println("Usage: collatio --update FROM   (FROM: the p2 repository's folder, or a file: or https: URL)");
			return 2;
		}
		URI repository;
		try {
			repository = Updater.location(args[0]);
		} catch (IllegalArgumentException e) {
			System.err.println("collatio: " + e.getMessage());
			return 2;
		}
		BundleContext bundles = FrameworkUtil.getBundle(UpdateApplication.class).getBundleContext();
		ServiceReference<IProvisioningAgent> reference = bundles.getServiceReference(IProvisioningAgent.class);
		IProvisioningAgent agent = reference == null ? null : bundles.getService(reference);
		if (agent == null) {
			System.err.println("collatio: p2 is not running in this installation; it cannot update itself.");
			return 1;
		}
		try {
			Updater updater = new Updater(agent);
			System.out.println("Looking for a newer Collatio than " + updater.installedVersion() + " in " + repository + " ...");
			Updater.Result result = updater.update(repository, new NullProgressMonitor());
			(result.outcome() == Updater.Outcome.FAILED ? System.err : System.out).println(result.message());
			return result.outcome() == Updater.Outcome.FAILED ? 1 : IApplication.EXIT_OK;
		} finally {
			bundles.ungetService(reference);
		}
	}

	@Override
	public void stop() {
		// runs to its end: a provisioning plan is not interrupted half-way
	}
}
