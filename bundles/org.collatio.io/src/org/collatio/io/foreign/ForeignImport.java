/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.foreign;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.CorpusStore.LayerChoice;
import org.collatio.io.FormatException;
import org.collatio.io.NewCorpusFolder;
import org.collatio.io.Progress;
import org.collatio.model.CollatioFactory;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Writes what a {@link ForeignReader} reads into a corpus, under an {@link ImportMapping}: a
 * document that matches one of the corpus ({@link DocumentMatcher}: identical text) gets the
 * annotations added on the store's layer, any other is added as a new document with its exact
 * text (a later document of the same text, such as another user's CAS of it in a project export,
 * then matches it). Spans become {@link SpanAnnotation}s of the store's coder; a discontinuous annotation whose
 * fragments are apart only by line breaks becomes one span (as Collatio's brat export splits a
 * span at line breaks), else one span per fragment. A span already there (same range, tags and
 * note) is not added twice. Everything not imported is counted in the {@link ImportSummary}.
 * <p>
 * Like the article import, this writes the store directly, outside the editing domain: the caller
 * owns the store meanwhile (the command line, or a workbench job with saves suspended).
 * <p>
 * Entry points: {@link #survey} (the preview; checks the whole source), {@link #intoNewCorpus}
 * (built in a staging folder: a broken source leaves nothing), {@link #intoCorpus} (an existing
 * corpus: the source is read through once completely before the corpus is opened, so a broken one
 * leaves it untouched) and {@link #intoStore} (a store the caller has open).
 */
public final class ForeignImport implements ForeignSink {

	private static final CollatioFactory F = CollatioFactory.eINSTANCE;

	private final CorpusStore store;
	private final ImportMapping mapping;
	private final DocumentMatcher matcher;
	private final ImportSummary summary;
	private final boolean savePerDocument;
	private final Progress progress;
	private final TagPaths tags;
	private final Map<String, List<String>> codePaths = new HashMap<>();
	private final List<Path> textsWritten = new ArrayList<>();
	private final Date now = new Date();

	private ForeignImport(CorpusStore store, ImportMapping mapping, DocumentMatcher matcher, ImportSummary summary, boolean savePerDocument,
			Progress progress) {
		this.store = store;
		this.mapping = mapping;
		this.matcher = matcher;
		this.summary = summary;
		this.savePerDocument = savePerDocument;
		this.progress = progress;
		this.tags = new TagPaths(store.getCorpus());
	}

	/** Reads the whole source into a survey (the preview); {@code matcher} compares with the corpus imported into. Writes nothing. */
	public static ForeignSurvey survey(ForeignReader reader, Path source, DocumentMatcher matcher, Progress progress) throws IOException, FormatException {
		ForeignSurvey survey = new ForeignSurvey(matcher);
		reader.read(source, survey, progress);
		return survey;
	}

	/** Imports into a new corpus (a folder that does not exist or is empty), built aside and moved into place when complete. */
	public static ImportSummary intoNewCorpus(ForeignReader reader, Path source, ImportMapping mapping, Path corpusDirectory, Progress progress)
			throws IOException, FormatException, CorpusException {
		ImportSummary summary = new ImportSummary(corpusDirectory);
		NewCorpusFolder.<FormatException> create(corpusDirectory, staging -> {
			try (CorpusStore store = CorpusStore.openOrCreate(staging, corpusDirectory.toAbsolutePath().normalize().getFileName().toString())) {
				ForeignImport sink = new ForeignImport(store, mapping, DocumentMatcher.of(store), summary, true, progress);
				store.setStaging(true); // built aside: see CorpusStore#setStaging
				reader.read(source, sink, progress);
				sink.finish();
				store.setStaging(false);
				store.save();
			}
		});
		return summary;
	}

	/**
	 * Imports into an existing corpus, on the layer of {@code choice} (a coder's, registered if new).
	 * The source is read once completely first; only when it holds no error is the corpus opened,
	 * written and saved.
	 */
	public static ImportSummary intoCorpus(ForeignReader reader, Path source, ImportMapping mapping, Path corpusDirectory, LayerChoice choice,
			Progress progress) throws IOException, FormatException, CorpusException {
		reader.read(source, new ForeignSink() {
			@Override
			public void document(ForeignDocument document) {
				progress.checkCanceled();
			}
		}, Progress.NONE);
		try (CorpusStore store = CorpusStore.open(corpusDirectory, choice)) {
			return intoStore(reader, source, mapping, store, progress);
		}
	}

	/**
	 * Imports into a store the caller has open and owns meanwhile, and saves it. When the reader fails
	 * (the source changed since the survey), the texts of new documents are deleted again and nothing
	 * is saved: the caller then closes or reopens the store without saving.
	 */
	public static ImportSummary intoStore(ForeignReader reader, Path source, ImportMapping mapping, CorpusStore store, Progress progress)
			throws IOException, FormatException, CorpusException {
		ImportSummary summary = new ImportSummary(store.getLayout().directory());
		ForeignImport sink = new ForeignImport(store, mapping, DocumentMatcher.of(store), summary, false, progress);
		try {
			reader.read(source, sink, progress);
		} catch (IOException | FormatException | RuntimeException e) {
			for (Path text : sink.textsWritten) {
				Files.deleteIfExists(text);
			}
			throw e;
		}
		sink.finish();
		store.save();
		return summary;
	}

	@Override
	public void code(ForeignCode code) {
		// a span's layer names its code by the whole path (REFI-QDA: "Theme/Code") or by its last
		// name (brat: the entity type); the whole path wins when both could be meant
		codePaths.put(String.join("/", code.path()), code.path());
		codePaths.putIfAbsent(code.path().get(code.path().size() - 1), code.path());
		tags.colour(code.path(), code.colour());
	}

	@Override
	public void leftOut(String what) {
		summary.leftOut(what, 1);
	}

	@Override
	public void document(ForeignDocument foreign) throws IOException, FormatException {
		progress.checkCanceled();
		summary.read("documents", 1);
		summary.read("spans", foreign.spans().size());
		summary.read("links", foreign.links().size());
		try {
			Document document = target(foreign);
			DocumentContent content = store.getContent(document);
			Set<String> present = new HashSet<>();
			for (SpanAnnotation span : content.getSpans()) {
				present.add(key(span.getBegin(), span.getEnd(), span.getTags(), span.getNote()));
			}
			for (ForeignSpan span : foreign.spans()) {
				span(foreign, span, content, present);
			}
			for (ForeignLink link : foreign.links()) {
				summary.leftOut("links of " + link.layer() + " (" + ImportMapping.LINKS_LEFT_OUT + ")", 1);
			}
			foreign.leftOut().forEach(what -> summary.leftOut(what, 1));
			if (savePerDocument) {
				store.saveDocument(document);
				store.unloadContent(document);
			}
		} catch (CorpusException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	private Document target(ForeignDocument foreign) throws CorpusException {
		DocumentMatcher.Match match = matcher.match(foreign);
		if (!match.isNew()) {
			summary.wrote("matched documents", 1);
			return store.findDocument(match.documentId());
		}
		Map<String, String> metadata = foreign.metadata();
		Document document = F.createDocument();
		String stem = DocumentMatcher.stem(foreign.name());
		document.setId(store.uniqueDocumentId(stem));
		document.setTitle(metadata.getOrDefault("title", stem));
		document.setAuthor(metadata.get("author"));
		document.setUrl(metadata.get("url"));
		document.setPublicationDate(metadata.get("date"));
		document.setLanguage(metadata.get("language"));
		document.setImportedFrom(foreign.name());
		document.setContentHash("sha256:" + sha256(foreign.text()));
		store.addDocument(document, foreign.text());
		textsWritten.add(store.getLayout().textFile(document.getId()));
		matcher.remember(document);
		summary.wrote("new documents", 1);
		return document;
	}

	private void span(ForeignDocument foreign, ForeignSpan span, DocumentContent content, Set<String> present) {
		ImportMapping.LayerMapping layer = mapping.layer(span.layer());
		if (layer == null || !layer.imported()) {
			summary.leftOut("spans of " + span.layer() + " (the layer was not chosen)", 1);
			return;
		}
		List<List<String>> paths = ImportMapping.tagPaths(span, layer, codePaths);
		if (paths.isEmpty()) {
			summary.leftOut("spans of " + span.layer() + " without a value of " + layer.tagFeature(), 1);
			return;
		}
		List<Tag> spanTags = paths.stream().map(path -> tags.get(layer.tagSet(), path)).distinct().toList();
		String note = note(span, layer);
		for (String feature : span.features().keySet()) {
			if (!feature.equals(layer.tagFeature()) && !feature.equals(layer.noteFeature())) {
				summary.leftOut("feature " + feature + " of " + span.layer() + " (not mapped)", 1);
			}
		}
		List<TextRange> ranges = joinedAtLineBreaks(foreign.text(), span.ranges());
		if (ranges.size() > 1) {
			summary.wrote("spans from fragments of discontinuous annotations", ranges.size());
		}
		for (TextRange range : ranges) {
			if (!present.add(key(range.begin(), range.end(), spanTags, note))) {
				summary.wrote("spans already there", 1);
				continue;
			}
			SpanAnnotation created = F.createSpanAnnotation();
			created.setId(EcoreUtil.generateUUID());
			created.setBegin(range.begin());
			created.setEnd(range.end());
			created.getTags().addAll(spanTags);
			created.setNote(note);
			created.setAnnotator(store.getCoder());
			created.setCreated(now);
			content.getSpans().add(created);
			summary.wrote("spans", 1);
		}
	}

	/** Counts the tags and tag sets created, once the reader is done. */
	private void finish() {
		summary.wrote("tag sets", tags.setsCreated());
		summary.wrote("tags", tags.tagsCreated());
	}

	private static String note(ForeignSpan span, ImportMapping.LayerMapping layer) {
		String fromFeature = layer.noteFeature() == null ? null : span.features().get(layer.noteFeature());
		if (fromFeature == null || fromFeature.isBlank()) {
			return span.note();
		}
		return span.note() == null ? fromFeature : span.note() + "\n" + fromFeature;
	}

	/** Fragments in text order, neighbours apart only by line breaks (or not apart) joined into one. */
	static List<TextRange> joinedAtLineBreaks(String text, List<TextRange> fragments) {
		List<TextRange> sorted = fragments.stream().sorted((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin())
				: Integer.compare(a.end(), b.end())).collect(Collectors.toCollection(ArrayList::new));
		List<TextRange> joined = new ArrayList<>();
		TextRange current = sorted.get(0);
		for (TextRange next : sorted.subList(1, sorted.size())) {
			if (next.begin() >= current.end() && text.substring(current.end(), next.begin()).chars().allMatch(c -> c == '\r' || c == '\n')) {
				current = new TextRange(current.begin(), next.end());
			} else {
				joined.add(current);
				current = next;
			}
		}
		joined.add(current);
		return joined;
	}

	private static String key(int begin, int end, List<Tag> spanTags, String note) {
		return begin + ":" + end + ":" + spanTags.stream().map(Tag::getId).sorted().toList() + ":" + note;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
