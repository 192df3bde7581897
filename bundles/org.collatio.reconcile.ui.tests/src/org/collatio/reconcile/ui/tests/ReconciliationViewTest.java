/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile.ui.tests;

import java.time.Duration;
import org.collatio.ui.testing.UiWait;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.collatio.editor.AnnotationEditor;
import org.collatio.model.Claim;
import org.collatio.model.ClaimRelation;
import org.collatio.model.RelationKind;
import org.collatio.model.RelationStatus;
import org.collatio.model.Verdict;
import org.collatio.reconcile.Account;
import org.collatio.reconcile.Palette;
import org.collatio.reconcile.PropositionAccounts;
import org.collatio.reconcile.tests.fixtures.SeedReading;
import org.collatio.reconcile.ui.CandidatesView;
import org.collatio.reconcile.ui.ReconciliationView;
import org.collatio.reconcile.ui.RelateDialog;
import org.collatio.search.CandidateFinder.Candidate;
import org.collatio.ui.session.CorpusSession;
import org.collatio.ui.views.Recomputation;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reconciliation and candidate views on the seed corpus, after my reading of it is recorded
 * through the session's editing domain: the widget's rows and colours, ordering, sorting, filtering,
 * the jump to the span, verdicts, linking, the timeline, the report, accepting and dismissing
 * candidates. Everything is undone afterwards.
 */
class ReconciliationViewTest {

	private static final int SOURCE = 1;
	private static final int PUBLISHED = 2;
	private static final int SPEAKER = 3;
	private static final int STANCE = 6;
	private static final int RELATIONS = 9;

	@TempDir
	Path dir;

	private CorpusSession session;
	private IWorkbenchPage page;
	private SeedReading reading;
	private ReconciliationView view;

	@BeforeEach
	void recordReading() throws Exception {
		session = PlatformUI.getWorkbench().getService(CorpusSession.class);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		reading = SeedReading.record(session.getStore(), session.getEditingDomain());
		view = (ReconciliationView) page.showView(ReconciliationView.ID);
		waitFor(() -> view.getReconciliation().size() == 4);
	}

	@AfterEach
	void restoreSeedCorpus() throws Exception {
		var stack = session.getEditingDomain().getCommandStack();
		while (stack.canUndo()) {
			stack.undo();
		}
		stack.flush();
		session.save();
		page.closeAllEditors(false);
		page.hideView(view);
		processEvents();
	}

	private Table table() {
		return view.getAccountsViewer().getTable();
	}

	private List<String> column(int index) {
		List<String> texts = new ArrayList<>();
		for (TableItem item : table().getItems()) {
			texts.add(item.getText(index));
		}
		return texts;
	}

	private PropositionAccounts shown(String statement) {
		return view.getReconciliation().stream().filter(p -> p.proposition() != null && statement.equals(p.proposition().getStatement())).findFirst()
				.orElseThrow();
	}

	private static RGB rgb(String hex) {
		int[] rgb = Palette.rgb(hex);
		return new RGB(rgb[0], rgb[1], rgb[2]);
	}

