/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.merge;

/** Which of the three versions, as messages name it. */
enum Side {
	BASE("the base version"), MINE("my version"), THEIRS("their version");

	private final String label;

	Side(String label) {
		this.label = label;
	}

	@Override
	public String toString() {
		return label;
	}
}
