/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.collatio.coders.study.AgreementInput;
import org.collatio.coders.study.AgreementResult;
import org.collatio.coders.study.AgreementStudy;
import org.collatio.coders.ui.AgreementRows.Figure;
import org.collatio.coders.ui.AgreementRows.Scope;
import org.collatio.core.store.Coders;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.Layers;
import org.collatio.core.tags.Tags;
import org.collatio.editor.AnnotationEditor;
import org.collatio.editor.DocumentEditorInput;
import org.collatio.model.Document;
import org.collatio.model.Tag;
import org.collatio.ui.views.CorpusViewPart;
import org.collatio.ui.views.Recomputation;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;

/**
 * How well the coders agree: choose the coders compared; the left table lists the scopes (the whole
 * corpus, then each document with its figures, sortable); the right one the figures of the chosen
 * scope: alpha-u of the spans over all tags and per tag, nominal alpha (and Cohen's kappa for two
 * coders) of the claims' speaker, stance, proposition and kind, each with its number of units.
 * Double-click a document to open it. The study reads every compared layer from its files in a job
 * ({@link AgreementStudy}), after the corpus opens and after each save; the view keeps its last
 * figures meanwhile.
 */
public final class AgreementView extends CorpusViewPart {

	public static final String ID = "org.collatio.coders.views.agreement";

	private Composite coderChoice;
	private final Set<String> unchecked = new LinkedHashSet<>();
	private Label status;
	private TableViewer scopes;
	private TableViewer figures;
	private AgreementResult result;
	private Recomputation<AgreementInput, AgreementResult> recomputation;
	private final Consumer<CorpusStore.SaveEvent> saved = event -> recompute();
	private CorpusStore watched;

