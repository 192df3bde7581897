/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.imports;

import java.util.Map;

/**
 * How to import: the largest file accepted, and metadata for files by name (a catalogue, see
 * {@link MetadataFiles}).
 */
public record ImportOptions(long maxBytes, Map<String, ArticleMetadata> catalogue) {

	/** 20 MiB: far beyond any news article, and what the editor still handles comfortably. */
	public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

	public static ImportOptions defaults() {
		return new ImportOptions(DEFAULT_MAX_BYTES, Map.of());
	}

	public ImportOptions withCatalogue(Map<String, ArticleMetadata> newCatalogue) {
		return new ImportOptions(maxBytes, Map.copyOf(newCatalogue));
	}

	public ImportOptions withMaxBytes(long newMaxBytes) {
		return new ImportOptions(newMaxBytes, catalogue);
	}
}
