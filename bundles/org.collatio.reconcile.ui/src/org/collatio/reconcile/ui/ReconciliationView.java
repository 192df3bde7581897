/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.collatio.core.edit.ClaimCommands;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.editor.AnnotationEditor;
import org.collatio.editor.DocumentEditorInput;
import org.collatio.model.Claim;
import org.collatio.model.RelationKind;
import org.collatio.reconcile.Account;
import org.collatio.reconcile.PropositionAccounts;
import org.collatio.reconcile.Reconciliation;
import org.collatio.reconcile.ReconciliationInput;
import org.collatio.reconcile.Report;
import org.collatio.ui.session.CorpusSession;
import org.collatio.ui.views.CorpusViewPart;
import org.collatio.ui.views.Recomputation;
import org.collatio.model.ClaimRelation;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.jface.util.LocalSelectionTransfer;

/**
 * Reconciling the accounts of each proposition. Left: the propositions (contested first) with
 * their verdicts and counts, and "All propositions". Right: the proposition and the researcher's
 * verdict, a filter, the accounts side by side (sortable; stance and relations colour-coded;
 * contradicted accounts first), and the timeline of when they were said. Opening a row shows its
 * span selected in the article; dragging a row onto another links the two claims, onto a
 * proposition assigns its claim to it. Double-clicking a proposition renames it.
 */
public final class ReconciliationView extends CorpusViewPart {

	public static final String ID = "org.collatio.reconcile.views.reconciliation";
	/** The element of the proposition list that stands for every proposition together. */
	static final String ALL = "All propositions";

	private CorpusSession session;
	private TableViewer propositions;
	private VerdictPanel verdict;
	private Text filter;
	private AccountTable accounts;
	private TimelineCanvas timeline;
	private SashForm rightSash;
	private List<PropositionAccounts> reconciliation = List.of();
	private RelationPrompt prompt = RelationPrompt.DIALOG;
	private Recomputation<ReconciliationInput, List<PropositionAccounts>> recomputation;

	@Override
	public void createPartControl(Composite parent) {
		session = session();
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		createPropositionList(sash);
		Composite right = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(right);
		verdict = new VerdictPanel(right, () -> session.getEditingDomain());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(verdict.control());
		filter = new Text(right, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("Filter accounts: outlet, speaker, stance, words of the quote\u2026");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		filter.addModifyListener(e -> {
			accounts.setFilter(filter.getText());
			timeline.show(shownAccounts());
		});
		rightSash = new SashForm(right, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(rightSash);
		accounts = new AccountTable(rightSash);
		timeline = new TimelineCanvas(rightSash, account -> accounts.viewer().setSelection(new StructuredSelection(account), true));
		rightSash.setWeights(3, 2);
		sash.setWeights(1, 4);
		accounts.viewer().addOpenListener(e -> open(selectedAccount().orElse(null)));
		accounts.viewer().addSelectionChangedListener(e -> timeline.select(selectedAccount().orElse(null)));
		addDragAndDrop();
		getSite().setSelectionProvider(accounts.viewer());
		contextMenu(accounts.viewer());
		// the accounts are computed in a job from a snapshot taken on the UI thread (see Recomputation);
		// the snapshot reads the session's claim index: no document is loaded for it
		recomputation = new Recomputation<>("Reconciling accounts", propositions.getControl(), this::snapshot,
				(input, monitor) -> input == null ? List.of() : Reconciliation.of(input, monitor), this::show,
				busy -> setContentDescription(busy ? "updating\u2026" : ""));
		watchSession(store -> refresh(), () -> whenVisible(this::refresh));
		// read the corpus once the workbench window is up: a large corpus must not hold back the start
		refresh();
	}

	/**
	 * The snapshot: the session's claim index and what corpus.xmi says of documents, entities,
	 * propositions and relations. No document is loaded; time proportional to corpus.xmi and the
	 * documents changed since the last save.
	 */
	private ReconciliationInput snapshot() throws Recomputation.NotReady {
		CorpusStore store = session.getStore();
		if (store == null) {
			return null;
		}
		return ReconciliationInput.of(store.getCorpus(), claimIndex());
	}

	@Override
	public void dispose() {
		if (recomputation != null) {
			recomputation.cancel();
		}
		super.dispose();
	}

	private void createPropositionList(Composite parent) {
		propositions = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
		// a proposition's row is the same row whatever its accounts: compared by its handle, never by
		// comparing thousands of accounts on the UI thread
		propositions.setComparer(new org.eclipse.jface.viewers.IElementComparer() {
			@Override
			public boolean equals(Object a, Object b) {
				return a instanceof PropositionAccounts p && b instanceof PropositionAccounts q ? p.proposition() == q.proposition() : a == b;
			}

			@Override
			public int hashCode(Object element) {
				return System.identityHashCode(element instanceof PropositionAccounts p ? p.proposition() : element);
			}
		});
		propositions.setContentProvider(ArrayContentProvider.getInstance());
		Font bold = org.eclipse.jface.resource.JFaceResources.getFontRegistry().getBold(org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT);
		propositions.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof PropositionAccounts p) {
					return p.statement() + "  (" + p.accounts().size() + ", " + Report.verdictOf(p) + ")";
				}
				return ALL;
			}

			@Override
			public org.eclipse.swt.graphics.Color getForeground(Object element) {
				return element instanceof PropositionAccounts p && p.contested()
						? propositions.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED)
						: null;
			}