	@Override
	public void createPartControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 2).spacing(4, 2).applyTo(area);
		coderChoice = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(coderChoice);
		status = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		SashForm sash = new SashForm(area, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		scopes = table(sash);
		SortableColumns<Scope> scopeColumns = new SortableColumns<>(scopes, (TableColumnLayout) scopes.getTable().getParent().getLayout());
		scopeColumns.add("Scope", 50, Scope::label, Scope::label, Scope.class);
		scopeColumns.add("Spans \u03b1u", 15, s -> AgreementRows.value(s.spans()), s -> AgreementRows.sortValue(s.spans()), Scope.class);
		scopeColumns.add("Stance \u03b1", 15, s -> AgreementRows.value(s.stance()), s -> AgreementRows.sortValue(s.stance()), Scope.class);
		scopeColumns.add("Span units", 12, s -> s.spans() == null ? "" : String.valueOf(s.spans().units()),
				s -> s.spans() == null ? 0 : s.spans().units(), Scope.class);
		figures = table(sash);
		SortableColumns<Figure> figureColumns = new SortableColumns<>(figures, (TableColumnLayout) figures.getTable().getParent().getLayout());
		figureColumns.add("Measure", 20, Figure::measure, Figure::measure, Figure.class);
		figureColumns.add("Tag / field", 30, Figure::category, Figure::category, Figure.class);
		figureColumns.add("\u03b1", 12, f -> AgreementRows.value(f.alpha()), f -> AgreementRows.sortValue(f.alpha()), Figure.class);
		figureColumns.add("Cohen's \u03ba", 12, f -> AgreementRows.value(f.kappa()), f -> AgreementRows.sortValue(f.kappa()), Figure.class);
		figureColumns.add("Units", 10, f -> String.valueOf(f.alpha().units()), f -> f.alpha().units(), Figure.class);
		sash.setWeights(45, 55);
		scopes.addSelectionChangedListener(e -> showFigures());
		scopes.addOpenListener(e -> openDocument());
		getSite().setSelectionProvider(scopes);

		recomputation = new Recomputation<>("Measuring agreement", scopes.getControl(), this::snapshot,
				(input, monitor) -> input == null ? null : AgreementStudy.run(input, monitor), this::show,
				updating -> setContentDescription(updating ? "updating\u2026" : ""));
		watchSession(store -> {
			unchecked.clear();
			recompute();
		}, () -> {
			if (session().getStore() != watched) {
				recompute();
			}
		});
		recompute();
	}

	private static TableViewer table(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		holder.setLayout(new TableColumnLayout());
		TableViewer viewer = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		return viewer;
	}

	/** Recomputes (after the corpus opened, after a save: the layers on disk changed), keeping the figures meanwhile. */
	public void recompute() {
		CorpusStore store = session().getStore();
		if (store != watched) {
			if (watched != null) {
				watched.removeSaveListener(saved);
			}
			watched = store;
			if (store != null) {
				store.addSaveListener(saved);
			}
			rebuildCoderChoice(store);
		}
		whenVisible(recomputation::schedule);
	}

	private void rebuildCoderChoice(CorpusStore store) {
		for (Control child : coderChoice.getChildren()) {
			child.dispose();
		}
		List<String> coders = coders(store);
		GridLayoutFactory.fillDefaults().numColumns(coders.size() + 1).applyTo(coderChoice);
		new Label(coderChoice, SWT.NONE).setText(coders.isEmpty() ? "No coder has a layer yet." : "Coders compared:");
		for (String coder : coders) {
			Button check = new Button(coderChoice, SWT.CHECK);
			check.setText(Coders.displayName(store.getCorpus(), coder));
			check.setData(coder);
			check.setSelection(!unchecked.contains(coder));
			check.addListener(SWT.Selection, e -> {
				if (check.getSelection()) {
					unchecked.remove(coder);
				} else {
					unchecked.add(coder);
				}
				recomputation.schedule();
			});
		}
		coderChoice.getParent().layout(true, true);
	}

	private static List<String> coders(CorpusStore store) {
		if (store == null) {
			return List.of();
		}
		try {
			return store.getLayers().keySet().stream().filter(layer -> !Layers.CURATED.equals(layer)).toList();
		} catch (CorpusException e) {
			return List.of();
		}
	}

	private AgreementInput snapshot() throws CorpusException {
		CorpusStore store = session().getStore();
		if (store == null) {
			return null;
		}
		List<String> compared = new ArrayList<>(coders(store));
		compared.removeAll(unchecked);
		if (compared.size() < 2) {
			return null;
		}
		return AgreementInput.of(store, compared, null);
	}

	private void show(AgreementResult shown) {
		result = shown;
		CorpusStore store = session().getStore();
		if (shown == null || store == null) {
			status.setText("Agreement needs two coders' layers: each coder codes in their own layer (Coders > Work On), "
					+ "or imports a colleague's coding (File > Import Coding).");
			scopes.setInput(List.of());
			figures.setInput(List.of());
			return;
		}
		status.setText("Krippendorff's \u03b1u of the spans (character offsets) and nominal \u03b1 of the claims; n/a: undefined for the data."
				+ (shown.problems().isEmpty() ? "" : "  Left out: " + String.join("; ", shown.problems())));
		Object selected = scopes.getStructuredSelection().getFirstElement();
		String document = selected instanceof Scope scope ? scope.document() : null;
		List<Scope> rows = AgreementRows.scopes(shown, id -> {
			Document found = store.findDocument(id);
			return found == null || found.getTitle() == null ? id : found.getTitle();
		});
		scopes.setInput(rows);
		rows.stream().filter(s -> java.util.Objects.equals(s.document(), document)).findFirst()
				.ifPresent(s -> scopes.setSelection(new org.eclipse.jface.viewers.StructuredSelection(s)));
		showFigures();
	}

	private void showFigures() {
		if (result == null) {
			return;
		}
		Object selected = scopes.getStructuredSelection().getFirstElement();
		String document = selected instanceof Scope scope ? scope.document() : null;
		CorpusStore store = session().getStore();
		figures.setInput(AgreementRows.figures(result, document,
				tag -> store == null ? tag : Tags.byId(store.getCorpus(), tag).map(Tag::getName).orElse(tag)));
	}

	private void openDocument() {
		if (((IStructuredSelection) scopes.getSelection()).getFirstElement() instanceof Scope scope && scope.document() != null) {
			Document document = session().getStore().findDocument(scope.document());
			if (document != null) {
				try {
					getSite().getPage().openEditor(new DocumentEditorInput(document), AnnotationEditor.ID);
				} catch (PartInitException e) {
					status.setText(e.getMessage());
				}
			}
		}
	}

	/** The coders' check boxes (for tests). */
	public List<Button> getCoderChoices() {
		return java.util.Arrays.stream(coderChoice.getChildren()).filter(Button.class::isInstance).map(Button.class::cast).toList();
	}

	/** The line above the tables (for tests). */
	public String getStatus() {
		return status.getText();
	}

	/** The scopes table (for tests). */
	public TableViewer getScopes() {
		return scopes;
	}

	/** The figures table (for tests). */
	public TableViewer getFigures() {
		return figures;
	}

	@Override
	protected Control focusControl() {
		return scopes.getControl();
	}

	@Override
	public void dispose() {
		if (watched != null) {
			watched.removeSaveListener(saved);
		}
		if (recomputation != null) {
			recomputation.cancel();
		}
		super.dispose();
	}
}
