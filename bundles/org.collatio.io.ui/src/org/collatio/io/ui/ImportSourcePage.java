/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.collatio.core.store.CorpusLayout;
import org.collatio.io.foreign.ForeignReader;
import org.collatio.io.foreign.ForeignReaders;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;

/**
 * The first page of File &gt; Import Annotations: the format (each with a line saying what it
 * reads), the source (a file or a folder), the target (the open corpus, or a new corpus folder)
 * and the layer the annotations go on (mine, or a named coder's).
 */
final class ImportSourcePage extends WizardPage {

	/** What each format reads, by reader id; a reader without a line shows its label alone. */
	static final Map<String, String> WHAT_IT_READS = Map.of( //
			"uima-xmi", "INCEpTION, WebAnno: .xmi + TypeSystem.xml, or an export zip",
			"brat", "a folder of .txt + .ann: entities, attributes, notes",
			"qdpx", "the code book with colours, codings, notes",
			"w3c", "a JSON(-LD) file, texts beside it: tags, comments");

	private final boolean corpusOpen;
	private TableViewer formats;
	private Text source;
	private Button openCorpus;
	private Button newCorpus;
	private Text newFolder;
	private Button browseFolder;
	private Button mine;
	private Button coder;
	private Text coderName;

	ImportSourcePage(boolean corpusOpen) {
		super("source");
		this.corpusOpen = corpusOpen;
		setTitle("Import Annotations");
		setDescription("Bring in annotations made with another tool: choose what to read and where it goes.");
	}

