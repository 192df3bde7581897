/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.internal;

import java.nio.file.Path;

import org.collatio.core.store.CorpusException;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Opens the corpus before the first window shows, and closes it when the workbench goes. */
final class CollatioWorkbenchAdvisor extends WorkbenchAdvisor {

	/** Finds the corpus to open; may import the seed corpus on first start. */
	@FunctionalInterface
	interface CorpusLocator {
		Path locate() throws CorpusException;
	}

	private final CorpusLocator locator;
	private final String coder;

	CollatioWorkbenchAdvisor(CorpusLocator locator, String coder) {
		this.locator = locator;
		this.coder = coder;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		configurer.setSaveAndRestore(true);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return CollatioPerspective.ID;
	}

	@Override
	public void preStartup() {
		CorpusSession session = session();
		if (coder != null && !coder.isBlank()) {
			session.setCoderName(coder);
		}
		if (session.getCoderName() == null) {
			// first start: who is coding (their layer, and what their annotations record)
			CoderNameDialog dialog = new CoderNameDialog(null, CoderNameDialog.suggestion());
			String name = dialog.open() == org.eclipse.jface.window.Window.OK ? dialog.getValue() : CoderNameDialog.suggestion();
			session.setCoderName(name == null || name.isBlank() ? "Coder" : name);
		}
		try {
			session().open(locator.locate());
		} catch (CorpusException e) {
			ILog.of(getClass()).log(Status.warning("The corpus could not be opened: " + e.getMessage(), e));
			MessageDialog.openError(null, "Collatio", "The corpus could not be opened.\n\n" + e.getMessage());
		}
	}

	@Override
	public boolean preShutdown() {
		session().awaitSaved(); // an auto-save being written in the background reaches the disk first
		return true;
	}

	@Override
	public void postShutdown() {
		session().close();
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new CollatioWindowAdvisor(configurer, session());
	}

	private CorpusSession session() {
		return getWorkbenchConfigurer().getWorkbench().getService(CorpusSession.class);
	}

	static void log(IStatus status) {
		ILog.of(CollatioWorkbenchAdvisor.class).log(status);
	}
}
