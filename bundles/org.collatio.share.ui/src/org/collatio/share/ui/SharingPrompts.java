/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.ui;

import java.nio.file.Path;

import org.collatio.share.Credentials;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/**
 * What sharing asks and tells the researcher. The workbench uses {@link #DIALOGS}; tests set their
 * own answers with {@link Sharing#setPrompts}.
 */
public interface SharingPrompts {

	/** A remote chosen by the researcher: URL, credentials, and the folder to clone into (or null). */
	record Remote(String url, Credentials credentials, Path folder) {
	}

	/** Asks for a remote (and a folder when {@code clone}); null when cancelled. */
	Remote askRemote(Shell shell, String title, String message, boolean clone);

	/** Asks how to resolve conflicts: a choice for each, or null when cancelled. */
	java.util.Map<org.collatio.share.merge.Conflict, org.collatio.share.resolve.ConflictResolution.Choice> resolve(Shell shell,
			java.util.List<org.collatio.share.merge.Conflict> conflicts);

	/** Tells what an operation did, or what went wrong ({@code problem}). */
	void tell(Shell shell, String title, String message, boolean problem);

	/**
	 * Asks whether to trust an ssh server whose host key is not known here ({@code message} names
	 * the server and the problem); true adds the key to known_hosts and connects. By default no.
	 */
	default boolean trustHostKey(Shell shell, String title, String message) {
		return false;
	}

	SharingPrompts DIALOGS = new SharingPrompts() {
		@Override
		public Remote askRemote(Shell shell, String title, String message, boolean clone) {
			RemoteDialog dialog = new RemoteDialog(shell, title, message, clone);
			return dialog.open() == Window.OK ? new Remote(dialog.url(), dialog.credentials(), dialog.folder()) : null;
		}

		@Override
		public java.util.Map<org.collatio.share.merge.Conflict, org.collatio.share.resolve.ConflictResolution.Choice> resolve(Shell shell,
				java.util.List<org.collatio.share.merge.Conflict> conflicts) {
			ConflictsDialog dialog = new ConflictsDialog(shell, conflicts);
			return dialog.open() == Window.OK ? dialog.choices() : null;
		}

		@Override
		public boolean trustHostKey(Shell shell, String title, String message) {
			return MessageDialog.openQuestion(shell, title, message + "\n\nOnly trust it if you know this is your team's Git server "
					+ "(its administrator can tell you its fingerprint). Trust this server and connect?");
		}

		@Override
		public void tell(Shell shell, String title, String message, boolean problem) {
			if (problem) {
				MessageDialog.openError(shell, title, message);
			} else {
				MessageDialog.openInformation(shell, title, message);
			}
		}
	};
}
