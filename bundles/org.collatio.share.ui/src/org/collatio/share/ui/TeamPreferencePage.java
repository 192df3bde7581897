/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.ui;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Window &gt; Preferences &gt; Team: synchronise a shared corpus on a timer (off by default), and the
 * folder of the SSH keys and known_hosts for ssh:// remotes (~/.ssh by default).
 */
public final class TeamPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private Button every;
	private Spinner minutes;
	private Text sshFolder;

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

		new Label(area, SWT.NONE).setText("SS&H folder (keys, known_hosts):");
		sshFolder = new Text(area, SWT.BORDER);
		sshFolder.setMessage(System.getProperty("user.home") + "/.ssh");
		sshFolder.setText(Sharing.sshDirectory() == null ? "" : Sharing.sshDirectory().toString());
		GridDataFactory.fillDefaults().grab(true, false).hint(convertWidthInCharsToPixels(40), SWT.DEFAULT).applyTo(sshFolder);
		Button browse = new Button(area, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, e -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setFilterPath(sshFolder.getText().isBlank() ? sshFolder.getMessage() : sshFolder.getText());
			String chosen = dialog.open();
			if (chosen != null) {
				sshFolder.setText(chosen);
			}
		});
		return area;
	}

	@Override
	public boolean performOk() {
		AutoSync.setMinutes(every.getSelection() ? minutes.getSelection() : 0);
		Sharing.setSshDirectory(sshFolder.getText().isBlank() ? null : java.nio.file.Path.of(sshFolder.getText().strip()));
		return true;
	}

	@Override
	protected void performDefaults() {
		every.setSelection(false);
		minutes.setEnabled(false);
		sshFolder.setText("");
		super.performDefaults();
	}
}
