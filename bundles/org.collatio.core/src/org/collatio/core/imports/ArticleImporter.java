/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.IoProblems;
import org.collatio.model.Document;
import org.collatio.model.CollatioFactory;
import org.collatio.model.TextRegion;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Imports article files (plain text or HTML, single files or whole folders, recursively) into a
 * corpus. Each file is imported, rejected or skipped on its own, with the reason; nothing already in
 * the corpus is touched. The corpus is saved in batches as the import goes (and at the end, also
 * when cancelled), so a process killed during a long import keeps what it had saved, and running
 * the same import again adds the rest: what was stored is recognised by its content as a duplicate.
 */
public final class ArticleImporter {

	private final CorpusStore store;
	private final ImportOptions options;
	private final BoilerplateDetector boilerplate = new BoilerplateDetector();
	private final Map<String, Document> byHash = new HashMap<>();

	public ArticleImporter(CorpusStore store, ImportOptions options) {
		this.store = store;
		this.options = options;
		for (Document document : store.getCorpus().getDocuments()) {
			if (document.getContentHash() != null) {
				byHash.put(document.getContentHash(), document);
			}
		}
	}

	/** Files read and analysed together, in parallel, before they are added one by one in order. */
	private static final int WINDOW = 128;
	/** The corpus is saved when a window ends this long after the last save. */
	private static final long SAVE_EVERY_NANOS = 2_000_000_000L;

	/** Imports files and folders; returns what happened to each file. */
	public ImportReport importPaths(List<Path> paths, IProgressMonitor monitor) throws CorpusException {
		return run(paths, monitor, null);
	}

	/**
	 * What {@link #importTexts} stored: the report and the new documents, not in the corpus yet. The
	 * caller adds them with one command ({@code org.collatio.core.edit.ImportCommands}), undoable;
	 * an undo leaves their text files, which the next opening sets aside as orphans.
	 */
	public record Texts(ImportReport report, List<Document> documents) {
	}

	/**
	 * Reads, checks and stores the texts of files and folders like {@link #importPaths}, but adds
	 * nothing to the corpus and saves nothing: it touches no object of the corpus, so it runs on a
	 * worker thread while the model stays the UI thread's (the workbench's import).
	 */
	public Texts importTexts(List<Path> paths, IProgressMonitor monitor) throws CorpusException {
		List<Document> documents = new ArrayList<>();
		ImportReport report = run(paths, monitor, documents);
		return new Texts(report, List.copyOf(documents));
	}

	/** Imports; {@code deferred} null: adds each document and saves in batches; else collects them there. */
	private ImportReport run(List<Path> paths, IProgressMonitor monitor, List<Document> deferred) throws CorpusException {
		ImportReport report = new ImportReport();
		List<Path> files = collect(paths, report);
		SubMonitor progress = SubMonitor.convert(monitor, "Importing articles", files.size() + 1);
		long lastSave = System.nanoTime();
		// reading, decoding, hashing and boilerplate detection are independent per file and run on every
		// core; adding to the corpus (ids, duplicates, the text file) stays sequential and in file order
		for (int start = 0; start < files.size() && !report.isCancelled(); start += WINDOW) {
			List<Path> window = files.subList(start, Math.min(files.size(), start + WINDOW));
			List<Object> prepared = window.parallelStream().map(this::prepareOrProblem).toList();
			for (int i = 0; i < window.size(); i++) {
				if (progress.isCanceled()) {
					report.cancel();
					break;
				}
				Path file = window.get(i);
				progress.subTask(file.getFileName().toString());
				try {
					if (prepared.get(i) instanceof ImportException e) {
						throw e;
					}
					report.imported(file, add((Prepared) prepared.get(i), deferred));
				} catch (ImportException e) {
					report.rejected(file, file.equals(e.getFile()) ? e.getProblem() : e.getMessage());
				}
				progress.worked(1);
			}
			if (deferred == null && System.nanoTime() - lastSave >= SAVE_EVERY_NANOS) {
				store.save();
				lastSave = System.nanoTime();
			}
		}
		if (deferred == null) {
			store.save();
		}
		progress.done();
		return report;
	}

