/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.coders.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.Layers;
import org.collatio.model.DocumentContent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The curation of one document: where its coders' layers differ, range by range. Spans are matched
 * across coders by their exact range; a row lists each coder's version of the range (tags, note,
 * the claim on it), how they compare ({@link RowKind}) and what the curated layer holds there.
 * Coders without a span in the document take no part. Rows are in document order.
 * <p>
 * {@link #of} is a pure function of its {@link CurationInput} and the saved layer files: it runs in
 * a job, never touches the live model, and checks its monitor for cancellation.
 *
 * @param documentId the document
 * @param coders     the coders who have spans in the document, in the corpus's order
 * @param rows       one per range any of them has a span at, in document order
 * @param problems   the layers that could not be read (a damaged file), each named with its problem
 */
public record Curation(String documentId, List<CoderLayer> coders, List<CurationRow> rows, List<String> problems) {

	/** Nothing to curate (no document). */
	public static final Curation NONE = new Curation(null, List.of(), List.of(), List.of());

	private static final int EXCERPT = 60;

	public Curation {
		coders = List.copyOf(coders);
		rows = List.copyOf(rows);
		problems = List.copyOf(problems);
	}

	/** Compares the coders' layers of the input's document. */
	public static Curation of(CurationInput input, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Comparing the coders' layers", input.coders().size() + 2);
		List<String> problems = new ArrayList<>();
		String[] text = { input.text() };
		Map<String, SortedMap<Range, SpanVersion>> layers = new LinkedHashMap<>();
		List<CoderLayer> present = new ArrayList<>();
		for (CoderLayer coder : input.coders()) {
			checkCanceled(progress);
			SortedMap<Range, SpanVersion> versions = versions(input, coder.layer(), text, problems);
			if (!versions.isEmpty()) {
				layers.put(coder.layer(), versions);
				present.add(coder);
			}
			progress.worked(1);
		}
		SortedMap<Range, SpanVersion> curated = versions(input, Layers.CURATED, text, problems);
		progress.worked(1);
		SortedSet<Range> ranges = new TreeSet<>();
		layers.values().forEach(versions -> ranges.addAll(versions.keySet()));
		List<CurationRow> rows = new ArrayList<>(ranges.size());
		for (Range range : ranges) {
			if (rows.size() % 256 == 0) {
				checkCanceled(progress);
			}
			rows.add(row(range, layers, curated.get(range), text[0]));
		}
		return new Curation(input.documentId(), present, rows, problems);
	}

	/** A layer's versions: from the live snapshot, else read from its file (empty when it has none, or it is damaged). */
	private static SortedMap<Range, SpanVersion> versions(CurationInput input, String layer, String[] text, List<String> problems) {
		SortedMap<Range, SpanVersion> live = input.live().get(layer);
		if (live != null) {
			return live;
		}
		try {
			Optional<DocumentContent> content = input.reader().read(input.documentId(), layer);
			if (content.isEmpty()) {
				return new TreeMap<>();
			}
			if (text[0] == null) {
				text[0] = content.get().getText();
			}
			return LayerVersions.of(content.get(), input.names());
		} catch (CorpusException e) {
			problems.add(e.getMessage());
			return new TreeMap<>();
		}
	}

	private static CurationRow row(Range range, Map<String, SortedMap<Range, SpanVersion>> layers, SpanVersion curated, String text) {
		Map<String, SpanVersion> versions = new LinkedHashMap<>();
		layers.forEach((layer, byRange) -> {
			SpanVersion version = byRange.get(range);
			if (version != null) {
				versions.put(layer, version);
			}
		});
		List<String> acceptedFrom = new ArrayList<>();
		if (curated != null) {
			versions.forEach((layer, version) -> {
				if (version.sameAs(curated)) {
					acceptedFrom.add(layer);
				}
			});
		}
		CuratedState state = curated == null ? CuratedState.OPEN : acceptedFrom.isEmpty() ? CuratedState.EDITED : CuratedState.ACCEPTED;
		return new CurationRow(range.begin(), range.end(), excerpt(text, range), kind(versions, layers.size()), versions, curated, state,
				acceptedFrom);
	}

	/** How the versions compare, when {@code coders} coders have spans in the document. */
	static RowKind kind(Map<String, SpanVersion> versions, int coders) {
		if (versions.size() < coders) {
			return RowKind.ONLY_SOME;
		}
		SpanVersion first = versions.values().iterator().next();
		RowKind kind = RowKind.AGREED;
		for (SpanVersion version : versions.values()) {
			if (!version.sameTags(first)) {
				return RowKind.TAGS_DIFFER;
			}
			if (!version.sameClaimCore(first)) {
				kind = RowKind.CLAIM_DIFFERS;
			} else if (kind == RowKind.AGREED && !version.sameAs(first)) {
				kind = RowKind.DETAILS_DIFFER;
			}
		}
		return kind;
	}

	/** The text of a range on one line, shortened to about {@value #EXCERPT} characters (never inside a surrogate pair). */
	static String excerpt(String text, Range range) {
		if (text == null) {
			return "";
		}
		int begin = Math.max(0, Math.min(range.begin(), text.length()));
		int end = Math.max(begin, Math.min(range.end(), text.length()));
		String oneLine = text.substring(begin, end).replaceAll("\\s+", " ").strip();
		if (oneLine.length() <= EXCERPT) {
			return oneLine;
		}
		int cut = Character.isHighSurrogate(oneLine.charAt(EXCERPT - 1)) ? EXCERPT - 1 : EXCERPT;
		return oneLine.substring(0, cut) + "\u2026";
	}

	private static void checkCanceled(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	/** The number of rows where the coders differ. */
	public long differences() {
		return rows.stream().filter(row -> row.kind().isDifference()).count();
	}

	/** The number of rows whose curated version is one of the coders'. */
	public long done() {
		return rows.stream().filter(CurationRow::isDone).count();
	}
}
