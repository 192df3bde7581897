/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.editor.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.collatio.core.store.CorpusStore;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.SpanAnnotation;
import org.collatio.suggest.ClaimSuggester;
import org.collatio.suggest.KnownSpeaker;
import org.collatio.suggest.RejectedSuggestions;
import org.collatio.suggest.Suggestion;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

/**
 * The claims suggested for the document in the editor, drawn as dashed outlines that are not
 * annotations. Computed in a job from a snapshot (the text, the corpus's entity names) taken on the
 * UI thread; the rejections of the layer are read in the job from
 * {@code derived/rejected-suggestions[@LAYER].json}. A suggestion is shown unless rejected or its
 * range already backs a claim.
 */
public final class SuggestedClaims implements PaintListener {

	/** Job family of the computations, for tests. */
	public static final Object FAMILY = SuggestedClaims.class;

	private static final RGB COLOUR = new RGB(90, 90, 160);
	private static final ClaimSuggester SUGGESTER = new ClaimSuggester();

	private final StyledText text;
	private final ResourceManager resources;
	private final Consumer<String> problems;
	private DocumentContent content;
	private String documentId;
	private List<Suggestion> all = List.of();
	private RejectedSuggestions rejections;
	private boolean shown;
	private Job job;

	/** {@code problems} is told what could not be read or written (a message naming the file). */
	public SuggestedClaims(StyledText text, ResourceManager resources, Consumer<String> problems) {
		this.text = text;
		this.resources = resources;
		this.problems = problems;
		text.addPaintListener(this);
	}

	/** The file of a store's layer where rejections are kept. */
	public static Path rejectionsFile(CorpusStore store) {
		String layer = store.getLayout().layer();
		return store.getLayout().derivedFolder().resolve(layer == null ? "rejected-suggestions.json" : "rejected-suggestions@" + layer + ".json");
	}

	public boolean isShown() {
		return shown;
	}

	/** Shows (computing them in a job) or hides the suggestions of a document. */
	public void show(boolean on, CorpusStore store, String document, DocumentContent documentContent) {
		shown = on;
		if (job != null) {
			job.cancel();
		}
		if (!on) {
			all = List.of();
			text.redraw();
			return;
		}
		content = documentContent;
		documentId = document;
		String snapshot = documentContent.getText();
		List<KnownSpeaker> known = new ArrayList<>();
		for (Entity e : store.getCorpus().getEntities()) {
			if (e.getCanonicalName() != null) {
				known.add(new KnownSpeaker(e.getId(), e.getCanonicalName(), List.copyOf(e.getAliases())));
			}
		}
		Path file = rejectionsFile(store);
		job = new Job("Suggesting claims") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask("Suggesting claims", IProgressMonitor.UNKNOWN);
				List<Suggestion> found = SUGGESTER.suggest(snapshot, known);
				RejectedSuggestions read;
				String problem = null;
				try {
					read = RejectedSuggestions.read(file);
				} catch (IOException e) {
					problem = e.getMessage();
					read = null;
				}
				if (monitor.isCanceled() || text.isDisposed()) {
					return Status.CANCEL_STATUS;
				}
				RejectedSuggestions rejected = read;
				String failure = problem;
				text.getDisplay().asyncExec(() -> {
					if (text.isDisposed() || !shown || monitor.isCanceled()) {
						return;
					}
					all = found;
					rejections = rejected;
					if (failure != null) {
						problems.accept("Rejected suggestions not read: " + failure);
					}
					text.redraw();
				});
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setPriority(Job.DECORATE);
		job.schedule();
	}

	/** The suggestions shown now (UI thread): not rejected, not already a claim's range. */
	public List<Suggestion> visible() {
		if (!shown || all.isEmpty()) {
			return List.of();
		}
		List<Suggestion> result = new ArrayList<>();
		for (Suggestion s : all) {
			if ((rejections == null || !rejections.isRejected(documentId, s.begin(), s.end())) && !isClaimed(s)) {
				result.add(s);
			}
		}
		return result;
	}

	private boolean isClaimed(Suggestion s) {
		for (var claim : content.getClaims()) {
			for (SpanAnnotation span : claim.getSpans()) {
				if (span.getBegin() == s.begin() && span.getEnd() == s.end()) {
					return true;
				}
			}
		}
		return false;
	}

	/** The shown suggestion holding an offset (the shortest), or the one overlapping [begin, end). */
	public Optional<Suggestion> at(int begin, int end) {
		return visible().stream().filter(s -> end > begin ? s.overlaps(begin, end) : s.begin() <= begin && begin < s.end())
				.min(Comparator.comparingInt(s -> s.end() - s.begin()));
	}

	/** Rejects suggestions: they are not shown again, in this editor or after the corpus is opened again. */
	public void reject(List<Suggestion> suggestions) {
		if (suggestions.isEmpty() || rejections == null) {
			return;
		}
		rejections.reject(documentId, suggestions.stream().map(s -> new int[] { s.begin(), s.end() }).toList());
		try {
			rejections.save();
		} catch (IOException e) {
			problems.accept("Rejection not saved: " + e.getMessage());
		}
		text.redraw();
	}

	@Override
	public void paintControl(PaintEvent event) {
		List<Suggestion> shownNow = visible();
		if (shownNow.isEmpty()) {
			return;
		}
		int length = text.getCharCount();
		int top = text.getOffsetAtLine(text.getLineIndex(event.y));
		int bottomLine = text.getLineIndex(event.y + event.height);
		int bottom = bottomLine + 1 < text.getLineCount() ? text.getOffsetAtLine(bottomLine + 1) : length;
		GC gc = event.gc;
		int style = gc.getLineStyle();
		gc.setLineStyle(SWT.LINE_DASH);
		gc.setForeground(resources.create(ColorDescriptor.createFrom(COLOUR)));
		for (Suggestion s : shownNow) {
			if (s.end() <= top || s.begin() >= bottom || s.end() > length) {
				continue;
			}
			for (Rectangle r : rectangles(Math.max(s.begin(), top), Math.min(s.end(), bottom))) {
				gc.drawRectangle(r);
			}
		}
		gc.setLineStyle(style);
	}

	/** The rectangles of a range, one per visual line, in widget coordinates (for drawing and tests). */
	public List<Rectangle> rectangles(int begin, int end) {
		List<Rectangle> result = new ArrayList<>();
		for (Rectangle piece : VisualLines.of(text, begin, end)) {
			result.add(new Rectangle(piece.x - 2, piece.y - 1, Math.max(2, piece.width + 3), piece.height + 1));
		}
		return result;
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
