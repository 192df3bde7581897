/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.reconcile.ui.tests;

import java.time.Duration;
import org.collatio.ui.testing.UiWait;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.collatio.core.edit.ClaimCommands;
import org.collatio.core.edit.SpanCommands;
import org.collatio.core.tags.Tags;
import org.collatio.editor.AnnotationEditor;
import org.collatio.editor.DocumentEditorInput;
import org.collatio.model.Claim;
import org.collatio.model.ClaimKind;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.RelationKind;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Stance;
import org.collatio.model.Tag;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * The workbench at the scale of a real project, not a test (its name keeps it out of the test run;
 * releng/bench/workbench runs it): the BBC corpus annotated with 5 claims per article (10,475 claims)
 * or, with {@code -Dcollatio.bench.claims=50}, ten times as many. A watchdog measures how long the UI
 * thread goes without processing events while a script does what a researcher does: open the corpus,
 * open an article, tag by key, make a claim, link two claims, undo, redo, wait for the auto-save,
 * switch to the Candidate Contradictions tab, search. Prints BENCH lines; asserts nothing about time.
 */
class WorkbenchStallBenchmark {

	private static final String PERSPECTIVE = "org.collatio.ui.perspective";
	private static final String RECONCILIATION = "org.collatio.reconcile.views.reconciliation";
	private static final String CANDIDATES = "org.collatio.reconcile.views.candidates";
	private static final String SEARCH = "org.collatio.search.ui.views.search";

