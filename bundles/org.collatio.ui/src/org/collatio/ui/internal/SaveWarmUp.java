/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.internal;

import java.io.OutputStream;
import java.nio.file.Files;

import org.collatio.core.store.CorpusLayout;
import org.collatio.core.store.CorpusStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Warms up the save path when a corpus opens: a job reads corpus.xmi into a private resource set
 * (never the live model) and serialises it a few times to nowhere, so the JIT has compiled EMF's
 * writer before the first auto-save serialises the live corpus.xmi on the UI thread. Measured on
 * the BBC corpus with 19,000 relations (a 4.9 MB corpus.xmi): the first serialisation takes 400-600
 * ms, the fifth 90-130, the tenth 40-60, the fortieth 30-40; without this the first auto-save after a
 * corpus-level change stalled the window for 290 ms. Twelve rounds cost a few seconds of one core
 * in the background.
 * <p>
 * Why the live corpus.xmi is not serialised in a job as well: EMF objects are not safe to read
 * while another thread changes them, and the UI thread changes them without any command (label
 * providers adapt objects as they paint, and adding an adapter re-packs a {@code MinimalEObjectImpl}'s
 * fields), so a background serialisation would need the painting stopped too.
 */
final class SaveWarmUp extends Job {

	private static final int ROUNDS = 12;
	private final CorpusLayout layout;

	private SaveWarmUp(CorpusLayout layout) {
		super("Preparing to save");
		this.layout = layout;
		setSystem(true);
		setPriority(DECORATE);
	}

	static void schedule(CorpusStore store) {
		new SaveWarmUp(store.getLayout()).schedule(8000); // after the views of the opening are filled (they share the two cores)
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		if (!Files.isRegularFile(layout.corpusFile())) {
			return Status.OK_STATUS;
		}
		ResourceSet resources = CorpusStore.newResourceSet();
		try {
			Resource corpus = resources.getResource(layout.corpusUri(), true);
			for (int i = 0; i < ROUNDS && !monitor.isCanceled(); i++) {
				corpus.save(OutputStream.nullOutputStream(), null);
			}
		} catch (Exception e) {
			// only a warm-up: the real save reports its own problems
		} finally {
			resources.getResources().forEach(Resource::unload);
			resources.getResources().clear();
		}
		return Status.OK_STATUS;
	}
}
