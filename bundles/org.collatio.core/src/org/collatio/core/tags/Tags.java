/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.tags;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.collatio.model.Corpus;
import org.collatio.model.Tag;
import org.collatio.model.TagSet;

/** Looking tags up in a corpus's tag sets (depth first, in tag-set order). */
public final class Tags {

	private Tags() {
	}

	/** Every tag of every tag set, parents before their children. */
	public static List<Tag> all(Corpus corpus) {
		List<Tag> tags = new ArrayList<>();
		for (TagSet set : corpus.getTagSets()) {
			set.getTags().forEach(tag -> collect(tag, tags));
		}
		return tags;
	}

	private static void collect(Tag tag, List<Tag> into) {
		into.add(tag);
		tag.getChildren().forEach(child -> collect(child, into));
	}

	/** The tag whose key is {@code key} (case-insensitive). */
	public static Optional<Tag> byKey(Corpus corpus, String key) {
		return all(corpus).stream().filter(tag -> key.equalsIgnoreCase(tag.getKey())).findFirst();
	}

	/** The tag with this id. */
	public static Optional<Tag> byId(Corpus corpus, String id) {
		return all(corpus).stream().filter(tag -> id.equals(tag.getId())).findFirst();
	}
}
