/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.ui;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window &gt; Preferences &gt; Team: synchronise a shared corpus on a timer (off by default). */
public final class TeamPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private Button every;
	private Spinner minutes;

	@Override
	public void init(IWorkbench workbench) {
		setDescription("Synchronize sends your work and brings in your colleagues' (Team > Synchronize).");
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(area);
		every = new Button(area, SWT.CHECK);
		every.setText("&Synchronize a shared corpus every");
		minutes = new Spinner(area, SWT.BORDER);
		minutes.setValues(Math.max(5, AutoSync.minutes()), 1, 24 * 60, 0, 5, 30);
		new Label(area, SWT.NONE).setText("minutes");
		every.setSelection(AutoSync.minutes() > 0);
		minutes.setEnabled(every.getSelection());
		every.addListener(SWT.Selection, e -> minutes.setEnabled(every.getSelection()));
		return area;
	}

	@Override
	public boolean performOk() {
		AutoSync.setMinutes(every.getSelection() ? minutes.getSelection() : 0);
		return true;
	}

	@Override
	protected void performDefaults() {
		every.setSelection(false);
		minutes.setEnabled(false);
		super.performDefaults();
	}
}
