/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.collatio.core.store.CorpusStore;
import org.collatio.core.tags.Tags;
import org.collatio.editor.AnnotationEditor;
import org.collatio.editor.DocumentEditorInput;
import org.collatio.model.CollatioFactory;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;
import org.collatio.ui.session.CorpusSession;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * Editor benchmark, not a test (its name keeps it out of the test run; releng/bench/editor runs
 * it): a 1 MB article with 10,000 spans. Prints open-to-first-paint, tag-to-repaint, per-page
 * scroll repaint and heap; asserts nothing about time.
 */
class EditorBenchmark {

	@Test
	void largeArticle() throws Exception {
		CorpusSession session = PlatformUI.getWorkbench().getService(CorpusSession.class);
		Path previous = session.getStore().getLayout().directory();
		Path dir = Files.createTempDirectory("collatio-editor-bench");
		try {
			prepare(dir);
			session.open(dir);
			run(session);
		} finally {
			PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
			session.open(previous);
		}
	}

	private static void prepare(Path dir) throws Exception {
		StringBuilder text = new StringBuilder();
		List<Path> seeds;
		try (var files = Files.list(Path.of(System.getProperty("collatio.repository"), "seeds"))) {
			seeds = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
		}
		for (int i = 0; text.length() < 1_000_000; i++) {
			text.append(Files.readString(seeds.get(i % seeds.size()))).append("\n\n");
		}
		try (CorpusStore store = CorpusStore.openOrCreate(dir, "bench")) {
			Document document = CollatioFactory.eINSTANCE.createDocument();
			document.setId("big");
			document.setTitle("A 1 MB article");
			store.addDocument(document, text.toString());
			DocumentContent content = store.getContent(document);
			List<Tag> tags = Tags.all(store.getCorpus());
			Random random = new Random(7);
			for (int i = 0; i < 10_000; i++) {
				SpanAnnotation span = CollatioFactory.eINSTANCE.createSpanAnnotation();
				span.setId(EcoreUtil.generateUUID());
				int begin = random.nextInt(text.length() - 200);
				span.setBegin(begin);
				span.setEnd(begin + 5 + random.nextInt(150));
				span.getTags().add(tags.get(random.nextInt(tags.size())));
				content.getSpans().add(span);
			}
			store.save();
		}
	}

	private static void run(CorpusSession session) throws Exception {
		Display display = Display.getCurrent();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Document document = session.getStore().findDocument("big");
		long heapBefore = usedHeap();

		long[] firstPaint = { 0 };
		Listener paintWatch = event -> {
			if (event.widget instanceof StyledText && firstPaint[0] == 0) {
				firstPaint[0] = System.nanoTime();
			}
		};
		display.addFilter(SWT.Paint, paintWatch);
		long start = System.nanoTime();
		AnnotationEditor editor = (AnnotationEditor) page.openEditor(new DocumentEditorInput(document), AnnotationEditor.ID);
		long opened = System.nanoTime();
		editor.getViewer().getTextWidget().update(); // paint now what is exposed
		long deadline = System.currentTimeMillis() + 30_000;
		while (firstPaint[0] == 0 && System.currentTimeMillis() < deadline) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		display.removeFilter(SWT.Paint, paintWatch);
		System.out.printf("BENCH open 1 MB article with %d spans (text and annotations loaded, first paint): %.0f ms (editor created in %.0f ms)%n",
				editor.getContent().getSpans().size(), (firstPaint[0] - start) / 1e6, (opened - start) / 1e6);
		long heapAfter = usedHeap();
		System.out.printf("BENCH heap used by the open article: %.0f MB%n", (heapAfter - heapBefore) / 1048576.0);

		StyledText text = editor.getViewer().getTextWidget();
		Tag tag = Tags.all(session.getStore().getCorpus()).get(1);
		double[] tagging = new double[30];
		for (int i = 0; i < tagging.length; i++) {
			int offset = 1000 + i * 97;
			editor.getViewer().setSelectedRange(offset, 12);
			editor.getViewer().revealRange(offset, 12);
			text.update();
			long t = System.nanoTime();
			editor.applyTag(tag);
			text.update(); // the repaint of the highlight, synchronously
			tagging[i] = (System.nanoTime() - t) / 1e6;
		}
		Arrays.sort(tagging);
		System.out.printf("BENCH apply tag, command to repainted highlight: median %.1f ms, max %.1f ms (%d runs)%n", tagging[tagging.length / 2],
				tagging[tagging.length - 1], tagging.length);

		int pageHeight = text.getClientArea().height;
		List<Double> pages = new ArrayList<>();
		text.setTopPixel(0);
		text.update();
		for (int i = 0; i < 300; i++) {
			long t = System.nanoTime();
			text.setTopPixel(text.getTopPixel() + pageHeight);
			text.update();
			pages.add((System.nanoTime() - t) / 1e6);
		}
		double[] scroll = pages.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		System.out.printf("BENCH scroll one page and repaint: median %.1f ms, p95 %.1f ms, max %.1f ms (%d pages)%n", scroll[scroll.length / 2],
				scroll[scroll.length * 95 / 100], scroll[scroll.length - 1], scroll.length);
		while (session.getEditingDomain().getCommandStack().canUndo()) {
			session.getEditingDomain().getCommandStack().undo();
		}
		session.getEditingDomain().getCommandStack().flush();
	}

	private static long usedHeap() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}
}
