/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.views;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/** A scheduling rule that lets the jobs holding it run one at a time, in the order they were scheduled. */
public final class MutexRule implements ISchedulingRule {

	@Override
	public boolean contains(ISchedulingRule rule) {
		return rule == this;
	}

	@Override
	public boolean isConflicting(ISchedulingRule rule) {
		return rule == this;
	}
}
