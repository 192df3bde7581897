/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.collatio.share.Credentials;
import org.collatio.ui.layout.FontUnits;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for a Git remote: its URL (https, a git:// daemon, or a local path), the user and token for
 * https, and, when cloning, the folder to clone into (new or empty).
 */
final class RemoteDialog extends TitleAreaDialog {

	private final String title;
	private final String message;
	private final boolean askFolder;
	private Text url;
	private Text user;
	private Text token;
	private Text folder;
	private String chosenUrl;
	private Credentials credentials = Credentials.NONE;
	private Path chosenFolder;

	RemoteDialog(Shell parent, String title, String message, boolean askFolder) {
		super(parent);
		this.title = title;
		this.message = message;
		this.askFolder = askFolder;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(title);
		setMessage(message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		url = field(fields, "Remote &URL:", SWT.BORDER);
		url.setMessage("https://git.example.org/team/corpus.git, git://host/corpus, or a folder");
		user = field(fields, "&User (https):", SWT.BORDER);
		token = field(fields, "&Token or password:", SWT.BORDER | SWT.PASSWORD);
		if (askFolder) {
			folder = field(fields, "Clone &into folder:", SWT.BORDER);
			Button browse = new Button(fields, SWT.PUSH);
			browse.setText("Browse...");
			browse.addListener(SWT.Selection, e -> {
				DirectoryDialog dialog = new DirectoryDialog(getShell());
				dialog.setMessage("A new or empty folder for the shared corpus");
				String chosen = dialog.open();
				if (chosen != null) {
					folder.setText(chosen);
				}
			});
		}
		url.addModifyListener(e -> validate());
		if (folder != null) {
			folder.addModifyListener(e -> validate());
		}
		return area;
	}

	private static Text field(Composite parent, String label, int style) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, style);
		GridDataFactory.fillDefaults().grab(true, false).hint(FontUnits.width(text, 50), SWT.DEFAULT).applyTo(text);
		new Label(parent, SWT.NONE); // the third column (Browse... for the folder)
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	private void validate() {
		String problem = null;
		if (url.getText().isBlank()) {
			problem = "Enter the remote's URL.";
		} else if (folder != null && folder.getText().isBlank()) {
			problem = "Choose a new or empty folder to clone into.";
		} else if (folder != null) {
			Path path = Path.of(folder.getText().strip());
			try {
				if (Files.isDirectory(path) && Files.list(path).findAny().isPresent()) {
					problem = path + " is not empty.";
				}
			} catch (java.io.IOException e) {
				problem = path + " cannot be read.";
			}
		}
		setErrorMessage(problem);
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(problem == null);
		}
	}

	@Override
	protected void okPressed() {
		chosenUrl = url.getText().strip();
		credentials = user.getText().isBlank() && token.getText().isEmpty() ? Credentials.NONE : new Credentials(user.getText().strip(), token.getText());
		chosenFolder = folder == null ? null : Path.of(folder.getText().strip()).toAbsolutePath().normalize();
		super.okPressed();
	}

	String url() {
		return chosenUrl;
	}

	Credentials credentials() {
		return credentials;
	}

	Path folder() {
		return chosenFolder;
	}
}
