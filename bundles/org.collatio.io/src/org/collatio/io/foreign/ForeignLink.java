/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.foreign;

import java.util.Map;

/**
 * A relation between two spans of one document as another tool wrote it (an INCEpTION relation
 * layer's Governor/Dependent, a brat relation or a two-argument event, a REFI-QDA link between
 * selections), before mapping.
 */
public record ForeignLink(String id, String layer, String fromSpanId, String toSpanId, Map<String, String> features) {

	public ForeignLink {
		features = Map.copyOf(features);
	}
}