	@Test
	void contestedPropositionsAndContradictedAccountsComeFirstColourCodedSortableAndFilterable() {
		Table propositions = view.getPropositionsViewer().getTable();
		assertEquals("All propositions", propositions.getItem(0).getText());
		assertTrue(propositions.getItem(1).getText().startsWith(SeedReading.PROTECTED + "  (4, undecided)"), propositions.getItem(1).getText());
		assertTrue(propositions.getItem(2).getText().startsWith(SeedReading.COMMITMENTS), "the other contested proposition next");
		assertTrue(propositions.getItem(3).getText().startsWith(SeedReading.FORCE), "the agreed one after");
		assertEquals(propositions.getDisplay().getSystemColor(SWT.COLOR_DARK_RED), propositions.getItem(1).getForeground(0), "contested in red");

		assertEquals(SeedReading.PROTECTED, ((PropositionAccounts) view.getPropositionsViewer().getStructuredSelection().getFirstElement()).statement(),
				"the first contested proposition is shown at first");
		assertEquals(0, table().getColumn(0).getWidth(), "one proposition: no proposition column");
		assertEquals(List.of("Unidentified news website", "MassisPost", "MassisPost", "The Moscow Times"), column(SOURCE));
		assertEquals(List.of("Nikol Pashinyan", "Vladimir Putin", "Armen Grigoryan", "Nikol Pashinyan"), column(SPEAKER));
		assertEquals(List.of("denies", "asserts", "denies", "asserts"), column(STANCE));
		TableItem grigoryan = table().getItem(2);
		assertEquals(rgb(Palette.stanceTint(org.collatio.model.Stance.DENIES)), grigoryan.getBackground(SPEAKER).getRGB(), "a denial is tinted red");
		assertEquals(rgb(Palette.stance(org.collatio.model.Stance.DENIES)), grigoryan.getForeground(STANCE).getRGB());
		assertEquals(rgb(Palette.relation(RelationKind.CONTRADICTS)), grigoryan.getForeground(RELATIONS).getRGB());
		assertTrue(grigoryan.getText(RELATIONS).contains("contradicts Vladimir Putin (MassisPost, 2023-09-21)"), grigoryan.getText(RELATIONS));
		assertTrue((grigoryan.getFont(SPEAKER).getFontData()[0].getStyle() & SWT.BOLD) != 0, "contradicted accounts in bold");
		assertEquals(0, table().getItem(3).getFont(SPEAKER).getFontData()[0].getStyle() & SWT.BOLD);
		assertEquals("is updated by Nikol Pashinyan (Unidentified news website, 2023-01)", table().getItem(3).getText(RELATIONS));

		view.showProposition(null);
		List<String> groups = column(0);
		assertEquals(List.of(SeedReading.PROTECTED, SeedReading.PROTECTED, SeedReading.PROTECTED, SeedReading.PROTECTED, SeedReading.COMMITMENTS,
				SeedReading.COMMITMENTS, SeedReading.COMMITMENTS, SeedReading.FORCE, SeedReading.FORCE, ""), groups,
				"grouped by proposition, in the list's order");
		view.showProposition(reading.proposition(SeedReading.PROTECTED));

		view.sortBy("Published");
		assertEquals(List.of("2020-12-02", "2023-01", "2023-09-21", "2023-09-21"), column(PUBLISHED));
		view.sortBy("Published");
		assertEquals("2020-12-02", column(PUBLISHED).get(3), "again: reversed");

		view.setFilter("failed to protect");
		assertEquals(List.of("Armen Grigoryan"), column(SPEAKER));
		assertEquals(List.of("Armen Grigoryan"), view.getTimeline().lanes(), "the timeline shows what the table shows");
		view.setFilter("grigoryan");
		assertEquals(List.of("Armen Grigoryan", "Vladimir Putin"), column(SPEAKER), "any column: Putin's row names Grigoryan in its relations");
		view.setFilter("");
		view.showProposition(null);
		assertEquals(10, table().getItemCount(), "all propositions: every account");
		assertTrue(table().getColumn(0).getWidth() > 0, "with the proposition column");
	}

	@Test
	void openingARowShowsTheArticleWithTheClaimSelected() {
		table().getItem(2).getText(0); // a virtual table fills a row when it is shown, as the user sees it
		table().setSelection(2);
		table().notifyListeners(SWT.DefaultSelection, new Event());
		processEvents();
		AnnotationEditor editor = (AnnotationEditor) page.getActiveEditor();
		assertNotNull(editor);
		Claim claim = reading.claim("grigoryan-failed");
		assertTrue(editor.getDocument().getId().startsWith("004"));
		Point selected = editor.getViewer().getSelectedRange();
		assertEquals(claim.getSpans().get(0).getBegin(), selected.x);
		assertEquals(claim.getSpans().get(0).getEnd() - claim.getSpans().get(0).getBegin(), selected.y);
		assertEquals("the Russian peacekeepers failed to protect Karabakh’s population",
				editor.getViewer().getDocument().get().substring(selected.x, selected.x + selected.y));
	}

