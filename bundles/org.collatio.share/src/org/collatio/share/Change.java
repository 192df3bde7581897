/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share;

/** A file added, modified or deleted between two versions (path relative to the corpus, with '/'). */
record Change(String path, Kind kind) {

	enum Kind {
		ADDED, MODIFIED, DELETED
	}
}
