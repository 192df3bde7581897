/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.internal;

import org.collatio.core.store.CorpusStore;
import org.collatio.ui.layers.LayerLabels;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Sizes the window and keeps its title on the open corpus and layer. */
final class CollatioWindowAdvisor extends WorkbenchWindowAdvisor {

	static final String PRODUCT_NAME = "Collatio";

	private final CorpusSession session;
	private final CorpusSession.Listener titleUpdater = this::updateTitle;

	CollatioWindowAdvisor(IWorkbenchWindowConfigurer configurer, CorpusSession session) {
		super(configurer);
		this.session = session;
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new CollatioActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1280, 800));
		configurer.setShowCoolBar(false);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(false);
		configurer.setTitle(title(session.getStore()));
		session.addListener(titleUpdater);
	}

	@Override
	public void postWindowClose() {
		session.removeListener(titleUpdater);
	}

	private void updateTitle(CorpusStore store) {
		Shell shell = getWindowConfigurer().getWindow().getShell();
		String title = title(store);
		getWindowConfigurer().setTitle(title);
		if (shell != null && !shell.isDisposed()) {
			shell.setText(title);
		}
	}

	/** "Collatio — Seed corpus — My layer (Alice)": the corpus, and the layer the window works on. */
	static String title(CorpusStore store) {
		if (store == null) {
			return PRODUCT_NAME;
		}
		String layer = LayerLabels.layer(store);
		return PRODUCT_NAME + " \u2014 " + store.getCorpus().getName() + (layer == null ? "" : " \u2014 " + layer);
	}
}
