/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.update.ui;

import java.net.URI;

import org.collatio.update.Updater;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Help &gt; Check for Updates: asks for the p2 repository to update from (remembered), looks for a
 * newer Collatio there and installs it in a job with progress ({@link Updater}), then offers to close
 * Collatio so that the user starts the new version.
 */
public final class CheckForUpdatesHandler extends AbstractHandler {

	private static final String LAST = "lastRepository";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		var preferences = InstanceScope.INSTANCE.getNode("org.collatio.update.ui");
		InputDialog ask = new InputDialog(shell, "Check for Updates",
				"The p2 repository to update from (a folder, or a file: or https: URL):", preferences.get(LAST, ""), text -> {
					try {
						Updater.location(text.strip());
						return null;
					} catch (IllegalArgumentException e) {
						return e.getMessage();
					}
				});
		if (ask.open() != Window.OK) {
			return null;
		}
		String from = ask.getValue().strip();
		preferences.put(LAST, from);
		URI repository = Updater.location(from);
		BundleContext bundles = FrameworkUtil.getBundle(CheckForUpdatesHandler.class).getBundleContext();
		ServiceReference<IProvisioningAgent> reference = bundles.getServiceReference(IProvisioningAgent.class);
		if (reference == null) {
			MessageDialog.openError(shell, "Check for Updates", "p2 is not running in this installation; it cannot update itself.");
			return null;
		}
		Job job = Job.create("Updating Collatio from " + from, (IProgressMonitor monitor) -> {
			Updater.Result result;
			try {
				result = new Updater(bundles.getService(reference)).update(repository, monitor);
			} finally {
				bundles.ungetService(reference);
			}
			Display display = PlatformUI.getWorkbench().getDisplay();
			display.asyncExec(() -> report(result));
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return null;
	}

	private static void report(Updater.Result result) {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
				: PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		switch (result.outcome()) {
			case UPDATED -> {
				// the launch scripts start Java once (no native launcher to relaunch): close, the user starts it again
				if (MessageDialog.openQuestion(shell, "Check for Updates", result.message() + "\n\nClose Collatio now?")) {
					PlatformUI.getWorkbench().close();
				}
			}
			case UP_TO_DATE -> MessageDialog.openInformation(shell, "Check for Updates", result.message());
			case FAILED -> MessageDialog.openError(shell, "Check for Updates", result.message());
		}
	}
}
