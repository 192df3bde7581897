/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.store;

import java.nio.file.Path;

/** Another process (or another store in this one) has the corpus open. */
public class CorpusLockedException extends CorpusException {

	private static final long serialVersionUID = 1L;

	public CorpusLockedException(Path lockFile, String holder) {
		super(lockFile, "the corpus is already open in another Collatio process" + (holder.isBlank() ? "" : " (" + holder + ")")
				+ "; close it there first");
	}
}
