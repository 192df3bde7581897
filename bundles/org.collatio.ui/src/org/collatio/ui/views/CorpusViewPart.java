/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.views;

import org.collatio.ui.session.CorpusSession;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.part.ViewPart;

/**
 * A view that shows part of the open corpus: it reaches the workbench's {@link CorpusSession},
 * listens to it from {@link #watchSession} until it is disposed, and gives the focus to one control.
 */
public abstract class CorpusViewPart extends ViewPart {

	private Runnable unwatch;

	/** The workbench's corpus session. */
	protected final CorpusSession session() {
		return getSite().getService(CorpusSession.class);
	}

	/** Told when another corpus is opened and after every command, undo, redo and save, until the view is disposed. */
	protected final void watchSession(CorpusSession.Listener corpusChanged, Runnable commandStackChanged) {
		if (unwatch != null) {
			unwatch.run();
		}
		unwatch = session().watch(corpusChanged, commandStackChanged);
	}

	/** The control that takes the focus when the view is activated. */
	protected abstract Control focusControl();

	@Override
	public void setFocus() {
		focusControl().setFocus();
	}

	@Override
	public void dispose() {
		if (unwatch != null) {
			unwatch.run();
			unwatch = null;
		}
		super.dispose();
	}
}