	@Test
	void theVerdictIsRecordedAsOneUndoableCommandAndShownInTheList() {
		var proposition = reading.proposition(SeedReading.PROTECTED);
		view.getVerdictCombo().select(Verdict.CONTESTED.getValue());
		view.getVerdictNote().setText("Moscow and Yerevan give opposite accounts; no independent source");
		view.getRecordVerdictButton().notifyListeners(SWT.Selection, new Event());
		assertEquals(Verdict.CONTESTED, proposition.getVerdict());
		assertEquals("Moscow and Yerevan give opposite accounts; no independent source", proposition.getVerdictNote());
		processEvents();
		assertTrue(view.getPropositionsViewer().getTable().getItem(1).getText().endsWith("(4, contested)"));
		session.getEditingDomain().getCommandStack().undo();
		assertEquals(Verdict.UNDECIDED, proposition.getVerdict());
		assertEquals(null, proposition.getVerdictNote());
		processEvents();
		assertEquals("undecided", view.getVerdictCombo().getText(), "the panel follows undo");
	}

	@Test
	void linkingTwoSelectedAccountsAsksHowTheyRelateAndRecordsTheRelation() throws Exception {
		view.setRelationPrompt((shell, source, target) -> Optional.of(new RelateDialog.Answer(RelationKind.AGREES, "both accuse Moscow")));
		// a recomputation still pending (the claim index told of the last save) may refill the table
		processEvents();
		waitFor(() -> table().getItemCount() >= 3);
		Account pashinyan = (Account) view.getAccountsViewer().getElementAt(0);
		Account grigoryan = (Account) view.getAccountsViewer().getElementAt(2);
		view.getAccountsViewer().setSelection(new StructuredSelection(List.of(pashinyan, grigoryan)));
		page.activate(view);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.collatio.reconcile.ui.commands.linkAccounts", null);
		List<ClaimRelation> relations = session.getStore().getCorpus().getRelations();
		ClaimRelation made = relations.get(relations.size() - 1);
		assertEquals(RelationKind.AGREES, made.getKind());
		assertEquals(pashinyan.key(), org.collatio.core.derived.ClaimKeys.of(made.getSource()));
		assertEquals(grigoryan.key(), org.collatio.core.derived.ClaimKeys.of(made.getTarget()));
		assertEquals("both accuse Moscow", made.getRationale());
		processEvents();
		String links = column(RELATIONS).get(column(SPEAKER).indexOf("Armen Grigoryan"));
		assertTrue(links.contains("agrees with Nikol Pashinyan (Unidentified news website, 2023-01)"), links);

		// its kind and rationale are changed afterwards (one undoable command)
		view.setEditPrompt((shell, relation) -> Optional.of(new RelateDialog.Answer(RelationKind.QUALIFIES, "  both qualify Moscow's role ")));
		assertTrue(view.editRelation(made));
		assertEquals(RelationKind.QUALIFIES, made.getKind());
		assertEquals("both qualify Moscow's role", made.getRationale());
		session.getEditingDomain().getCommandStack().undo();
		assertEquals(RelationKind.AGREES, made.getKind());
		assertEquals("both accuse Moscow", made.getRationale());

		// a link made by mistake is removed again (undoable)
		view.removeRelations(List.of(made));
		assertFalse(session.getStore().getCorpus().getRelations().contains(made));
		session.getEditingDomain().getCommandStack().undo();
		assertTrue(session.getStore().getCorpus().getRelations().contains(made));

		// a drop of one account onto another takes the same way; cancelling the question makes nothing
		view.setRelationPrompt((shell, source, target) -> Optional.empty());
		assertFalse(view.link(pashinyan, grigoryan));
		assertEquals(made, session.getStore().getCorpus().getRelations().get(session.getStore().getCorpus().getRelations().size() - 1));
	}

