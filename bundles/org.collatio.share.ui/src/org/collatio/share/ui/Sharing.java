/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.ui;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.collatio.core.store.CorpusException;
import org.collatio.editor.AnnotationEditor;
import org.collatio.editor.DocumentEditorInput;
import org.collatio.model.Document;
import org.collatio.share.Credentials;
import org.collatio.share.ShareException;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * How the workbench runs Git operations on the open corpus: saved first, saves suspended, the
 * operation in a modal progress dialog (forked: the UI thread only paints; Cancel stops it), the
 * corpus reopened when files changed on disk (its open articles opened again), and the outcome told.
 * Modal, so no command can change the model while the files under it change.
 */
public final class Sharing {

	/** A Git operation on files with a remote, run off the UI thread with the credentials given. */
	@FunctionalInterface
	interface Operation<T> {
		T run(Credentials credentials, IProgressMonitor monitor) throws ShareException;
	}

	/** Credentials given this session, by corpus folder (kept in memory only, never written). */
	private static final Map<Path, Credentials> CREDENTIALS = new ConcurrentHashMap<>();
	private static volatile SharingPrompts prompts = SharingPrompts.DIALOGS;

	private Sharing() {
	}

	public static void setPrompts(SharingPrompts replacement) {
		prompts = replacement == null ? SharingPrompts.DIALOGS : replacement;
	}

	static SharingPrompts prompts() {
		return prompts;
	}

	/** The preference of the SSH folder: keys and known_hosts for ssh:// remotes (Window > Preferences > Team). */
	static final String SSH_DIRECTORY = "sshDirectory";

	/** The SSH folder set in the preferences, or null for ~/.ssh. */
	public static Path sshDirectory() {
		String folder = InstanceScope.INSTANCE.getNode(AutoSync.NODE).get(SSH_DIRECTORY, "");
		return folder.isBlank() ? null : Path.of(folder);
	}

	/** Sets the SSH folder (null: ~/.ssh). */
	public static void setSshDirectory(Path folder) {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(AutoSync.NODE);
		if (folder == null) {
			preferences.remove(SSH_DIRECTORY);
		} else {
			preferences.put(SSH_DIRECTORY, folder.toAbsolutePath().toString());
		}
		try {
			preferences.flush();
		} catch (org.osgi.service.prefs.BackingStoreException e) {
			// kept for this session; written with the workbench's preferences at exit
		}
	}

	static Credentials credentials(Path corpus) {
		return CREDENTIALS.getOrDefault(corpus, Credentials.NONE);
	}

	static void remember(Path corpus, Credentials credentials) {
		if (credentials != null && credentials != Credentials.NONE) {
			CREDENTIALS.put(corpus, credentials);
		}
	}

	/** Saves the open corpus; false (told) when the save failed. */
	static boolean save(Shell shell, CorpusSession session, String title) {
		try {
			session.save();
			return true;
		} catch (CorpusException e) {
			prompts.tell(shell, title, "The corpus could not be saved, so nothing was shared.\n\n" + e.getMessage(), true);
			return false;
		}
	}

	/**
	 * Runs an operation in a modal progress dialog; null when it failed (told) or was cancelled. An
	 * ssh server whose host key is not known here is named and the researcher asked whether to trust
	 * it: yes runs the operation again trusting it (it is then in known_hosts); a changed host key is
	 * only told.
	 */
	static <T> T run(Shell shell, String title, Credentials credentials, Operation<T> operation) {
		Object[] result = new Object[1];
		Credentials given = credentials == null ? Credentials.NONE : credentials;
		if (given.sshDirectory() == null) {
			given = given.withSsh(sshDirectory(), given.acceptNewHostKey());
		}
		for (;;) {
			Credentials now = given;
			try {
				new ProgressMonitorDialog(shell).run(true, true, monitor -> {
					try {
						result[0] = operation.run(now, monitor);
					} catch (ShareException e) {
						throw new InvocationTargetException(e);
					}
				});
				break;
			} catch (InvocationTargetException e) {
				Throwable cause = e.getCause();
				if (cause instanceof ShareException share && isUnknownHostKey(share) && !now.acceptNewHostKey()
						&& prompts.trustHostKey(shell, title, share.getMessage())) {
					given = now.withSsh(now.sshDirectory(), true);
					continue;
				}
				prompts.tell(shell, title, cause instanceof ShareException ? cause.getMessage()
						: "The operation failed: " + (cause == null ? e : cause) + "\nNothing local was lost; try again.", true);
				return null;
			} catch (InterruptedException | OperationCanceledException e) {
				prompts.tell(shell, title, "Cancelled. Nothing local was lost; the next synchronisation completes what was started.", false);
				return null;
			}
		}
		@SuppressWarnings("unchecked")
		T typed = (T) result[0];
		return typed;
	}

	private static boolean isUnknownHostKey(ShareException e) {
		return e.getProblem() == ShareException.Problem.HOST_KEY && e.getMessage().contains("not known here");
	}

	/** Opens the corpus again on its layer (its files changed on disk), and the articles that were open. */
	static void reopen(CorpusSession session) throws CorpusException {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		List<String> open = page == null ? List.of()
				: java.util.Arrays.stream(page.getEditorReferences()).map(r -> r.getPart(false)).filter(AnnotationEditor.class::isInstance)
						.map(p -> ((AnnotationEditor) p).getDocument().getId()).toList();
		session.reopen(); // the same layer, from the files as they are now
		for (String id : open) {
			Document document = session.getStore().findDocument(id);
			if (document != null && page != null) {
				try {
					page.openEditor(new DocumentEditorInput(document), AnnotationEditor.ID);
				} catch (PartInitException e) {
					// the document is listed in the navigator; the researcher opens it again
				}
			}
		}
	}
}
