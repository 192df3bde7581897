/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.views;

import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * Taken by the jobs that read every file of a corpus when it opens (the claim index the views are
 * filled from, then the search index when it must be built), so that they take turns instead of
 * sharing the cores: the views the researcher sees first are filled first. Two rules conflict when
 * they name the same corpus folder.
 */
public record CorpusReadingRule(Path corpus) implements ISchedulingRule {

	/** The rule of a corpus folder. */
	public static CorpusReadingRule of(Path corpus) {
		return new CorpusReadingRule(corpus.toAbsolutePath().normalize());
	}

	@Override
	public boolean contains(ISchedulingRule rule) {
		return equals(rule);
	}

	@Override
	public boolean isConflicting(ISchedulingRule rule) {
		return equals(rule);
	}
}
