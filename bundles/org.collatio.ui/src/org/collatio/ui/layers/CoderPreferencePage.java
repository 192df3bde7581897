/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.layers;

import org.collatio.core.edit.CoderCommands;
import org.collatio.core.store.CorpusStore;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Window &gt; Preferences &gt; Coder: who is coding. Renaming renames the coder in the open corpus too
 * (an undoable command), so the layer stays theirs; another corpus knows the coder by the new name.
 */
public final class CoderPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private CorpusSession session;
	private Text name;

	@Override
	public void init(IWorkbench workbench) {
		session = workbench.getService(CorpusSession.class);
		setDescription("Everything you annotate records your name, and your annotations are kept in a layer of your own.");
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(area);
		new Label(area, SWT.NONE).setText("&Your name:");
		name = new Text(area, SWT.BORDER);
		name.setText(session.getCoderName() == null ? "" : session.getCoderName());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
		name.addModifyListener(e -> {
			setValid(!name.getText().isBlank());
			setErrorMessage(name.getText().isBlank() ? "Enter your name." : null);
		});
		return area;
	}

	@Override
	public boolean performOk() {
		String wanted = name.getText().strip();
		if (wanted.isEmpty() || wanted.equals(session.getCoderName())) {
			return true;
		}
		CorpusStore store = session.getStore();
		if (store != null && store.getCoder() != null && session.getEditingDomain() != null) {
			session.getEditingDomain().getCommandStack().execute(CoderCommands.rename(session.getEditingDomain(), store.getCoder(), wanted));
		}
		session.setCoderName(wanted);
		return true;
	}
}
