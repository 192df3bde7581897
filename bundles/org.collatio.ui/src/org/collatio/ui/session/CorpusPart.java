/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.ui.session;

/**
 * Marks a view or editor whose changes are commands on the corpus session's editing domain: while
 * one is active, Edit &gt; Undo and Redo act on that command stack.
 */
public interface CorpusPart {
}
