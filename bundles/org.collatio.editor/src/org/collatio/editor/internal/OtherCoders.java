/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.LayerReader;
import org.collatio.core.store.Layers;
import org.collatio.model.Annotator;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.collatio.ui.layers.LayerLabels;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

/**
 * The other coders' spans of the document in the editor, drawn as outlines in a colour per coder
 * over my layer (which keeps its tag colours): where coders agree, the outline sits on my span;
 * where they differ, it stands alone. The other layers are read from their saved files in a job
 * ({@link LayerReader}), never into the live model; the outlines are only drawn, never edited.
 */
public final class OtherCoders implements PaintListener {

	/** Job family of the reads, for tests. */
	public static final Object FAMILY = OtherCoders.class;

	/** A span of another coder's layer: [begin, end) and the coder's index in {@link #coders()}. */
	public record Outline(int begin, int end, int coder) {
	}

	/** A coder shown: the layer, its label and its outline colour. */
	public record Coder(String layer, String label, RGB colour) {
	}

	private static final RGB[] COLOURS = { new RGB(0, 90, 200), new RGB(200, 0, 120), new RGB(0, 150, 60), new RGB(220, 120, 0),
			new RGB(120, 60, 200), new RGB(0, 150, 160) };

	private final StyledText text;
	private final ResourceManager resources;
	private final Consumer<String> legend;
	private List<Outline> outlines = List.of();
	private List<Coder> coders = List.of();
	private boolean shown;
	private Job job;

	/** {@code legend} is told what the outlines mean ("Outlined: Bob (blue)"), or null when none are shown. */
	public OtherCoders(StyledText text, ResourceManager resources, Consumer<String> legend) {
		this.text = text;
		this.resources = resources;
		this.legend = legend;
		text.addPaintListener(this);
	}

	public boolean isShown() {
		return shown;
	}

	/** The outlines drawn now (for tests). */
	public List<Outline> outlines() {
		return outlines;
	}

	public List<Coder> coders() {
		return coders;
	}

	/** Shows (reading the other layers again) or hides the other coders' spans of a document. */
	public void show(boolean on, CorpusStore store, String documentId) {
		shown = on;
		if (job != null) {
			job.cancel();
		}
		if (!on) {
			outlines = List.of();
			coders = List.of();
			legend.accept(null);
			text.redraw();
			return;
		}
		// snapshot on the UI thread: which layers, their labels; the job reads files only
		List<Coder> others = new ArrayList<>();
		List<String> layers = new ArrayList<>();
		for (Annotator coder : store.getCorpus().getAnnotators()) {
			if (Layers.isWellFormed(coder.getId())) {
				layers.add(coder.getId());
			}
		}
		layers.add(Layers.CURATED);
		layers.remove(store.getLayerName());
		for (String layer : layers) {
			others.add(new Coder(layer, LayerLabels.layer(store, layer), COLOURS[others.size() % COLOURS.length]));
		}
		LayerReader reader = LayerReader.of(store);
		job = new Job("Reading the other coders' annotations") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				return read(reader, documentId, others, monitor);
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	private IStatus read(LayerReader reader, String documentId, List<Coder> others, IProgressMonitor monitor) {
		List<Outline> read = new ArrayList<>();
		List<Coder> present = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		try (reader) {
			for (Coder coder : others) {
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				try {
					DocumentContent content = reader.read(documentId, coder.layer()).orElse(null);
					if (content != null && !content.getSpans().isEmpty()) {
						Coder shownCoder = new Coder(coder.layer(), coder.label(), COLOURS[present.size() % COLOURS.length]);
						for (SpanAnnotation span : content.getSpans()) {
							read.add(new Outline(span.getBegin(), span.getEnd(), present.size()));
						}
						present.add(shownCoder);
					}
				} catch (CorpusException e) {
					problems.add(e.getMessage());
				}
			}
		}
		if (text.isDisposed()) {
			return Status.CANCEL_STATUS;
		}
		text.getDisplay().asyncExec(() -> {
			if (text.isDisposed() || !shown || monitor.isCanceled()) {
				return;
			}
			outlines = List.copyOf(read);
			coders = List.copyOf(present);
			legend.accept(legendOf(present, problems));
			text.redraw();
		});
		return Status.OK_STATUS;
	}

	private static String legendOf(List<Coder> present, List<String> problems) {
		StringBuilder legend = new StringBuilder(present.isEmpty() ? "No other coder has annotated this article." : "Outlined: ");
		for (int i = 0; i < present.size(); i++) {
			legend.append(i == 0 ? "" : ", ").append(present.get(i).label()).append(" (").append(colourName(i)).append(')');
		}
		problems.forEach(problem -> legend.append("  Not shown: ").append(problem));
		return legend.toString();
	}

	private static String colourName(int index) {
		return new String[] { "blue", "magenta", "green", "orange", "purple", "teal" }[index % COLOURS.length];
	}

	@Override
	public void paintControl(PaintEvent event) {
		if (outlines.isEmpty()) {
			return;
		}
		int length = text.getCharCount();
		int top = text.getOffsetAtLine(text.getLineIndex(event.y));
		int bottomLine = text.getLineIndex(event.y + event.height);
		int bottom = bottomLine + 1 < text.getLineCount() ? text.getOffsetAtLine(bottomLine + 1) : length;
		GC gc = event.gc;
		int lineHeight = text.getLineHeight();
		for (Outline outline : outlines) {
			if (outline.end() <= top || outline.begin() >= bottom || outline.end() > length) {
				continue;
			}
			gc.setForeground(resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(coders.get(outline.coder()).colour())));
			drawOutline(gc, Math.max(outline.begin(), top), Math.min(outline.end(), bottom), outline.coder(), lineHeight);
		}
	}

	/** One rectangle per visual line the span covers, inset by the coder's index so coders nest. */
	private void drawOutline(GC gc, int begin, int end, int coder, int lineHeight) {
		for (Rectangle piece : VisualLines.of(text, begin, end)) {
			gc.drawRectangle(piece.x - 1, piece.y + coder, Math.max(2, piece.width + 1), lineHeight - 1 - 2 * coder);
		}
	}

	public void dispose() {
		if (job != null) {
			job.cancel();
		}
		if (!text.isDisposed()) {
			text.removePaintListener(this);
		}
	}
}
