/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.derived;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.collatio.core.store.CorpusLayout;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Every claim and mention of a corpus as plain records ({@link ClaimRecord}, {@link MentionRecord}),
 * kept per document. Immutable: a change gives a new index that shares the records of every other
 * document, so a job can read one while the UI thread makes the next; an edit of one document costs
 * work proportional to that document. Persisted in the corpus folder ({@code derived/claims.json},
 * derived, rebuilt when missing), so that opening a corpus reads this one file instead of every
 * annotated document; each document's records carry the stamp of the annotation file they were read
 * from, and {@link #refresh} reads again only the files whose stamp changed.
 */
public final class ClaimIndex {

	/** The file, in the corpus's index folder. */
	public static final String FILE_NAME = "claims.json";

	private static final ClaimIndex EMPTY = new ClaimIndex(Map.of());

	private final Map<String, DocumentRecords> documents;

	private ClaimIndex(Map<String, DocumentRecords> documents) {
		this.documents = documents;
	}

	public static ClaimIndex empty() {
		return EMPTY;
	}

	/** The records of a document, or null when the index has none. */
	public DocumentRecords get(String documentId) {
		return documents.get(documentId);
	}

	/** The documents with records. */
	public Set<String> documentIds() {
		return documents.keySet();
	}

	/** Every claim, document by document in no particular order. */
	public List<ClaimRecord> claims() {
		List<ClaimRecord> all = new ArrayList<>();
		documents.values().forEach(d -> all.addAll(d.claims()));
		return all;
	}

	/** Every claim of the given documents, in their order (the corpus's), each document's in its own. */
	public List<ClaimRecord> claimsInOrder(List<String> documentIds) {
		List<ClaimRecord> all = new ArrayList<>();
		for (String id : documentIds) {
			DocumentRecords records = documents.get(id);
			if (records != null) {
				all.addAll(records.claims());
			}
		}
		return all;
	}

	/**
	 * The claims of the documents in that order, as a read-only view: built in time proportional to
	 * the number of documents (nothing is copied), so a snapshot on the UI thread stays cheap at any
	 * number of claims. The index is immutable, so the view never changes.
	 */
	public List<ClaimRecord> claimsView(List<String> documentIds) {
		List<List<ClaimRecord>> parts = new ArrayList<>();
		for (String id : documentIds) {
			DocumentRecords records = documents.get(id);
			if (records != null && !records.claims().isEmpty()) {
				parts.add(records.claims());
			}
		}
		int[] starts = new int[parts.size() + 1];
		for (int i = 0; i < parts.size(); i++) {
			starts[i + 1] = starts[i] + parts.get(i).size();
		}
		return new java.util.AbstractList<>() {
			@Override
			public ClaimRecord get(int index) {
				java.util.Objects.checkIndex(index, starts[starts.length - 1]);
				int part = java.util.Arrays.binarySearch(starts, index);
				part = part >= 0 ? part : -part - 2;
				while (starts[part + 1] == index) {
					part++; // never an empty part, but be exact at the boundaries
				}
				return parts.get(part).get(index - starts[part]);
			}

			@Override
			public int size() {
				return starts[starts.length - 1];
			}

			@Override
			public java.util.Iterator<ClaimRecord> iterator() {
				return parts.stream().flatMap(List::stream).iterator();
			}
		};
	}

	/** Every mention. */
	public List<MentionRecord> mentions() {
		List<MentionRecord> all = new ArrayList<>();
		documents.values().forEach(d -> all.addAll(d.mentions()));
		return all;
	}

	public int claimCount() {
		return documents.values().stream().mapToInt(d -> d.claims().size()).sum();
	}

	/** This index with the records of some documents replaced. */
	public ClaimIndex with(Collection<DocumentRecords> changed) {
		if (changed.isEmpty()) {
			return this;
		}
		Map<String, DocumentRecords> copy = new HashMap<>(documents);
		changed.forEach(d -> copy.put(d.documentId(), d));
		return new ClaimIndex(Collections.unmodifiableMap(copy));
	}

	/** This index with only the given documents (others, removed from the corpus, are dropped). */
	public ClaimIndex retain(Set<String> documentIds) {
		if (documentIds.containsAll(documents.keySet())) {
			return this;
		}
		Map<String, DocumentRecords> copy = new HashMap<>(documents);
		copy.keySet().retainAll(documentIds);
		return new ClaimIndex(Collections.unmodifiableMap(copy));
	}

	/**
	 * Brings the index up to date with the annotation files of {@code documentIds}: a document whose
	 * file's stamp differs from its records' is read again from its files (in a private resource set,
	 * never the live model), one without an annotation file has no records. Records taken from the
	 * live model ({@link Records#LIVE}) are kept unless {@code replaceLive}. Runs on any thread; a
	 * damaged file is skipped and named in {@code problems}. Cancellable.
	 */
	public ClaimIndex refresh(CorpusLayout layout, Collection<String> documentIds, boolean replaceLive, List<String> problems,
			IProgressMonitor monitor) {
		List<String> stale = new ArrayList<>();
		List<DocumentRecords> unannotated = new ArrayList<>();
		for (String id : documentIds) {
			DocumentRecords known = documents.get(id);
			if (known != null && Records.LIVE.equals(known.stamp()) && !replaceLive) {
				continue;
			}
			String stamp = Records.stamp(layout.contentFile(id));
			if (stamp == null) {
				if (known != null) {
					unannotated.add(new DocumentRecords(id, "", List.of(), List.of()));
				}
			} else if (known == null || !stamp.equals(known.stamp())) {
				stale.add(id);
			}
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Reading the claims of " + stale.size() + " documents", stale.size());
		List<DocumentRecords> read = new ArrayList<>(unannotated);
		try (RecordReader reader = new RecordReader(layout)) {
			for (String id : stale) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				try {
					read.add(reader.read(id));
				} catch (IOException | RuntimeException e) {
					problems.add(layout.contentFile(id) + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
				}
				progress.worked(1);
			}
		}
		return with(read).retain(Set.copyOf(documentIds));
	}

	/**
	 * The index of a store's annotations read through the store, on the thread that owns it (the
	 * command line, tests): every document that has annotations is loaded. A damaged document is left
	 * out and named by {@link org.collatio.core.store.CorpusStore#getDamaged()}.
	 */
	public static ClaimIndex of(org.collatio.core.store.CorpusStore store) {
		List<DocumentRecords> records = new ArrayList<>();
		for (org.collatio.model.Document document : store.getCorpus().getDocuments()) {
			if (store.hasAnnotations(document)) {
				try {
					records.add(Records.of(document.getId(), store.getContent(document), Records.LIVE));
				} catch (org.collatio.core.store.CorpusException e) {
					// left out and named by store.getDamaged()
				}
			}
		}
		return EMPTY.with(records);
	}

	/** Reads the index file; an empty index when it is missing or unreadable (it is then rebuilt). */
	public static ClaimIndex read(CorpusLayout layout) {
		Path file = layout.claimIndexFile();
		if (!Files.isRegularFile(file)) {
			return EMPTY;
		}
		try {
			Map<String, DocumentRecords> documents = new HashMap<>();
			for (DocumentRecords records : ClaimIndexFile.read(file)) {
				documents.put(records.documentId(), records);
			}
			return new ClaimIndex(Collections.unmodifiableMap(documents));
		} catch (IOException | RuntimeException e) {
			return EMPTY; // derived data: rebuilt from the annotation files
		}
	}

	/** Writes the index file atomically; records taken from the live model are not written (they are not on disk yet). */
	public void write(CorpusLayout layout) throws IOException {
		List<DocumentRecords> saved = documents.values().stream().filter(d -> !Records.LIVE.equals(d.stamp())).toList();
		ClaimIndexFile.write(layout.claimIndexFile(), saved);
	}
}
