/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.collatio.core.derived.ClaimIndex;
import org.collatio.core.derived.DocumentRecords;
import org.collatio.core.derived.Records;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.widgets.Display;

/**
 * Keeps the claim index of the open corpus for the views (see ARCHITECTURE.md, "derived data"):
 * <ul>
 * <li>when the corpus opens, a job reads {@code derived/claims.json} and reads again only the
 * annotation files that changed since (never the live model), then hands the index to the UI
 * thread; until then {@link #current()} is null and the views show that they are updating;</li>
 * <li>after a save, the records of the documents written are taken from the model on the UI thread
 * (time proportional to those documents) and the file is written again in a job, a little later;</li>
 * <li>{@link #current()} overlays the records of the documents changed and not yet saved, taken from
 * the model (time proportional to those documents).</li>
 * </ul>
 * Lives on the UI thread; its jobs read files and an immutable index only.
 */
final class ClaimIndexKeeper {

	/** The family of the keeper's jobs (tests and the benchmark wait for it). */
	static final Object FAMILY = ClaimIndexKeeper.class;
	private static final int PERSIST_DELAY_MILLIS = 3000;

	private final CorpusStore store;
	private final Display display;
	private final Runnable ready;
	private final Consumer<CorpusStore.SaveEvent> saveListener = this::saved;
	/** Records taken at saves while the first read was running: newer than what it read. */
	private final Map<String, DocumentRecords> savedMeanwhile = new HashMap<>();
	private ClaimIndex base;
	private boolean disposed;
	private final Job load;
	private final Job persist;

	/** {@code ready} is run on the UI thread when the index is read, and when it changes without a command (a save). */
	ClaimIndexKeeper(CorpusStore store, Display display, Runnable ready) {
		this.store = store;
		this.display = display;
		this.ready = ready;
		store.addSaveListener(saveListener);
		List<String> ids = store.getCorpus().getDocuments().stream().map(Document::getId).toList();
		load = new KeeperJob("Reading the claims of " + ids.size() + " documents") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				List<String> problems = new ArrayList<>();
				ClaimIndex read;
				try {
					read = ClaimIndex.read(store.getLayout()).refresh(store.getLayout(), ids, true, problems, monitor);
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				}
				problems.forEach(problem -> ILog.of(ClaimIndexKeeper.class).warn("Left out of the views, damaged: " + problem));
				if (!display.isDisposed()) {
					display.asyncExec(() -> loaded(read));
				}
				return Status.OK_STATUS;
			}
		};
		persist = new KeeperJob("Saving the claim index") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				ClaimIndex snapshot = snapshotForPersist;
				if (snapshot != null && !store.isReadOnly() && !store.isClosed()) {
					try {
						snapshot.write(store.getLayout());
					} catch (IOException e) {
						// derived data: read again from the annotation files next time
						ILog.of(ClaimIndexKeeper.class).warn("The claim index could not be written: " + e.getMessage(), e);
					}
				}
				return Status.OK_STATUS;
			}
		};
		load.setPriority(Job.LONG);
		load.setRule(org.collatio.ui.views.CorpusReadingRule.of(store.getLayout().directory()));
		load.schedule();
	}

	private volatile ClaimIndex snapshotForPersist;

	private void loaded(ClaimIndex read) {
		if (disposed) {
			return;
		}
		base = read.with(savedMeanwhile.values());
		savedMeanwhile.clear();
		persistSoon();
		ready.run();
	}

	/**
	 * The claim index of the corpus as the model stands, unsaved changes included; null while the
	 * first read is running. UI thread; costs time proportional to the documents changed since the
	 * last save.
	 */
	ClaimIndex current() {
		if (base == null) {
			return null;
		}
		List<DocumentRecords> live = new ArrayList<>();
		for (Resource resource : store.getResourceSet().getResources()) {
			if (resource.isModified() && !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof DocumentContent content
					&& content.getDocument() != null) {
				live.add(Records.of(content.getDocument().getId(), content, Records.LIVE));
			}
		}
		return base.with(live);
	}

	private void saved(CorpusStore.SaveEvent event) {
		if (Display.getCurrent() != display) {
			// a save on a worker thread (the import wizard): its documents are taken on the UI thread
			display.asyncExec(() -> saved(event));
			return;
		}
		if (disposed || store.isClosed()) {
			return;
		}
		List<DocumentRecords> written = new ArrayList<>();
		for (Document document : event.documents()) {
			if (store.isContentLoaded(document)) {
				try {
					DocumentContent content = store.getContent(document);
					// changed again since it was serialised (a save written in the background): the
					// records are ahead of the file, so they are not stamped with it (and not persisted)
					boolean ahead = content.eResource() != null && content.eResource().isModified();
					written.add(Records.of(document.getId(), content,
							ahead ? Records.LIVE : Records.stamp(store.getLayout().contentFile(document.getId()))));
				} catch (org.collatio.core.store.CorpusException e) {
					// cannot happen for a loaded document; the next open reads the file again
				}
			}
		}
		if (base == null) {
			written.forEach(r -> savedMeanwhile.put(r.documentId(), r));
			return;
		}
		List<String> ids = store.getCorpus().getDocuments().stream().map(Document::getId).toList();
		base = base.with(written).retain(java.util.Set.copyOf(ids));
		persistSoon();
		if (event.corpusFileWritten()) {
			ready.run(); // documents added or removed (an import): the views follow
		}
	}

	private void persistSoon() {
		snapshotForPersist = base;
		persist.cancel();
		persist.schedule(PERSIST_DELAY_MILLIS);
	}

	/** Stops listening; the last index is written now if it was not yet (the corpus is closing). */
	void dispose() {
		disposed = true;
		store.removeSaveListener(saveListener);
		load.cancel();
		if (persist.getState() == Job.SLEEPING && snapshotForPersist != null && !store.isReadOnly()) {
			persist.cancel();
			try {
				snapshotForPersist.write(store.getLayout()); // before the lock is released
			} catch (IOException e) {
				// derived data
			}
		}
	}

	/** A job of the keeper's family. */
	private abstract static class KeeperJob extends Job {
		KeeperJob(String name) {
			super(name);
			setSystem(false);
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == FAMILY || family == org.collatio.ui.views.Recomputation.FAMILY; // what the views wait for
		}
	}
}
