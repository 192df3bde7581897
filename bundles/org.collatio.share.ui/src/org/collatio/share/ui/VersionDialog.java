/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.ui;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.HexColour;
import org.collatio.core.store.LayerReader;
import org.collatio.core.tags.Tags;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;
import org.collatio.share.LogEntry;
import org.collatio.share.ShareException;
import org.collatio.share.SharedCorpus;
import org.collatio.ui.layout.FontUnits;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * An article as it was in an earlier version, read-only: its text (written once, so today's) with
 * the spans my layer had then, in their tags' colours. The version's annotation file is read from
 * the repository into a private resource set, never into the live model.
 */
final class VersionDialog extends Dialog {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

	private final CorpusStore store;
	private final Document document;
	private final LogEntry version;
	private StyledText text;

	VersionDialog(Shell parent, CorpusStore store, Document document, LogEntry version) {
		super(parent);
		this.store = store;
		this.document = document;
		this.version = version;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText((document.getTitle() == null ? document.getId() : document.getTitle()) + " \u2014 as of " + WHEN.format(version.time()));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label about = new Label(area, SWT.WRAP);
		about.setText(version.author() + ": " + version.message() + " (read-only)");
		text = new StyledText(area, SWT.BORDER | SWT.V_SCROLL | SWT.WRAP | SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, true).hint(FontUnits.width(text, 110), FontUnits.height(text, 28)).applyTo(text);
		text.setMargins(12, 8, 12, 8);
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), text);
		try {
			String textNow = store.readText(document);
			text.setText(textNow);
			for (StyleRange range : ranges(resources, textNow.length())) {
				text.setStyleRange(range);
			}
		} catch (Exception e) {
			about.setText("This version cannot be shown: " + e.getMessage());
		}
		return area;
	}

	/** The spans of my layer's file in that version (none when the layer had no file then). */
	private List<StyleRange> ranges(LocalResourceManager resources, int length) throws ShareException, java.io.IOException {
		Path file = store.getLayout().contentFile(document.getId());
		String path = store.getLayout().directory().relativize(file).toString().replace('\\', '/');
		byte[] bytes;
		try {
			bytes = SharedCorpus.readAt(store.getLayout().directory(), version.commitId(), path);
		} catch (ShareException e) {
			return List.of(); // not annotated in my layer in that version
		}
		Resource resource = CorpusStore.newResourceSet().createResource(store.getLayout().contentUri(document.getId()));
		resource.load(new ByteArrayInputStream(bytes), null);
		List<StyleRange> ranges = new ArrayList<>();
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof DocumentContent content) {
			List<SpanAnnotation> spans = new ArrayList<>(content.getSpans());
			spans.sort(Comparator.comparingInt(SpanAnnotation::getBegin).thenComparingInt(s -> -s.getEnd()));
			for (SpanAnnotation span : spans) {
				if (span.getBegin() < 0 || span.getEnd() > length || span.getEnd() <= span.getBegin()) {
					continue;
				}
				String tagId = span.getTags().isEmpty() ? null : LayerReader.idOf(span.getTags().get(0));
				Tag tag = tagId == null ? null : Tags.byId(store.getCorpus(), tagId).orElse(null);
				StyleRange range = new StyleRange();
				range.start = span.getBegin();
				range.length = span.getEnd() - span.getBegin();
				range.background = resources.create(ColorDescriptor.createFrom(rgb(tag == null ? null : tag.getColor())));
				ranges.add(range);
			}
		}
		ranges.sort(Comparator.comparingInt(r -> r.start));
		return nonOverlapping(ranges);
	}

	/** StyledText takes ranges that do not overlap: an inner span cuts its outer one. */
	private static List<StyleRange> nonOverlapping(List<StyleRange> ranges) {
		List<StyleRange> result = new ArrayList<>();
		int covered = 0;
		for (StyleRange range : ranges) {
			int start = Math.max(range.start, covered);
			int end = range.start + range.length;
			if (end > start) {
				StyleRange piece = (StyleRange) range.clone();
				piece.start = start;
				piece.length = end - start;
				result.add(piece);
				covered = end;
			}
		}
		return result;
	}

	private static RGB rgb(String hex) {
		return HexColour.parse(hex).map(c -> new RGB(c.red(), c.green(), c.blue())).orElse(new RGB(255, 230, 150));
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		close();
	}

	/** The text shown (for tests). */
	StyledText text() {
		return text;
	}
}
