/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.imports;

import java.util.Locale;

/** File sizes in words a user can compare: never "20.0 MB, the limit is 20.0 MB". */
public final class Sizes {

	private Sizes() {
	}

	/** "21.3 MB, the limit is 20.0 MB", or in bytes when the two would read the same. */
	public static String over(long size, long limit) {
		String a = megabytes(size);
		String b = megabytes(limit);
		if (a.equals(b)) {
			return String.format(Locale.ROOT, "%,d bytes, the limit is %,d bytes (%s)", size, limit, b);
		}
		return a + ", the limit is " + b;
	}

	/** One decimal, in MB of 1,048,576 bytes. */
	public static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
	}
}
