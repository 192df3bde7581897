/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share;

import org.collatio.share.merge.MergeException;
import org.collatio.share.merge.MergeOutcome;
import org.collatio.share.merge.XmiMerger;

/**
 * The merger a sync uses for XMI files changed on both sides: the one place the command line and
 * the workbench get it from.
 */
public final class Mergers {

	private Mergers() {
	}

	/**
	 * The standard merger. Until the model merge (issue 14, {@code ModelMerge}) is on main, a
	 * placeholder that refuses every file changed on both sides: such a sync stops with a message
	 * and nothing merged (my work stays committed locally, the next sync tries again). When it lands,
	 * this line becomes {@code return new ModelMerge();}.
	 */
	public static XmiMerger standard() {
		return new Refusing();
	}

	/** Whether {@link #standard()} merges models (false while it is the placeholder). */
	public static boolean mergesModels() {
		return !(standard() instanceof Refusing);
	}

	/** The placeholder: refuses to merge. */
	private static final class Refusing implements XmiMerger {

		@Override
		public MergeOutcome merge(String path, byte[] base, byte[] mine, byte[] theirs) throws MergeException {
			throw new MergeException("not merged: both sides changed " + path + " (this version of Collatio cannot merge it yet)");
		}
	}
}
