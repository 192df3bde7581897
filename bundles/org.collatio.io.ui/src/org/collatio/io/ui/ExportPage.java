/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.collatio.io.ExportFormat;
import org.collatio.io.ExportFormats;
import org.collatio.io.ExportScope;
import org.collatio.ui.layout.FontUnits;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Chooses the format, the scope (the whole corpus, or the documents selected in the Corpus view
 * where the format can hold a part; the layer worked on, or every coder's layer where the format
 * holds layers) and the destination (a file or a folder, as the format writes).
 */
final class ExportPage extends WizardPage {

	private final String corpusName;
	private final List<String> selectedDocuments;
	private TableViewer formats;
	private Button wholeCorpus;
	private Button selection;
	private Button everyLayer;
	private Text destination;
	private boolean destinationTyped;

	ExportPage(String corpusName, List<String> selectedDocuments) {
		super("export");
		this.corpusName = corpusName;
		this.selectedDocuments = List.copyOf(selectedDocuments);
		setTitle("Export Corpus");
		setDescription("Write the annotated corpus in a format other tools read.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		new Label(page, SWT.NONE).setText("&Format:");
		GridDataFactory.fillDefaults().span(3, 1).applyTo(page.getChildren()[0]);
		formats = new TableViewer(page, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
		formats.setContentProvider(ArrayContentProvider.getInstance());
		formats.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				ExportFormat format = (ExportFormat) element;
				return format.label() + "  (" + format.id() + (format.output() == ExportFormat.Output.FOLDER ? ", a folder" : ", one file")
						+ (format.isImportable() ? ", can be read back" : "") + ")";
			}
		});
		formats.setInput(ExportFormats.all());
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(FontUnits.width(formats.getControl(), 75), FontUnits.height(formats.getControl(), 10)).applyTo(formats.getControl());
		Group scope = new Group(page, SWT.NONE);
		scope.setText("Scope");
		GridLayoutFactory.swtDefaults().applyTo(scope);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(scope);
		wholeCorpus = new Button(scope, SWT.RADIO);
		wholeCorpus.setText("The &whole corpus");
		wholeCorpus.setSelection(true);
		selection = new Button(scope, SWT.RADIO);
		selection.setText("The &selected documents (" + selectedDocuments.size() + ")");
		everyLayer = new Button(scope, SWT.CHECK);
		everyLayer.setText("Every coder's &layer and the curated one, each named by its coder (else the layer worked on)");
		new Label(page, SWT.NONE).setText("&Destination:");
		destination = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(destination);
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("B&rowse...");
		browse.addListener(SWT.Selection, e -> browse());
		formats.addSelectionChangedListener(e -> formatChanged());
		destination.addModifyListener(e -> validate());
		destination.addListener(SWT.KeyDown, e -> destinationTyped = true);
		wholeCorpus.addListener(SWT.Selection, e -> validate());
		selection.addListener(SWT.Selection, e -> validate());
		setControl(page);
		formats.setSelection(new StructuredSelection(ExportFormats.all().get(0)));
	}

	private void formatChanged() {
		ExportFormat format = getFormat();
		if (format == null) {
			return;
		}
		boolean subset = format.subsetAllowed() && !selectedDocuments.isEmpty();
		selection.setEnabled(subset);
		if (!subset) {
			selection.setSelection(false);
			wholeCorpus.setSelection(true);
		}
		everyLayer.setEnabled(format.holdsLayers());
		if (!format.holdsLayers()) {
			everyLayer.setSelection(false);
		}
		if (!destinationTyped) {
			Path folder = destination.getText().isBlank() ? Path.of(System.getProperty("user.home"), "collatio-exports")
					: Path.of(destination.getText()).toAbsolutePath().getParent();
			destination.setText(format.defaultDestination(folder == null ? Path.of(".") : folder, baseName()).toString());
		}
		validate();
	}

	private String baseName() {
		return corpusName == null || corpusName.isBlank() ? "corpus" : corpusName.strip().replaceAll("[^\\p{L}\\p{N}._-]+", "-");
	}

	private void browse() {
		ExportFormat format = getFormat();
		String chosen;
		if (format.output() == ExportFormat.Output.FOLDER) {
			DirectoryDialog dialog = new DirectoryDialog(getShell(), SWT.SAVE);
			dialog.setMessage("The folder to write the " + format.label() + " export into");
			chosen = dialog.open();
		} else {
			FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
			dialog.setFilterExtensions(new String[] { "*." + format.extension(), "*" });
			dialog.setFileName(format.defaultDestination(Path.of("."), baseName()).getFileName().toString());
			dialog.setOverwrite(true);
			chosen = dialog.open();
		}
		if (chosen != null) {
			destinationTyped = true;
			destination.setText(chosen);
		}
	}

	private void validate() {
		ExportFormat format = getFormat();
		String text = destination.getText().strip();
		setMessage(null);
		if (format == null) {
			setErrorMessage("Choose a format.");
		} else if (text.isEmpty()) {
			setErrorMessage("Choose where to write the export.");
		} else {
			setErrorMessage(null);
			Path path = Path.of(text);
			if (format.output() == ExportFormat.Output.FILE && Files.isDirectory(path)) {
				setErrorMessage(path + " is a folder; " + format.label() + " writes one file.");
			} else if (format.output() == ExportFormat.Output.FOLDER && Files.isRegularFile(path)) {
				setErrorMessage(path + " is a file; " + format.label() + " writes a folder.");
			} else if (Files.exists(path)) {
				setMessage(format.output() == ExportFormat.Output.FILE ? path.getFileName() + " exists and will be replaced."
						: "Files of the same names in " + path.getFileName() + " will be replaced.", IMessageProvider.WARNING);
			}
		}
		setPageComplete(getErrorMessage() == null);
	}

	ExportFormat getFormat() {
		return (ExportFormat) formats.getStructuredSelection().getFirstElement();
	}

	ExportScope getScope() {
		return (selection.getSelection() ? ExportScope.of(selectedDocuments) : ExportScope.WHOLE_CORPUS).withEveryLayer(everyLayer.getSelection());
	}

	Path getDestination() {
		return Path.of(destination.getText().strip());
	}

	/** Sets the choices as a user would (for tests). */
	void choose(String formatId, boolean selectedDocumentsOnly, Path target) {
		formats.setSelection(new StructuredSelection(ExportFormats.byId(formatId).orElseThrow()));
		selection.setSelection(selectedDocumentsOnly && selection.isEnabled());
		wholeCorpus.setSelection(!selection.getSelection());
		destinationTyped = true;
		destination.setText(target.toString());
		validate();
	}

	boolean isSelectionScopeEnabled() {
		return selection.isEnabled();
	}

	/** Ticks "every coder's layer" as a user would, where the chosen format allows it (for tests). */
	void chooseEveryLayer(boolean every) {
		everyLayer.setSelection(every && everyLayer.isEnabled());
		validate();
	}

	boolean isEveryLayerEnabled() {
		return everyLayer.isEnabled();
	}
}
