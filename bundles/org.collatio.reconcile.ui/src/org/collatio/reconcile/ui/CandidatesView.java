/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile.ui;

import java.util.List;
import java.util.function.Function;

import org.collatio.core.edit.Commands;
import org.collatio.core.edit.ClaimCommands;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.RelationKind;
import org.collatio.reconcile.Labels;
import org.collatio.search.CandidateFinder;
import org.collatio.search.CandidateInput;
import org.collatio.search.CandidateFinder.Candidate;
import org.collatio.ui.session.CorpusSession;
import org.collatio.ui.views.CorpusViewPart;
import org.collatio.core.derived.ClaimKeys;
import org.collatio.ui.views.Recomputation;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * Candidate contradictions: pairs of claims not linked yet that may contradict or agree, ranked, each
 * with its kind, how likely it is, and the reasons that weigh most. The researcher accepts one as a
 * relation in one action (toolbar, context menu, or Enter/double-click for the kind shown) or
 * dismisses it; a dismissal is kept in the corpus as a rejected relation, so the pair is not proposed
 * again (and Undo brings it back). Every decision is an example the ranking learns from.
 */
public final class CandidatesView extends CorpusViewPart {

	public static final String ID = "org.collatio.reconcile.views.candidates";
	/** Active while the view is: its keys (accept, dismiss) are bound in this context. */
	public static final String CONTEXT_ID = "org.collatio.reconcile.ui.candidatesContext";
	static final int TOP = 50;

	private CorpusSession session;
	private TableViewer viewer;
	private Label status;
	private Recomputation<CandidateInput.Source, List<Candidate>> recomputation;

	@Override
	public void createPartControl(Composite parent) {
		session = session();
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(area);
		status = new Label(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).applyTo(status);
		Composite holder = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		viewer = new TableViewer(holder, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(layout, "Kind", 7, c -> c.kind().label());
		column(layout, "Likely", 5, CandidatesView::likelihood);
		column(layout, "Claim", 28, c -> describe(c.first()));
		column(layout, "Other claim", 28, c -> describe(c.second()));
		column(layout, "Why", 32, c -> String.join("; ", c.reasons()));
		viewer.addOpenListener(e -> acceptSelectedAsProposed());
		getSite().setSelectionProvider(viewer);
		contextMenu(viewer);
		getSite().getService(org.eclipse.ui.contexts.IContextService.class).activateContext(CONTEXT_ID);
		// the finder runs in a job on a snapshot taken on the UI thread (see Recomputation)
		recomputation = new Recomputation<>("Finding candidate contradictions", viewer.getControl(), () -> {
			CorpusStore store = session.getStore();
			if (store == null) {
				return null;
			}
			org.collatio.core.derived.ClaimIndex index = claimIndex();
			return CandidateInput.source(store.getCorpus(), index);
		}, (source, monitor) -> source == null ? List.<Candidate>of() : new CandidateFinder().find(CandidateInput.of(source), TOP, monitor), this::show,
				busy -> setContentDescription(busy ? "updating\u2026" : ""));
		watchSession(store -> refresh(), () -> whenVisible(this::refresh));
		// read the corpus in a job once the workbench window is up: a large corpus must not hold back the start
		refresh();
	}

	@Override
	public void dispose() {
		if (recomputation != null) {
			recomputation.cancel();
		}
		super.dispose();
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<Candidate, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 40));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Candidate) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return getText(element);
			}
		});
	}

	/** How likely the pair is of its kind, as the ranking estimates it from the features and the decisions made. */
	static String likelihood(Candidate candidate) {
		return String.format("%.0f%%", 100 * candidate.score());
	}

	private static String describe(CandidateInput.ClaimFacts claim) {
		return Labels.shortName(claim.speakerName(), claim.outlet(), claim.published()) + ": \u201c"
				+ claim.quote().replaceAll("\\s+", " ").strip() + "\u201d";
	}

	/** Finds the candidates of the open corpus again, soon, in a job; the last ones stay shown meanwhile. */
	public void refresh() {
		if (recomputation != null) {
			recomputation.schedule();
		}
	}

	private void show(List<Candidate> candidates) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		viewer.setInput(candidates);
		long agreements = candidates.stream().filter(c -> c.kind() == CandidateFinder.Kind.AGREEMENT).count();
		status.setText(candidates.isEmpty() ? "No candidates: make claims in several articles (Annotate > Make Claim) to be shown possible conflicts."
				: (candidates.size() - agreements) + " possible contradictions and " + agreements + " agreements not linked yet, most likely first; "
						+ "what you accept and dismiss ranks the next ones. Enter accepts the kind shown; the toolbar accepts either or dismisses.");
		status.getParent().layout();
	}

	/** Accepts the selected candidates as relations of a kind, their reasons as the rationale: one undoable command. */
	public void acceptSelected(RelationKind kind) {
		execute("Accept Candidates", (candidate, first, second) -> ClaimCommands.relate(session.getEditingDomain(), session.getStore().getCorpus(),
				first, second, kind, String.join("; ", candidate.reasons())));
	}

	/** Accepts each selected candidate as the kind it is proposed as (a contradiction or an agreement): one undoable command. */
	public void acceptSelectedAsProposed() {
		execute("Accept Candidates", (candidate, first, second) -> ClaimCommands.relate(session.getEditingDomain(), session.getStore().getCorpus(),
				first, second, candidate.kind() == CandidateFinder.Kind.AGREEMENT ? RelationKind.AGREES : RelationKind.CONTRADICTS,
				String.join("; ", candidate.reasons())));
	}

	/** Dismisses the selected candidates: they are remembered and not proposed again. */
	public void dismissSelected() {
		execute("Dismiss Candidates",
				(candidate, first, second) -> ClaimCommands.dismiss(session.getEditingDomain(), session.getStore().getCorpus(), first, second));
	}

	/** Makes the command of one candidate from its two live claims. */
	private interface PairCommand {
		Command of(Candidate candidate, org.collatio.model.Claim first, org.collatio.model.Claim second);
	}

	private void execute(String label, PairCommand command) {
		List<Candidate> selected = getSelection();
		if (selected.isEmpty()) {
			return;
		}
		List<org.eclipse.emf.common.command.Command> commands = new java.util.ArrayList<>();
		for (Candidate candidate : selected) {
			// the candidates are records: their claims are looked up now, loading two documents at most
			try {
				var first = ClaimKeys.resolve(session.getStore(), candidate.first().key());
				var second = ClaimKeys.resolve(session.getStore(), candidate.second().key());
				if (first.isPresent() && second.isPresent()) {
					commands.add(command.of(candidate, first.get(), second.get()));
				}
			} catch (org.collatio.core.store.CorpusException e) {
				org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), label, "A claim cannot be read: " + e.getMessage());
				return;
			}
		}
		var together = Commands.together(selected.size() == 1 ? label.replace("Candidates", "Candidate") : label, commands);
		if (together != null) {
			session.getEditingDomain().getCommandStack().execute(together); // the command stack listener recomputes
		}
	}

	public List<Candidate> getSelection() {
		return viewer.getStructuredSelection().stream().map(Candidate.class::cast).toList();
	}

	/** The candidate table (for tests). */
	public TableViewer getViewer() {
		return viewer;
	}

	@Override
	protected Control focusControl() {
		return viewer.getControl();
	}
}
