/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.properties;

import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * The Properties view's page for the corpus views: the model objects they select, edited through
 * {@link ModelPropertySourceProvider} (commands on the session's editing domain), and shown again
 * after every command, undo and redo, wherever it was made.
 */
public final class ModelPropertySheetPage extends PropertySheetPage {

	private final CorpusSession session;
	private final Runnable refresh = this::refreshShown;

	public ModelPropertySheetPage(CorpusSession session) {
		this.session = session;
		setPropertySourceProvider(object -> {
			ModelPropertySourceProvider sources = ModelPropertySourceProvider.of(session);
			IPropertySource source = sources == null ? null : sources.getPropertySource(object);
			return source != null ? source : Adapters.adapt(object, IPropertySource.class);
		});
		session.addCommandStackListener(refresh);
	}

	private void refreshShown() {
		if (getControl() != null && !getControl().isDisposed()) {
			refresh();
		}
	}

	@Override
	public void dispose() {
		session.removeCommandStackListener(refresh);
		super.dispose();
	}
}
