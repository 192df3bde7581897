/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusLayout;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.ClaimRelation;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;

/**
 * The corpus itself, zipped: {@code corpus.xmi} and {@code documents/ID.txt} and
 * {@code documents/ID.xmi} exactly as stored (not the search index, not the lock file). Exported
 * from the saved files, so a corpus with unsaved changes is refused. Imported into a new or empty
 * folder only: entries other than those names are refused (so no entry can be written outside the
 * corpus folder), and the corpus is opened and every document loaded before it is moved into place.
 */
public final class NativeArchive {

	private static final Pattern DOCUMENT_ENTRY = Pattern.compile(CorpusLayout.DOCUMENTS_FOLDER + "/[A-Za-z0-9_][A-Za-z0-9_.-]*\\.(txt|xmi)");

	private NativeArchive() {
	}

	public static ExportSummary export(CorpusStore store, ExportScope scope, Path zip, Progress progress) throws IOException, CorpusException {
		CorpusLayout layout = store.getLayout();
		if (store.isDirty()) {
			throw new CorpusException(layout.directory(), "has unsaved changes: save it before exporting the corpus itself");
		}
		ExportSummary summary = new ExportSummary(zip);
		progress.begin("Collatio corpus", store.getCorpus().getDocuments().size());
		Outputs.file(zip, out -> {
			ZipOutputStream entries = new ZipOutputStream(out);
			add(entries, layout.corpusFile(), CorpusLayout.CORPUS_FILE);
			for (Document document : store.getCorpus().getDocuments()) {
				progress.checkCanceled();
				add(entries, layout.textFile(document.getId()), CorpusLayout.DOCUMENTS_FOLDER + "/" + document.getId() + ".txt");
				if (Files.isRegularFile(layout.contentFile(document.getId()))) {
					add(entries, layout.contentFile(document.getId()), CorpusLayout.DOCUMENTS_FOLDER + "/" + document.getId() + ".xmi");
					summary.count("annotated", 1);
				}
				summary.count("documents", 1);
				progress.worked(document.getId());
			}
			entries.finish();
		});
		return summary;
	}

	private static void add(ZipOutputStream zip, Path file, String name) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		Files.copy(file, zip);
		zip.closeEntry();
	}

	public static ExportSummary importInto(Path zip, Path corpusDirectory, Progress progress) throws IOException, FormatException, CorpusException {
		return importInto(zip, corpusDirectory, progress, ArchiveLimits.defaults());
	}

	/** Imports within {@code limits} (what the archive may unpack to); see {@link ArchiveLimits#defaults()}. */
	public static ExportSummary importInto(Path zip, Path corpusDirectory, Progress progress, ArchiveLimits limits)
			throws IOException, FormatException, CorpusException {
		if (!Files.isRegularFile(zip)) {
			throw new FormatException(zip, "no such file");
		}
		ExportSummary summary = new ExportSummary(corpusDirectory);
		NewCorpusFolder.<FormatException> create(corpusDirectory, staging -> {
			unzip(zip, staging, limits);
			verify(zip, staging, summary, progress);
		});
		return summary;
	}

	private static void unzip(Path zip, Path folder, ArchiveLimits limits) throws IOException, FormatException {
		boolean corpusFile = false;
		try (BoundedZip archive = new BoundedZip(zip, limits)) {
			for (ZipEntry entry : archive.entries()) {
				String name = entry.getName();
				if (entry.isDirectory() && name.equals(CorpusLayout.DOCUMENTS_FOLDER + "/")) {
					continue;
				}
				Path destination = folder.resolve(name).normalize();
				if (!(name.equals(CorpusLayout.CORPUS_FILE) || DOCUMENT_ENTRY.matcher(name).matches()) || !destination.startsWith(folder)) {
					throw new FormatException(zip, "entry \"" + name + "\" is not part of a Collatio corpus (corpus.xmi, documents/ID.txt, documents/ID.xmi)");
				}
				corpusFile |= name.equals(CorpusLayout.CORPUS_FILE);
				Files.createDirectories(destination.getParent());
				archive.copy(entry, name.endsWith(".txt") ? limits.textBytes() : limits.xmiBytes(), destination);
			}
		}
		if (!corpusFile) {
			throw new FormatException(zip, "has no " + CorpusLayout.CORPUS_FILE + ": not a Collatio corpus archive");
		}
	}

	private static void verify(Path zip, Path folder, ExportSummary summary, Progress progress) throws FormatException {
		try (CorpusStore store = CorpusStore.open(folder)) {
			progress.begin("Verify the imported corpus", store.getCorpus().getDocuments().size());
			for (Document document : store.getCorpus().getDocuments()) {
				progress.checkCanceled();
				DocumentContent content = store.getContent(document);
				if (content.getText().length() != document.getLength()) {
					throw new FormatException(zip, "document " + document.getId() + ": its text has " + content.getText().length()
							+ " UTF-16 units, corpus.xmi says " + document.getLength());
				}
				summary.count("documents", 1).count("spans", content.getSpans().size()).count("claims", content.getClaims().size());
				store.unloadContent(document);
				progress.worked(document.getId());
			}
			for (ClaimRelation relation : store.getCorpus().getRelations()) {
				if (relation.getSource() == null || relation.getSource().eIsProxy() || relation.getTarget() == null || relation.getTarget().eIsProxy()) {
					throw new FormatException(zip, "relation " + relation.getId() + " refers to a claim the archive does not hold");
				}
			}
			summary.count("relations", store.getCorpus().getRelations().size());
		} catch (CorpusException e) {
			String inside = e.getFile() == null ? "" : folder.relativize(e.getFile().toAbsolutePath()).toString();
			String message = e.getMessage().startsWith(String.valueOf(e.getFile())) ? e.getMessage().substring(String.valueOf(e.getFile()).length())
					: ": " + e.getMessage();
			throw new FormatException(zip, "damaged: " + inside + message, e);
		}
	}
}
