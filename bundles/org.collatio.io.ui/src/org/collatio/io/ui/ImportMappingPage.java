/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.ui;

import java.util.ArrayList;
import java.util.List;

import org.collatio.io.foreign.ForeignSurvey;
import org.collatio.io.foreign.ImportMapping;
import org.collatio.io.foreign.ImportMapping.LayerMapping;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * The second page of File &gt; Import Annotations: what the source holds (the wizard surveys it,
 * forked, when the page is entered) and how it becomes tags. One row per layer: a tick to import
 * it, its span count, the feature that names the tag (or the layer's own name), the tags it
 * gives, and the feature the note comes from. Below, each document and whether it matches one of
 * the open corpus, and the counts of what will be written and what is left out, before anything is.
 */
final class ImportMappingPage extends WizardPage {

	/** The first choice of the tag and note combos. */
	static final String LAYER_NAME = "(the layer's name)";
	static final String NO_NOTE = "(none)";

	private final ImportAnnotationsWizard wizard;
	private ForeignSurvey survey;
	private ImportMapping mapping;
	private boolean intoOpenCorpus;
	/** The tag set of layers named by their own name (the format's). */
	private String formatTagSet;
	private CheckboxTableViewer layers;
	private TableViewer documents;
	private Label documentsLine;
	private Text preview;

	ImportMappingPage(ImportAnnotationsWizard wizard) {
		super("mapping");
		this.wizard = wizard;
		setTitle("Import Annotations: Mapping");
		setDescription("Choose which layers become tags, and how. Nothing is written before Finish.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		initializeDialogUnits(parent);
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(page);
		new Label(page, SWT.NONE).setText("&Layers (tick those to import):");
		layers = CheckboxTableViewer.newCheckList(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = layers.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		layers.setContentProvider(ArrayContentProvider.getInstance());
		column(layers, "Layer", 24, (LayerMapping row) -> ImportMapping.shortName(row.layer()), null, (LayerMapping row) -> row.layer());
		column(layers, "Spans", 7, (LayerMapping row) -> Integer.toString(layerSurvey(row).spans()), null, null);
		column(layers, "Tag from", 14, (LayerMapping row) -> row.tagFeature() == null ? LAYER_NAME : row.tagFeature(), new FeatureEditing(true), null);
		column(layers, "Tags (preview)", 30, this::tagPreview, null, null);
		column(layers, "Note from", 12, (LayerMapping row) -> row.noteFeature() == null ? NO_NOTE : row.noteFeature(), new FeatureEditing(false), null);
		layers.addCheckStateListener(e -> setImported(((LayerMapping) e.getElement()).layer(), e.getChecked()));
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, convertHeightInCharsToPixels(7)).applyTo(table);

		documentsLine = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(documentsLine);
		documents = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		documents.getTable().setHeaderVisible(true);
		documents.setContentProvider(ArrayContentProvider.getInstance());
		column(documents, "Document", 24, (ForeignSurvey.DocumentEntry d) -> d.name(), null, null);
		column(documents, "Spans", 7, (ForeignSurvey.DocumentEntry d) -> Integer.toString(d.spans()), null, null);
		column(documents, "In the corpus", 40, this::matchText, null, null);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, convertHeightInCharsToPixels(5)).applyTo(documents.getControl());

		preview = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).hint(convertWidthInCharsToPixels(90), convertHeightInCharsToPixels(5)).applyTo(preview);
		setControl(page);
	}

	private interface Cell<T> {
		String text(T row);
	}

	private <T> void column(TableViewer viewer, String title, int widthInChars, Cell<T> text, EditingSupport editing, Cell<T> tooltip) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().pack(); // the title's width
		column.getColumn().setWidth(Math.max(column.getColumn().getWidth() + convertWidthInCharsToPixels(2), convertWidthInCharsToPixels(widthInChars)));
		column.getColumn().setResizable(true);
		column.setLabelProvider(new ColumnLabelProvider() {
			@SuppressWarnings("unchecked")
			@Override
			public String getText(Object element) {
				return text.text((T) element);
			}

			@SuppressWarnings("unchecked")
			@Override
			public String getToolTipText(Object element) {
				return tooltip == null ? null : tooltip.text((T) element);
			}
		});
		if (editing != null) {
			column.setEditingSupport(editing);
		}
	}

	/** A combo of the layer's string features, for the tag (with the layer's name first) or the note (with none first). */
	private final class FeatureEditing extends EditingSupport {

		private final boolean tag;

		FeatureEditing(boolean tag) {
			super(layers);
			this.tag = tag;
		}

		private List<String> choices(LayerMapping row) {
			List<String> choices = new ArrayList<>();
			choices.add(tag ? LAYER_NAME : NO_NOTE);
			choices.addAll(layerSurvey(row).features().keySet());
			return choices;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return new ComboBoxCellEditor(layers.getTable(), choices((LayerMapping) element).toArray(String[]::new), SWT.READ_ONLY);
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			LayerMapping row = (LayerMapping) element;
			String feature = tag ? row.tagFeature() : row.noteFeature();
			return Math.max(0, choices(row).indexOf(feature == null ? (tag ? LAYER_NAME : NO_NOTE) : feature));
		}

		@Override
		protected void setValue(Object element, Object value) {
			LayerMapping row = (LayerMapping) element;
			int index = (Integer) value;
			if (index < 0) {
				return;
			}
			String feature = index == 0 ? null : choices(row).get(index);
			if (tag) {
				setTagFeature(row.layer(), feature);
			} else {
				change(row.withNoteFeature(feature));
			}
		}
	}

	private ForeignSurvey.LayerSurvey layerSurvey(LayerMapping row) {
		return survey.layers().get(row.layer());
	}

	/** "NamedEntity: LOC, ORG, PER, …" (the tag set and the first values of the tag feature), or the layer's tag. */
	private String tagPreview(LayerMapping row) {
		if (row.tagFeature() == null) {
			String name = ImportMapping.shortName(row.layer());
			// as ForeignImport finds a layer's code: by its full path, else by its last name (the first such code)
			List<List<String>> codes = survey.codes().stream().map(code -> code.path()).toList();
			List<String> path = codes.stream().filter(p -> String.join("/", p).equals(row.layer())).findFirst()
					.or(() -> codes.stream().filter(p -> p.get(p.size() - 1).equals(row.layer())).findFirst()).orElse(List.of(name));
			return row.tagSet() + " > " + String.join(" > ", path);
		}
		ForeignSurvey.FeatureSurvey feature = layerSurvey(row).features().get(row.tagFeature());
		List<String> samples = feature.samples().stream().limit(4).map(value -> String.join(" > ", ImportMapping.path(value, row.hierarchical()))).toList();
		return row.tagSet() + ": " + String.join(", ", samples) + (feature.distinctValues() > samples.size() || feature.isCapped() ? ", \u2026" : "")
				+ " (" + (feature.isCapped() ? "over " : "") + feature.distinctValues() + ")";
	}

	private String matchText(ForeignSurvey.DocumentEntry document) {
		if (!document.match().isNew()) {
			return document.match().documentId() + " (identical text: annotations added)";
		}
		if (document.match().sameNameOtherText() != null) {
			return "new: " + document.match().sameNameOtherText() + " has its name but another text";
		}
		return intoOpenCorpus ? "new document" : "new document (new corpus)";
	}

	/** Shows a survey: the rows of its default mapping, its documents, the counts. */
	void show(ForeignSurvey surveyed, ImportMapping proposed, String formatTagSet, boolean openCorpus) {
		this.survey = surveyed;
		this.formatTagSet = formatTagSet;
		this.mapping = proposed;
		this.intoOpenCorpus = openCorpus;
		layers.setInput(mapping.layers());
		documents.setInput(survey.documents());
		refresh();
		fitColumns(documents.getTable());
	}

	/** Each column as wide as its widest cell or title (never truncated), at least 6 characters. */
	private void fitColumns(Table table) {
		for (TableColumn column : table.getColumns()) {
			column.pack();
			column.setWidth(Math.max(column.getWidth() + convertWidthInCharsToPixels(2), convertWidthInCharsToPixels(6)));
		}
	}

	/** Clears the page after a survey failed or was cancelled. */
	void clear(String why) {
		survey = null;
		mapping = null;
		layers.setInput(List.of());
		documents.setInput(List.of());
		documentsLine.setText("");
		preview.setText("");
		setErrorMessage(why);
		setPageComplete(false);
	}

	private void refresh() {
		layers.setInput(mapping.layers());
		layers.setCheckedElements(mapping.layers().stream().filter(LayerMapping::imported).toArray());
		long matched = survey.matchedDocuments();
		int all = survey.documents().size();
		documentsLine.setText("&Documents: " + all + (intoOpenCorpus ? ", " + matched + " of them in the open corpus (identical text), " + (all - matched) + " new"
				: ", all new"));
		preview.setText(String.join("\n", previewLines()));
		fitColumns(layers.getTable());
		getControl().getParent().layout(true, true);
		boolean any = mapping.layers().stream().anyMatch(LayerMapping::imported);
		setErrorMessage(null);
		setMessage(any ? null : "No layer is ticked: only the documents would be imported.", WARNING);
		setPageComplete(true);
	}

	/** What Finish will write and what it leaves out, in lines, from the survey and the mapping. */
	List<String> previewLines() {
		int spans = 0;
		int layerCount = 0;
		int unticked = 0;
		List<String> leftOut = new ArrayList<>();
		for (LayerMapping row : mapping.layers()) {
			ForeignSurvey.LayerSurvey layer = layerSurvey(row);
			if (!row.imported()) {
				unticked += layer.spans();
				continue;
			}
			layerCount++;
			int tagged = row.tagFeature() == null ? layer.spans() : layer.features().get(row.tagFeature()).spans();
			spans += tagged;
			if (tagged < layer.spans()) {
				leftOut.add(count(layer.spans() - tagged, "span") + " of " + ImportMapping.shortName(row.layer()) + " without a value of " + row.tagFeature());
			}
			layer.features().forEach((name, feature) -> {
				if (!name.equals(row.tagFeature()) && !name.equals(row.noteFeature())) {
					leftOut.add("feature " + name + " of " + ImportMapping.shortName(row.layer()) + " on " + count(feature.spans(), "span") + " (not mapped)");
				}
			});
		}
		if (unticked > 0) {
			leftOut.add(0, count(unticked, "span") + " of layers not ticked");
		}
		survey.links().forEach((layer, n) -> leftOut.add(count(n, "link") + " of " + ImportMapping.shortName(layer) + " (" + ImportMapping.LINKS_LEFT_OUT + ")"));
		survey.leftOut().forEach((what, count) -> leftOut.add(what + (count > 1 ? " (" + count + " times)" : "")));
		long matched = survey.matchedDocuments();
		long added = survey.documents().size() - matched;
		List<String> lines = new ArrayList<>();
		lines.add("Will write " + count(spans, "span") + " from " + count(layerCount, "layer") + (intoOpenCorpus ? " into " + count(matched, "document")
				+ " of the open corpus and " + count(added, "new document") + "." : " into a new corpus of " + count(added, "document") + "."));
		lines.add(leftOut.isEmpty() ? "Nothing is left out." : "Left out: " + String.join("; ", leftOut) + ".");
		return lines;
	}

	/** "1 span", "2 spans". */
	static String count(long n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			wizard.surveyIfChanged();
		}
	}

	private void change(LayerMapping row) {
		mapping = mapping.with(row);
		refresh();
	}

	/** Ticks or unticks a layer (the table's checkbox; for tests too). */
	void setImported(String layer, boolean imported) {
		change(mapping.layer(layer).withImported(imported));
	}

	/** Chooses the feature naming a layer's tags (its tag set then named after the layer), null for the layer's name (in the format's tag set); the combo, for tests too. */
	void setTagFeature(String layer, String feature) {
		LayerMapping row = mapping.layer(layer).withTagFeature(feature);
		change(feature == null ? row.withTagSet(formatTagSet) : row);
	}

	ImportMapping getMapping() {
		return mapping;
	}

	/** The layers table as shown: per row the tick ("x" or "") then each column's text (for tests). */
	List<List<String>> layerRows() {
		List<List<String>> rows = new ArrayList<>();
		for (TableItem item : layers.getTable().getItems()) {
			List<String> row = new ArrayList<>();
			row.add(item.getChecked() ? "x" : "");
			for (int i = 0; i < layers.getTable().getColumnCount(); i++) {
				row.add(item.getText(i));
			}
			rows.add(row);
		}
		return rows;
	}

	/** The documents table as shown (for tests). */
	List<List<String>> documentRows() {
		List<List<String>> rows = new ArrayList<>();
		for (TableItem item : documents.getTable().getItems()) {
			List<String> row = new ArrayList<>();
			for (int i = 0; i < documents.getTable().getColumnCount(); i++) {
				row.add(item.getText(i));
			}
			rows.add(row);
		}
		return rows;
	}

	/** The documents line and the preview as shown (for tests). */
	String previewText() {
		return documentsLine.getText() + "\n" + preview.getText();
	}
}