	@Test
	void claimsAreAssignedToAPropositionAndPropositionsRenamedWithUndo() {
		Account allied = view.getReconciliation().get(3).accounts().get(0);
		var commitments = reading.proposition(SeedReading.COMMITMENTS);
		view.assign(List.of(allied), commitments);
		processEvents();
		assertEquals(commitments, reading.claim("putin-allied").getProposition());
		assertEquals(3, view.getReconciliation().size(), "no claim is left without a proposition");
		assertEquals(4, shown(SeedReading.COMMITMENTS).accounts().size());
		view.renameProposition(commitments, "  Russia keeps its security commitments to Armenia ");
		assertEquals("Russia keeps its security commitments to Armenia", commitments.getStatement());
		processEvents();
		assertTrue(view.getPropositionsViewer().getTable().getItem(2).getText().startsWith("Russia keeps its security commitments to Armenia"));
		session.getEditingDomain().getCommandStack().undo();
		session.getEditingDomain().getCommandStack().undo();
		processEvents();
		assertEquals(SeedReading.COMMITMENTS, commitments.getStatement());
		assertEquals(null, reading.claim("putin-allied").getProposition());
		assertEquals(4, view.getReconciliation().size());
	}

	@Test
	void theTimelinePlacesEachSpeakerOnALaneAndAClickSelectsTheAccount() {
		assertEquals(List.of("Nikol Pashinyan", "Vladimir Putin", "Armen Grigoryan"), view.getTimeline().lanes());
		Account guarantor = accountOf("pashinyan-guarantor");
		Account failing = accountOf("pashinyan-failing");
		Point before = view.timelineLocation(guarantor);
		Point after = view.timelineLocation(failing);
		assertEquals(before.y, after.y, "one lane for Pashinyan");
		assertTrue(before.x < after.x, "2020 left of 2023");
		Event click = new Event();
		click.x = after.x + 2;
		click.y = after.y - 1;
		click.button = 1;
		view.getTimelineCanvas().notifyListeners(SWT.MouseDown, click);
		assertEquals(failing, view.getAccountsViewer().getStructuredSelection().getFirstElement());
	}

	private Account accountOf(String claim) {
		return shown(SeedReading.PROTECTED).accounts().stream().filter(a -> a.key().equals(org.collatio.core.derived.ClaimKeys.of(reading.claim(claim)))).findFirst().orElseThrow();
	}

	@Test
	void afterACommandTheViewKeepsItsRowsMarkedUpdatingAndShowsTheNewRowsOnceTheBackgroundJobHasRun() {
		processEvents();
		PropositionAccounts protectedNow = shown(SeedReading.PROTECTED);
		assertEquals(4, table().getItemCount());
		Account moved = shown(SeedReading.FORCE).accounts().get(0);
		view.assign(List.of(moved), protectedNow.proposition());

		assertEquals(4, table().getItemCount(), "until the job has run, the last result stays shown");
		assertEquals("updating\u2026", view.getContentDescription(), "with a quiet mark");
		assertTrue(Job.getJobManager().find(Recomputation.FAMILY).length > 0, "a recomputation is scheduled");

		processEvents(); // the job family is done and its result handed over
		assertEquals(5, table().getItemCount(), "the widget shows the new row");
		assertTrue(shown(SeedReading.PROTECTED).accounts().stream().anyMatch(a -> a.key().equals(moved.key())));
		assertEquals("", view.getContentDescription());
	}

	@Test
	void aBurstOfCommandsLeavesTheViewAsItWasUntilOneRecomputationShowsTheirSum() {
		processEvents();
		List<PropositionAccounts> before = view.getReconciliation();
		PropositionAccounts force = shown(SeedReading.FORCE);
		for (Account account : force.accounts()) {
			view.assign(List.of(account), null);
		}
		assertTrue(view.getReconciliation() == before, "nothing recomputed on the UI thread meanwhile");
		processEvents();
		assertFalse(view.getReconciliation().stream().anyMatch(p -> p.proposition() == force.proposition() && !p.accounts().isEmpty()));
	}

	@Test
	void theReportWrittenFromTheViewHoldsWhatTheViewShows() throws Exception {
		Path html = dir.resolve("report.html");
		view.exportReport(html);
		var document = Jsoup.parse(html.toFile(), "UTF-8");
		assertEquals(List.of(SeedReading.PROTECTED, SeedReading.COMMITMENTS, SeedReading.FORCE, "(claims without a proposition)"),
				document.select("section h2").eachText());
		assertEquals(column(SOURCE), document.select("section").get(0).select("tbody tr").stream().map(r -> r.child(0).text()).toList());
		Path markdown = dir.resolve("report.md");
		view.exportReport(markdown);
		assertTrue(java.nio.file.Files.readString(markdown).startsWith("# Reconciliation report: "));
	}

