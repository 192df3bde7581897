/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.wizards;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.collatio.ui.layout.FontUnits;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Which files and folders to import, and an optional metadata catalogue. */
final class ImportArticlesPage extends WizardPage {

	private final List<Path> initialPaths;
	private org.eclipse.swt.widgets.List pathList;
	private Text catalogue;

	ImportArticlesPage(List<Path> initialPaths) {
		super("articles");
		setTitle("Import Articles");
		setDescription("Plain-text (UTF-8) and HTML articles; folders are imported recursively.");
		this.initialPaths = initialPaths;
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
		pathList = new org.eclipse.swt.widgets.List(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(FontUnits.width(pathList, 60), FontUnits.height(pathList, 12)).applyTo(pathList);
		Composite buttons = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		button(buttons, "Add &Files...", this::addFiles);
		button(buttons, "Add F&older...", this::addFolder);
		button(buttons, "&Remove", () -> {
			pathList.remove(pathList.getSelectionIndices());
			validate();
		});
		Label label = new Label(page, SWT.NONE);
		label.setText("Metadata catalogue (optional JSON: file name \u2192 title, outlet, date, author, url):");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(label);
		catalogue = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(catalogue);
		button(page, "&Browse...", () -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.json", "*" });
			String file = dialog.open();
			if (file != null) {
				catalogue.setText(file);
			}
		});
		setControl(page);
		initialPaths.forEach(this::add);
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		GridDataFactory.fillDefaults().applyTo(button);
		button.addListener(SWT.Selection, e -> action.run());
	}

	private void addFiles() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setFilterExtensions(new String[] { "*.txt;*.html;*.htm", "*" });
		if (dialog.open() != null) {
			for (String name : dialog.getFileNames()) {
				add(Path.of(dialog.getFilterPath(), name));
			}
		}
	}

	private void addFolder() {
		String folder = new DirectoryDialog(getShell()).open();
		if (folder != null) {
			add(Path.of(folder));
		}
	}

	/** Adds a file or folder to import. */
	void add(Path path) {
		pathList.add(path.toString());
		validate();
	}

	private void validate() {
		setPageComplete(pathList.getItemCount() > 0);
	}

	List<Path> getPaths() {
		List<Path> paths = new ArrayList<>();
		for (String item : pathList.getItems()) {
			paths.add(Path.of(item));
		}
		return paths;
	}

	Path getCatalogue() {
		String text = catalogue.getText().strip();
		return text.isEmpty() ? null : Path.of(text);
	}
}
