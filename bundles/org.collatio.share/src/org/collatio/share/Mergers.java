/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share;

import org.collatio.share.merge.ModelMerge;
import org.collatio.share.merge.XmiMerger;

/**
 * The merger a sync uses for XMI files changed on both sides: the one place the command line and
 * the workbench get it from.
 */
public final class Mergers {

	private Mergers() {
	}

	/** The standard merger: the three-way merge of XMI files by object id ({@link ModelMerge}). */
	public static XmiMerger standard() {
		return new ModelMerge();
	}
}
