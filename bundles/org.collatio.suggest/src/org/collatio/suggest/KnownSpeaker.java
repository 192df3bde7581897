/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.suggest;

import java.util.List;

/**
 * An entity of the corpus that may speak, as plain values (a snapshot, so suggesting runs on any
 * thread): its id, name and aliases.
 */
public record KnownSpeaker(String id, String name, List<String> aliases) {

	public KnownSpeaker {
		aliases = List.copyOf(aliases);
	}
}