	@Override
	public void createControl(Composite parent) {
		initializeDialogUnits(parent);
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(page);
		Label formatLabel = new Label(page, SWT.NONE);
		formatLabel.setText("&Format:");
		GridDataFactory.fillDefaults().span(4, 1).applyTo(formatLabel);
		formats = new TableViewer(page, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
		formats.getTable().setHeaderVisible(true);
		formats.setContentProvider(ArrayContentProvider.getInstance());
		formatColumn("Format", reader -> reader.label());
		formatColumn("Reads", reader -> WHAT_IT_READS.getOrDefault(reader.id(), ""));
		formats.setInput(ForeignReaders.all());
		int width = 0;
		for (TableColumn column : formats.getTable().getColumns()) {
			column.pack();
			column.setWidth(column.getWidth() + convertWidthInCharsToPixels(2));
			width += column.getWidth();
		}
		int rows = Math.max(4, ForeignReaders.all().size());
		GridDataFactory.fillDefaults().span(4, 1).grab(true, true)
				.hint(width + convertWidthInCharsToPixels(2), formats.getTable().getHeaderHeight() + formats.getTable().getItemHeight() * rows + 6)
				.applyTo(formats.getControl());

		new Label(page, SWT.NONE).setText("&Source:");
		source = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(source);
		Button file = new Button(page, SWT.PUSH);
		file.setText("F&ile...");
		file.addListener(SWT.Selection, e -> browseSource(false));
		Button folder = new Button(page, SWT.PUSH);
		folder.setText("F&older...");
		folder.addListener(SWT.Selection, e -> browseSource(true));

		Group target = new Group(page, SWT.NONE);
		target.setText("Into");
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(target);
		GridDataFactory.fillDefaults().span(4, 1).applyTo(target);
		openCorpus = new Button(target, SWT.RADIO);
		openCorpus.setText("The &open corpus (documents of identical text get the annotations; the others are added)");
		GridDataFactory.fillDefaults().span(3, 1).applyTo(openCorpus);
		newCorpus = new Button(target, SWT.RADIO);
		newCorpus.setText("A &new corpus in:");
		newFolder = new Text(target, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(newFolder);
		browseFolder = new Button(target, SWT.PUSH);
		browseFolder.setText("&Browse...");
		browseFolder.addListener(SWT.Selection, e -> browseNewFolder());

		Group layer = new Group(page, SWT.NONE);
		layer.setText("As");
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(layer);
		GridDataFactory.fillDefaults().span(4, 1).applyTo(layer);
		mine = new Button(layer, SWT.RADIO);
		mine.setText("&My annotations (the layer I work on)");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(mine);
		coder = new Button(layer, SWT.RADIO);
		coder.setText("The layer of &coder:");
		coderName = new Text(layer, SWT.BORDER);
		coderName.setMessage("the name of the person who annotated them");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(coderName);

		openCorpus.setSelection(corpusOpen);
		openCorpus.setEnabled(corpusOpen);
		newCorpus.setSelection(!corpusOpen);
		mine.setSelection(true);
		for (Button radio : new Button[] { openCorpus, newCorpus, mine, coder }) {
			radio.addListener(SWT.Selection, e -> validate());
		}
		for (Text text : new Text[] { source, newFolder, coderName }) {
			text.addModifyListener(e -> validate());
		}
		formats.addSelectionChangedListener(e -> validate());
		setControl(page);
		formats.setSelection(new StructuredSelection(ForeignReaders.all().get(0)));
		validate();
	}

	private void formatColumn(String title, java.util.function.Function<ForeignReader, String> text) {
		TableViewerColumn column = new TableViewerColumn(formats, SWT.NONE);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ForeignReader) element);
			}
		});
	}

	private void browseSource(boolean folder) {
		String chosen;
		if (folder) {
			DirectoryDialog dialog = new DirectoryDialog(getShell(), SWT.OPEN);
			dialog.setMessage("The folder the other tool wrote");
			chosen = dialog.open();
		} else {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.zip;*.qdpx;*.json;*.jsonld", "*" });
			chosen = dialog.open();
		}
		if (chosen != null) {
			source.setText(chosen);
		}
	}

	private void browseNewFolder() {
		DirectoryDialog dialog = new DirectoryDialog(getShell(), SWT.SAVE);
		dialog.setMessage("An empty folder (or a new one) for the new corpus");
		String chosen = dialog.open();
		if (chosen != null) {
			newFolder.setText(chosen);
		}
	}

	private void validate() {
		boolean intoNew = newCorpus.getSelection();
		newFolder.setEnabled(intoNew);
		browseFolder.setEnabled(intoNew);
		mine.setEnabled(!intoNew);
		coder.setEnabled(!intoNew);
		coderName.setEnabled(!intoNew && coder.getSelection());
		setErrorMessage(problem());
		setPageComplete(getErrorMessage() == null);
	}

	/** What keeps the page from being complete, or null. */
	private String problem() {
		if (getReader() == null) {
			return "Choose a format.";
		}
		String from = source.getText().strip();
		if (from.isEmpty()) {
			return "Choose the file or folder to read.";
		}
		if (!Files.exists(Path.of(from))) {
			return from + " does not exist.";
		}
		if (newCorpus.getSelection()) {
			String to = newFolder.getText().strip();
			if (to.isEmpty()) {
				return "Choose a folder for the new corpus.";
			}
			Path folder = Path.of(to);
			if (Files.isRegularFile(folder.resolve(CorpusLayout.CORPUS_FILE))) {
				return folder + " already holds a corpus: open it, then import into the open corpus.";
			}
			if (Files.isRegularFile(folder)) {
				return folder + " is a file; a corpus is a folder.";
			}
		} else if (coder.getSelection() && coderName.getText().isBlank()) {
			return "Name the coder whose layer the annotations become.";
		}
		return null;
	}

	ForeignReader getReader() {
		return (ForeignReader) formats.getStructuredSelection().getFirstElement();
	}

	Path getSource() {
		return Path.of(source.getText().strip());
	}

	/** The new corpus folder, or null for the open corpus. */
	Path getNewCorpus() {
		return newCorpus.getSelection() ? Path.of(newFolder.getText().strip()) : null;
	}

	/** The coder whose layer the annotations become, or null for mine. */
	String getCoderName() {
		return newCorpus.getSelection() || !coder.getSelection() ? null : coderName.getText().strip();
	}

	/** Sets the choices as a user would (for tests): {@code newCorpusFolder} null for the open corpus, {@code coderNamed} null for mine. */
	void choose(String formatId, Path from, Path newCorpusFolder, String coderNamed) {
		formats.setSelection(new StructuredSelection(ForeignReaders.byId(formatId).orElseThrow()));
		source.setText(from.toString());
		newCorpus.setSelection(newCorpusFolder != null);
		openCorpus.setSelection(newCorpusFolder == null);
		newFolder.setText(newCorpusFolder == null ? "" : newCorpusFolder.toString());
		coder.setSelection(coderNamed != null);
		mine.setSelection(coderNamed == null);
		coderName.setText(coderNamed == null ? "" : coderNamed);
		validate();
	}
}