	/** A file read and analysed, ready to be added. */
	private record Prepared(Path file, String hash, ArticleText article, List<Region> regions, ArticleMetadata metadata) {
	}

	private Object prepareOrProblem(Path file) {
		try {
			return prepare(file);
		} catch (ImportException e) {
			return e;
		} catch (RuntimeException | StackOverflowError e) {
			return new ImportException(file, "cannot be imported: " + IoProblems.reason(e));
		}
	}

	private List<Path> collect(List<Path> paths, ImportReport report) {
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				FolderWalk.collect(path, report, files);
			} else if (Files.isRegularFile(path)) {
				files.add(path);
			} else {
				report.rejected(path, Files.exists(path) ? "not a regular file" : "no such file or folder");
			}
		}
		return files;
	}

	private Prepared prepare(Path file) throws ImportException {
		byte[] bytes = read(file);
		String hash = "sha256:" + sha256(bytes);
		ArticleText article = ArticleReader.read(file, bytes);
		List<Region> regions = boilerplate.detect(article.text());
		ArticleMetadata metadata = options.catalogue().getOrDefault(file.getFileName().toString(), ArticleMetadata.EMPTY)
				.orElse(MetadataFiles.readSidecar(file)).orElse(article.metadata())
				.orElse(new ArticleMetadata(TitleGuess.of(article.text()), BoilerplateDetector.sourceOutlet(regions), null, null, null, null));
		return new Prepared(file, hash, article, regions, metadata);
	}

	private String add(Prepared prepared, List<Document> deferred) throws ImportException {
		Path file = prepared.file();
		String hash = prepared.hash();
		Document duplicate = byHash.get(hash);
		if (duplicate != null) {
			throw new ImportException(file, "duplicate: the same content is already in the corpus as document " + duplicate.getId()
					+ (duplicate.getImportedFrom() != null ? " (from " + duplicate.getImportedFrom() + ")" : ""));
		}
		ArticleMetadata metadata = prepared.metadata();
		ArticleText article = prepared.article();
		List<Region> regions = prepared.regions();
		Document document = CollatioFactory.eINSTANCE.createDocument();
		document.setId(store.uniqueDocumentId(stem(file)));
		document.setTitle(metadata.title() != null ? metadata.title() : stem(file));
		document.setOutlet(metadata.outlet());
		document.setAuthor(metadata.author());
		document.setUrl(metadata.url());
		document.setPublicationDate(metadata.date());
		document.setLanguage(metadata.language());
		document.setImportedFrom(file.toAbsolutePath().normalize().toString());
		document.setContentHash(hash);
		for (Region region : regions) {
			TextRegion textRegion = CollatioFactory.eINSTANCE.createTextRegion();
			textRegion.setBegin(region.begin());
			textRegion.setEnd(region.end());
			textRegion.setKind(region.kind());
			textRegion.setLabel(region.label());
			document.getBoilerplate().add(textRegion);
		}
		try {
			if (deferred == null) {
				store.addDocument(document, article.text());
			} else {
				store.writeText(document, article.text());
				deferred.add(document);
			}
		} catch (CorpusException e) {
			throw new ImportException(file, e.getMessage());
		}
		byHash.put(hash, document);
		return document.getId();
	}

	private byte[] read(Path file) throws ImportException {
		try {
			long size = Files.size(file);
			if (size > options.maxBytes()) {
				throw new ImportException(file, "too large: " + Sizes.over(size, options.maxBytes()) + " (raise it with --max-size)");
			}
			return Files.readAllBytes(file);
		} catch (IOException e) {
			throw new ImportException(file, "cannot be read: " + IoProblems.reason(e));
		}
	}

	private static String stem(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
