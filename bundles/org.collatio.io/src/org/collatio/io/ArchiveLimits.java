/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import org.collatio.core.imports.ImportOptions;

/**
 * How much an archive may unpack to, counted in bytes actually inflated (the sizes an archive
 * declares can lie): each text entry at most {@code textBytes}, each XMI entry (corpus.xmi or a
 * document's annotations) at most {@code xmiBytes}, all entries together at most
 * {@code totalBytes}, at most {@code entries} entries, and no entry (nor the whole archive) inflating
 * to more than {@code ratio} times its compressed size once past {@code ratioFloorBytes}.
 */
public record ArchiveLimits(long textBytes, long xmiBytes, long totalBytes, int entries, int ratio, long ratioFloorBytes) {

	private static final long MIB = 1024L * 1024;

	/**
	 * Texts 20 MiB (as an article import), XMI 256 MiB (a corpus.xmi of a very large corpus), 2 GiB
	 * in all, 500,000 entries, 100 times compression past 1 MiB (real corpora compress 5 to 20 times).
	 */
	public static ArchiveLimits defaults() {
		return new ArchiveLimits(ImportOptions.DEFAULT_MAX_BYTES, 256 * MIB, 2048 * MIB, 500_000, 100, MIB);
	}
}