			@Override
			public Font getFont(Object element) {
				return element instanceof PropositionAccounts p && p.contested() ? bold : null;
			}
		});
		propositions.addSelectionChangedListener(e -> showSelected());
		propositions.addOpenListener(e -> {
			if (propositions.getStructuredSelection().getFirstElement() instanceof PropositionAccounts p && p.proposition() != null) {
				InputDialog dialog = new InputDialog(getSite().getShell(), "Rename Proposition", "What the accounts are about:", p.statement(),
						text -> text.isBlank() ? "A proposition needs a statement." : null);
				if (dialog.open() == Window.OK) {
					renameProposition(p.proposition(), dialog.getValue());
				}
			}
		});
		propositions.addDropSupport(DND.DROP_MOVE | DND.DROP_DEFAULT, new Transfer[] { LocalSelectionTransfer.getTransfer() },
				new PropositionDropAdapter(propositions, this));
	}

	/** Assigns the claims of accounts to a proposition (null: none), as one undoable command. */
	public void assign(List<Account> moved, org.collatio.model.Proposition proposition) {
		List<Claim> claims = moved.stream().filter(a -> a.proposition() != proposition).map(this::resolve).flatMap(Optional::stream).toList();
		execute(ClaimCommands.assign(session.getEditingDomain(), claims, proposition));
	}

	/** Changes what a proposition says, as one undoable command. */
	public void renameProposition(org.collatio.model.Proposition proposition, String statement) {
		execute(ClaimCommands.renameProposition(session.getEditingDomain(), proposition, statement));
	}

	/** Executes a command of core.edit on the session's stack; null (nothing to change) is skipped. */
	private void execute(org.eclipse.emf.common.command.Command command) {
		if (command != null) {
			session().getEditingDomain().getCommandStack().execute(command);
		}
	}

	/**
	 * Recomputes the reconciliation of the open corpus soon, in a job; the view keeps showing the last
	 * one (marked "updating") until the new one is ready.
	 */
	public void refresh() {
		if (recomputation != null) {
			recomputation.schedule();
		}
	}

	/** Shows a recomputed reconciliation, keeping the proposition shown. */
	private void show(List<PropositionAccounts> computed) {
		if (propositions == null || propositions.getControl().isDisposed()) {
			return;
		}
		Object shown = propositions.getStructuredSelection().getFirstElement();
		// "All" stays chosen only if the researcher chose it while there were propositions to choose from
		boolean allChosen = shown == ALL && !reconciliation.isEmpty();
		reconciliation = computed;
		Object[] elements = new Object[reconciliation.size() + 1];
		elements[0] = ALL;
		for (int i = 0; i < reconciliation.size(); i++) {
			elements[i + 1] = reconciliation.get(i);
		}
		propositions.setInput(elements);
		Object again = shown instanceof PropositionAccounts old
				? reconciliation.stream().filter(p -> p.proposition() == old.proposition()).findFirst().orElse(null)
				: allChosen ? ALL : null;
		propositions.setSelection(new StructuredSelection(again != null ? again : reconciliation.isEmpty() ? ALL : reconciliation.get(0)));
	}

	private void showSelected() {
		Object selected = propositions.getStructuredSelection().getFirstElement();
		PropositionAccounts shown = selected instanceof PropositionAccounts p ? p : null;
		List<Account> rows = shown != null ? shown.accounts() : reconciliation.stream().flatMap(p -> p.accounts().stream()).toList();
		long contested = reconciliation.stream().filter(PropositionAccounts::contested).count();
		verdict.show(shown, reconciliation.size() + " groups, " + contested + " contested, " + rows.size() + " accounts");
		accounts.showPropositionColumn(shown == null);
		// the accounts of each proposition stay together, in the order of the propositions (until sorted by a column)
		accounts.viewer().setInput(rows);
		timeline.show(rows);
		verdict.control().getParent().layout(true, true);
	}

	/** The accounts the table shows (after the filter), in its order. */
	private List<Account> shownAccounts() {
		return java.util.Arrays.stream(accounts.viewer().getTable().getItems()).map(item -> (Account) item.getData()).toList();
	}

	/** Asks for a relation's new kind and rationale (starting from the current ones) and records them. */
	public boolean editRelation(ClaimRelation relation) {
		Optional<RelateDialog.Answer> answer = editPrompt.ask(getSite().getShell(), relation);
		answer.ifPresent(a -> execute(ClaimCommands.editRelation(session().getEditingDomain(), relation, a.kind(), a.rationale())));
		return answer.isPresent();
	}

	/** Asks how a relation should read now; empty when cancelled. Replaced in tests. */
	@FunctionalInterface
	public interface EditPrompt {
		Optional<RelateDialog.Answer> ask(org.eclipse.swt.widgets.Shell shell, ClaimRelation relation);
	}

	private EditPrompt editPrompt = (shell, relation) -> {
		RelateDialog dialog = new RelateDialog(shell, relation.getSource(), relation.getTarget())
				.editing(new RelateDialog.Answer(relation.getKind(), relation.getRationale()));
		return dialog.open() == org.eclipse.jface.window.Window.OK ? Optional.of(dialog.getAnswer()) : Optional.empty();
	};

	public void setEditPrompt(EditPrompt prompt) {
		this.editPrompt = prompt;
	}

	/**
	 * Removes relations (a link made by mistake, or a dismissal to reconsider), as one undoable
	 * command.
	 */
	public void removeRelations(List<ClaimRelation> relations) {
		if (!relations.isEmpty()) {
			execute(ClaimCommands.removeRelations(session().getEditingDomain(), session().getStore().getCorpus(), relations));
		}
	}

	/** Shows one proposition (null: all). */
	public void showProposition(org.collatio.model.Proposition proposition) {
		Object element = proposition == null ? ALL
				: reconciliation.stream().filter(p -> p.proposition() == proposition).findFirst().map(Object.class::cast).orElse(ALL);
		propositions.setSelection(new StructuredSelection(element), true);
	}

	/** Opens the article of an account with the claim's text selected. */
	public Optional<AnnotationEditor> open(Account account) {
		if (account == null || account.document() == null) {
			return Optional.empty();
		}
		try {
			var editor = (AnnotationEditor) getSite().getPage().openEditor(new DocumentEditorInput(account.document()), AnnotationEditor.ID);
			Optional<Claim> claim = resolve(account);
			var spans = claim.isPresent() ? claim.get().getSpans() : java.util.List.<org.collatio.model.SpanAnnotation>of();
			if (!spans.isEmpty()) {
				editor.selectRange(spans.get(0).getBegin(), spans.get(spans.size() - 1).getEnd());
			}
			return Optional.of(editor);
		} catch (PartInitException e) {
			MessageDialog.openError(getSite().getShell(), "Open Article", "Cannot open " + account.document().getId() + ": " + e.getMessage());
			return Optional.empty();
		}
	}

	private Optional<Account> selectedAccount() {
		return accounts.viewer().getStructuredSelection().getFirstElement() instanceof Account a ? Optional.of(a) : Optional.empty();
	}

	/** The accounts selected in the table. */
	public List<Account> getSelectedAccounts() {
		return accounts.viewer().getStructuredSelection().stream().filter(Account.class::isInstance).map(Account.class::cast).toList();
	}

	private void addDragAndDrop() {
		Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
		accounts.viewer().addDragSupport(DND.DROP_LINK | DND.DROP_MOVE, transfers, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				LocalSelectionTransfer.getTransfer().setSelection(accounts.viewer().getStructuredSelection());
				event.doit = !accounts.viewer().getStructuredSelection().isEmpty();
			}
		});
		accounts.viewer().addDropSupport(DND.DROP_LINK | DND.DROP_MOVE | DND.DROP_DEFAULT, transfers, new AccountDropAdapter(accounts.viewer(), this));
	}

	/**
	 * Links the claims of two accounts after asking how they relate (drag and drop, and the Link
	 * Claims command); returns whether a relation was made.
	 */
	public boolean link(Account from, Account to) {
		if (from == null || to == null || from.key().equals(to.key())) {
			return false;
		}
		Optional<Claim> source = resolve(from);
		Optional<Claim> target = resolve(to);
		if (source.isEmpty() || target.isEmpty()) {
			return false;
		}
		Optional<RelateDialog.Answer> answer = prompt.ask(getSite().getShell(), source.get(), target.get());
		answer.ifPresent(a -> relate(source.get(), target.get(), a.kind(), a.rationale()));
		return answer.isPresent();
	}

	/**
	 * The live claim of an account, its document loaded if need be (UI thread, one document); empty,
	 * with the reason shown, when the document cannot be read.
	 */
	public Optional<Claim> resolve(Account account) {
		try {
			return org.collatio.core.derived.ClaimKeys.resolve(session.getStore(), account.key());
		} catch (CorpusException e) {
			MessageDialog.openError(getSite().getShell(), "Claim", "The claim cannot be read: " + e.getMessage());
			return Optional.empty();
		}
	}

	private void relate(Claim source, Claim target, RelationKind kind, String rationale) {
		var domain = session.getEditingDomain();
		domain.getCommandStack().execute(ClaimCommands.relate(domain, session.getStore().getCorpus(), source, target, kind, rationale));
	}

	/** Writes the reconciliation report (HTML or Markdown by the file's extension) of every proposition. */
	public void exportReport(Path file) throws IOException {
		CorpusStore store = session.getStore();
		String name = store.getCorpus().getName() == null ? store.getLayout().directory().getFileName().toString() : store.getCorpus().getName();
		Report.write(name, reconciliation, Report.Format.forFile(file), file);
	}

	/** Replaces the question asked when two claims are linked (tests answer it themselves). */
	public void setRelationPrompt(RelationPrompt prompt) {
		this.prompt = prompt;
	}

	public List<PropositionAccounts> getReconciliation() {
		return reconciliation;
	}

	/** The accounts table (for tests). */
	public TableViewer getAccountsViewer() {
		return accounts.viewer();
	}

	public TableViewer getPropositionsViewer() {
		return propositions;
	}

	/** Sorts the accounts by a column title ("Published", "Speaker", ...), again to reverse. */
	public void sortBy(String columnTitle) {
		accounts.sortBy(AccountTable.columnIndex(columnTitle));
	}

	public void setFilter(String text) {
		filter.setText(text);
	}

	/** The verdict choice, its note and the button that records them (for tests). */
	public org.eclipse.swt.widgets.Combo getVerdictCombo() {
		return verdict.verdict();
	}

	public Text getVerdictNote() {
		return verdict.note();
	}

	public org.eclipse.swt.widgets.Button getRecordVerdictButton() {
		return verdict.recordButton();
	}

	/** The timeline drawn under the accounts, and where a dated account is drawn on it. */
	public org.collatio.reconcile.Timeline getTimeline() {
		return timeline.timeline();
	}

	public org.eclipse.swt.graphics.Point timelineLocation(Account account) {
		return timeline.timeline().pointOf(account.key()).map(timeline::location).orElse(null);
	}

	public org.eclipse.swt.widgets.Canvas getTimelineCanvas() {
		return timeline.control();
	}

	@Override
	protected Control focusControl() {
		return accounts.viewer().getControl();
	}
}