	@Test
	void researcherSession() throws Exception {
		int claimsPerDocument = Integer.getInteger("collatio.bench.claims", 5);
		long t = System.nanoTime();
		Path corpus = BenchCorpus.prepare(claimsPerDocument);
		print("corpus ready (generated or copied) in %.1f s: %s", (System.nanoTime() - t) / 1e9, corpus);
		CorpusSession session = PlatformUI.getWorkbench().getService(CorpusSession.class);
		Path previous = session.getStore() == null ? null : session.getStore().getLayout().directory();
		Display display = Display.getCurrent();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		PlatformUI.getWorkbench().showPerspective(PERSPECTIVE, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		page.resetPerspective();
		settle(2000);
		List<String> figures = new ArrayList<>();
		try (UiStallWatchdog watchdog = new UiStallWatchdog(display)) {
			watchdog.step("open corpus, until every default view is filled");
			long opened = System.nanoTime();
			session.open(corpus);
			// filled with this corpus's propositions (the seed corpus has 3, the benchmark corpus 500)
			boolean filled = pumpUntil(() -> rows(page, RECONCILIATION) > 100, 300_000);
			double toFilled = (System.nanoTime() - opened) / 1e6;
			figures.add(String.format(Locale.ROOT, "open corpus to default views filled: %.0f ms%s", toFilled, filled ? "" : " (NOT filled after 300 s)"));
			settle(3000);

			watchdog.step("open an article");
			Document document = session.getStore().getCorpus().getDocuments().get(100);
			AnnotationEditor editor = (AnnotationEditor) page.openEditor(new DocumentEditorInput(document), AnnotationEditor.ID);
			settle(3000);

			DocumentContent content = editor.getContent();
			Tag tag = Tags.all(session.getStore().getCorpus()).get(1);
			CommandStack stack = session.getEditingDomain().getCommandStack();
			for (int i = 0; i < 10; i++) {
				watchdog.step("tag by key (10 edits, each then 1.5 s idle)");
				int offset = 40 + i * 31;
				editor.getViewer().setSelectedRange(offset, 7);
				editor.applyTag(tag);
				settle(1500);
			}

			watchdog.step("make a claim");
			SpanAnnotation span = content.getSpans().get(content.getSpans().size() - 1);
			stack.execute(ClaimCommands.makeClaim(session.getEditingDomain(), content, List.of(span),
					new ClaimCommands.ClaimFields(session.getStore().getCorpus().getEntities().get(0), null, "on Monday", "2005-03",
							session.getStore().getCorpus().getPropositions().get(0), Stance.DENIES, ClaimKind.REPORTED_SPEECH, "benchmark claim")));
			settle(2000);

			watchdog.step("link two claims");
			Claim made = content.getClaims().get(content.getClaims().size() - 1);
			Document other = session.getStore().getCorpus().getDocuments().get(200);
			Claim target = session.getStore().getContent(other).getClaims().get(0);
			stack.execute(ClaimCommands.relate(session.getEditingDomain(), session.getStore().getCorpus(), made, target, RelationKind.CONTRADICTS,
					"benchmark"));
			settle(2000);

			watchdog.step("undo");
			stack.undo();
			settle(2000);
			watchdog.step("redo");
			stack.redo();
			settle(2000);

			watchdog.step("auto-save (waited for, 7 s)");
			settle(7000);

			watchdog.step("switch to the Candidate Contradictions tab");
			long shown = System.nanoTime();
			page.showView(CANDIDATES);
			boolean candidates = pumpUntil(() -> rows(page, CANDIDATES) > 0, 120_000);
			figures.add(String.format(Locale.ROOT, "candidate contradictions listed after: %.0f ms%s", (System.nanoTime() - shown) / 1e6,
					candidates ? "" : " (NOT listed after 120 s)"));
			settle(2000);

			watchdog.step("search (speaker:, then a word)");
			IViewPart search = page.showView(SEARCH);
			long searched = System.nanoTime();
			Text query = find(control(search), Text.class);
			query.setText("speaker:\"Speaker Number7\"");
			query.notifyListeners(SWT.DefaultSelection, new Event());
			boolean hits = pumpUntil(() -> rows(page, SEARCH) > 0, 120_000);
			figures.add(String.format(Locale.ROOT, "first search answered after: %.0f ms%s", (System.nanoTime() - searched) / 1e6,
					hits ? "" : " (no hits after 120 s)"));
			query.setText("government");
			query.notifyListeners(SWT.DefaultSelection, new Event());
			settle(3000);

			watchdog.step("idle");
			for (String line : watchdog.report()) {
				print("stall  %s", line);
			}
			for (String line : watchdog.stallSamples()) {
				print("where  %s", line);
			}
			for (String line : figures) {
				print("%s", line);
			}
			Runtime runtime = Runtime.getRuntime();
			for (int i = 0; i < 3; i++) {
				System.gc();
			}
			print("heap used after the session: %.0f MB of %.0f MB max", (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0,
					runtime.maxMemory() / 1048576.0);
		} finally {
			page.closeAllEditors(false);
			while (session.getEditingDomain() != null && session.getEditingDomain().getCommandStack().canUndo()) {
				session.getEditingDomain().getCommandStack().undo();
			}
			if (previous != null) {
				session.close();
				session.open(previous);
			}
			BenchCorpus.delete(corpus);
		}
	}

	private static void print(String format, Object... args) {
		String line = "BENCH " + String.format(Locale.ROOT, format, args);
		System.out.println(line);
		try {
			Path out = Path.of(System.getProperty("collatio.repository"), "target", "workbench-bench.txt");
			Files.createDirectories(out.getParent());
			Files.writeString(out, line + "\n", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
		} catch (java.io.IOException e) {
			// printed above
		}
	}

	/** Runs the event loop for {@code millis}, as a user pausing would. */
	private static void settle(long millis) throws InterruptedException {
		pumpUntil(() -> false, millis);
	}

	private static boolean pumpUntil(BooleanSupplier condition, long millis) throws InterruptedException {
		return UiWait.poll(condition, Duration.ofMillis(millis));
	}

	/** The rows of the first table (or tree) of a view. */
	private static int rows(IWorkbenchPage page, String viewId) {
		IViewPart view = page.findView(viewId);
		if (view == null) {
			return 0;
		}
		Control root = control(view);
		Table table = find(root, Table.class);
		Tree tree = find(root, Tree.class);
		return table != null ? table.getItemCount() : tree != null ? tree.getItemCount() : 0;
	}

	private static Control control(IViewPart view) {
		MPart part = view.getSite().getService(MPart.class);
		return part == null ? null : (Control) part.getWidget();
	}

	private static <T extends Control> T find(Control control, Class<T> type) {
		if (control == null || control.isDisposed()) {
			return null;
		}
		if (type.isInstance(control)) {
			return type.cast(control);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				T found = find(child, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	static {
		Job.getJobManager(); // the job manager is up before the first measurement
	}
}
