/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search.ui;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.search.CorpusIndex;
import org.collatio.ui.session.CorpusSession;
import org.collatio.ui.session.WorkbenchSingletonFactory;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.services.IServiceLocator;

/** Provides the one {@link SearchService} of the workbench. */
public final class SearchServiceFactory extends WorkbenchSingletonFactory<SearchService> {

	public SearchServiceFactory() {
		super(SearchService.class);
	}

	@Override
	protected SearchService create(IServiceLocator locator) {
		return new Service(locator.getService(CorpusSession.class));
	}

	/** One index is opened or closed at a time: the next corpus's index waits for the last one's writer to close. */
	private static final ISchedulingRule INDEX_FOLDERS = new org.collatio.ui.views.MutexRule();

	/** Its fields are the UI thread's; the jobs get what they need as arguments. */
	private static final class Service implements SearchService {
		private final CorpusSession session;
		private CorpusStore indexed;
		private CorpusIndex index;
		private CompletableFuture<CorpusIndex> opening;
		private Job openJob;

		Service(CorpusSession session) {
			this.session = session;
			// the index is opened with the corpus and follows every save from then on
			session.addListener(store -> {
				if (store != indexed) {
					close();
					if (store != null) {
						index();
					}
				}
			});
			if (session.getStore() != null) {
				index();
			}
		}

		@Override
		public CompletableFuture<CorpusIndex> index() {
			CorpusStore store = session.getStore();
			if (store == null) {
				return null;
			}
			if (opening != null && indexed == store) {
				return opening;
			}
			close();
			// on the UI thread: copies the document metadata and names, follows saves from now on
			CorpusIndex created = CorpusIndex.create(store);
			created.setFailureHandler(e -> ILog.of(SearchService.class).error(e.getMessage(), e));
			CompletableFuture<CorpusIndex> future = new CompletableFuture<>();
			Job job = new IndexJob("Opening the search index") {
				@Override
				protected IStatus run(IProgressMonitor monitor) {
					try {
						created.load(monitor);
						if (created.getRebuildReason() != null) {
							ILog.of(SearchService.class).info(created.getRebuildReason());
						}
						future.complete(created);
						return Status.OK_STATUS;
					} catch (OperationCanceledException e) {
						future.cancel(false);
						return Status.CANCEL_STATUS;
					} catch (CorpusException | RuntimeException e) {
						future.completeExceptionally(e);
						ILog.of(SearchService.class).warn("The search index could not be opened: " + e.getMessage(), e);
						return Status.OK_STATUS; // the search view says it; no dialog
					}
				}
			};
			job.setPriority(Job.LONG);
			// after the claim index, which the views the researcher sees first are filled from
			job.setRule(org.eclipse.core.runtime.jobs.MultiRule.combine(INDEX_FOLDERS,
					org.collatio.ui.views.CorpusReadingRule.of(store.getLayout().directory())));
			job.schedule();
			indexed = store;
			index = created;
			opening = future;
			openJob = job;
			return future;
		}

		@Override
		public void close() {
			if (index == null) {
				return;
			}
			CorpusIndex old = index;
			openJob.cancel();
			Job job = new IndexJob("Closing the search index") {
				@Override
				protected IStatus run(IProgressMonitor monitor) {
					try {
						old.close(); // after the open job (same rule); commits the updates still queued
					} catch (IOException | RuntimeException e) {
						ILog.of(SearchService.class).warn("Closing the search index: " + e.getMessage(), e);
					}
					return Status.OK_STATUS;
				}
			};
			job.setSystem(true);
			job.schedule();
			index = null;
			indexed = null;
			opening = null;
			openJob = null;
		}
	}

	/** A job on the index folder: one at a time, in {@link SearchService#FAMILY}. */
	private abstract static class IndexJob extends Job {
		IndexJob(String name) {
			super(name);
			setRule(INDEX_FOLDERS);
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == SearchService.FAMILY;
		}
	}
}
