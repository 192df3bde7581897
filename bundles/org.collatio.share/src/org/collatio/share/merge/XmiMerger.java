/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.merge;

/**
 * Merges three versions of one of a corpus's XMI files (corpus.xmi, or a layer's annotation file):
 * the common base, mine and theirs. Objects are matched by id; what both sides added is kept, a
 * change on one side wins, the same field changed differently on both sides (or a deletion against
 * an edit) is a {@link Conflict}, kept in the outcome to be resolved by the user.
 */
public interface XmiMerger {

	/**
	 * @param path the file's path in the corpus folder, with '/' ("corpus.xmi", "documents/a@bob.xmi")
	 * @param base the common ancestor's bytes, or null when the file did not exist then
	 * @param mine my version's bytes, or null when I deleted it
	 * @param theirs their version's bytes, or null when they deleted it
	 */
	MergeOutcome merge(String path, byte[] base, byte[] mine, byte[] theirs) throws MergeException;
}
