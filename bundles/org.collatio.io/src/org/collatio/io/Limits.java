/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

/** Sizes in messages: "20 MiB", "256 MiB", "2 GiB", "1,000 bytes". */
final class Limits {

	private static final long MIB = 1024L * 1024;

	private Limits() {
	}

	static String describe(long bytes) {
		if (bytes >= 1024 * MIB && bytes % (1024 * MIB) == 0) {
			return bytes / (1024 * MIB) + " GiB";
		}
		if (bytes >= MIB && bytes % MIB == 0) {
			return bytes / MIB + " MiB";
		}
		return String.format(java.util.Locale.ROOT, "%,d bytes", bytes);
	}
}