	@Test
	void candidatesAreAcceptedInOneActionAndDismissalsAreRemembered() throws Exception {
		CandidatesView candidates = (CandidatesView) page.showView(CandidatesView.ID);
		processEvents();
		int before = candidates.getViewer().getTable().getItemCount();
		assertTrue(before > 0, "unlinked pairs remain after the reading");
		Candidate first = (Candidate) candidates.getViewer().getElementAt(0);
		assertFalse(first.reasons().isEmpty());
		var row = candidates.getViewer().getTable().getItem(0);
		assertEquals(first.kind().label(), row.getText(0));
		assertEquals(String.format("%.0f%%", 100 * first.score()), row.getText(1));
		assertEquals(String.join("; ", first.reasons()), row.getText(4), "the view says why");
		assertTrue(pairs(candidates).size() == before && candidates.getViewer().getTable().getItemCount() > 0);

		candidates.getViewer().setSelection(new StructuredSelection(first));
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(
				org.eclipse.core.commands.ParameterizedCommand.generateCommand(
						PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class)
								.getCommand("org.collatio.reconcile.ui.commands.acceptCandidate"),
						java.util.Map.of("org.collatio.reconcile.ui.relationKind", "agrees")),
				null);
		List<ClaimRelation> relations = session.getStore().getCorpus().getRelations();
		ClaimRelation accepted = relations.get(relations.size() - 1);
		assertEquals(RelationKind.AGREES, accepted.getKind());
		assertEquals(RelationStatus.CONFIRMED, accepted.getStatus());
		assertEquals(String.join("; ", first.reasons()), accepted.getRationale());
		processEvents(); // the candidates are found again in a job
		assertFalse(pairs(candidates).contains(pair(first)), "an accepted pair is no longer proposed");

		Candidate next = (Candidate) candidates.getViewer().getElementAt(0);
		candidates.getViewer().setSelection(new StructuredSelection(next));
		candidates.dismissSelected();
		ClaimRelation dismissed = relations.get(relations.size() - 1);
		assertEquals(RelationStatus.REJECTED, dismissed.getStatus());
		// the finder runs again in a job: meanwhile the view shows its last result, marked as updating
		assertEquals("updating\u2026", candidates.getContentDescription());
		assertTrue(pairs(candidates).contains(pair(next)), "the last result stays shown while the next one is found");
		processEvents();
		assertFalse(pairs(candidates).contains(pair(next)), "a dismissed pair is not proposed again");
		assertEquals("", candidates.getContentDescription());
		page.showView(ReconciliationView.ID); // behind the candidates' tab it waited; in view, it catches up
		processEvents();
		assertEquals(4, view.getReconciliation().size());
		assertTrue(view.getReconciliation().stream().flatMap(p -> p.accounts().stream()).flatMap(a -> a.links().stream())
				.anyMatch(l -> l.relation() == accepted), "the accepted candidate is a relation in the reconciliation");
		assertTrue(view.getReconciliation().stream().flatMap(p -> p.accounts().stream()).flatMap(a -> a.links().stream())
				.noneMatch(l -> l.relation() == dismissed), "a dismissal is no relation in the reconciliation");

		// that the dismissal survives saving and reopening is checked headless (ReconciliationTest)
	}

	private static List<String> pair(Candidate candidate) {
		return List.of(candidate.first().id(), candidate.second().id());
	}

	private static List<List<String>> pairs(CandidatesView view) {
		List<List<String>> pairs = new ArrayList<>();
		for (int i = 0; i < view.getViewer().getTable().getItemCount(); i++) {
			pairs.add(pair((Candidate) view.getViewer().getElementAt(i)));
		}
		return pairs;
	}

	private static void waitFor(BooleanSupplier condition) throws InterruptedException {
		UiWait.until("the workbench", condition, Duration.ofSeconds(5));
	}

	/** Runs the event loop until no recomputation is pending or running, then once more to show its result. */
	private static void processEvents() {
		UiWait.recomputations();
	}
}
