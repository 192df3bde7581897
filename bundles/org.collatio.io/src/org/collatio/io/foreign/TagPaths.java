/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io.foreign;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.collatio.model.CollatioFactory;
import org.collatio.model.Corpus;
import org.collatio.model.Tag;
import org.collatio.model.TagSet;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The tags of an import, found or made by path: a tag set of the same name and, level by level, a
 * tag of the same name are reused; what is missing is created (a new tag's code is its name, so
 * that exporting again writes the value that was read; its colour the code book's, else one of a
 * small palette). Counts what it creates.
 */
final class TagPaths {

	private static final String[] PALETTE = { "#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F", "#EDC948", "#B07AA1", "#FF9DA7", "#9C755F",
			"#BAB0AC" };

	private final Corpus corpus;
	private final Map<String, Tag> known = new HashMap<>();
	private final Map<List<String>, String> colours = new HashMap<>();
	private int tagsCreated;
	private int setsCreated;

	TagPaths(Corpus corpus) {
		this.corpus = corpus;
	}

	void colour(List<String> path, String colour) {
		if (colour != null) {
			colours.put(path, colour);
		}
	}

	Tag get(String tagSetName, List<String> path) {
		String key = tagSetName + "\u0000" + String.join("\u0000", path);
		Tag tag = known.get(key);
		if (tag == null) {
			tag = find(tagSetName, path);
			known.put(key, tag);
		}
		return tag;
	}

	private Tag find(String tagSetName, List<String> path) {
		TagSet set = corpus.getTagSets().stream().filter(s -> tagSetName.equals(s.getName())).findFirst().orElse(null);
		if (set == null) {
			set = CollatioFactory.eINSTANCE.createTagSet();
			set.setId("tagset-" + EcoreUtil.generateUUID());
			set.setName(tagSetName);
			set.setDescription("Imported");
			corpus.getTagSets().add(set);
			setsCreated++;
		}
		EList<Tag> level = set.getTags();
		Tag tag = null;
		for (int i = 0; i < path.size(); i++) {
			String name = path.get(i);
			Tag found = level.stream().filter(t -> name.equals(t.getName())).findFirst().orElse(null);
			if (found == null) {
				found = CollatioFactory.eINSTANCE.createTag();
				found.setId("tag-" + EcoreUtil.generateUUID());
				found.setName(name);
				found.setCode(name);
				String colour = colours.get(path.subList(0, i + 1));
				found.setColor(colour != null ? colour : PALETTE[(tagsCreated + setsCreated) % PALETTE.length]);
				level.add(found);
				tagsCreated++;
			}
			tag = found;
			level = found.getChildren();
		}
		return tag;
	}

	int tagsCreated() {
		return tagsCreated;
	}

	int setsCreated() {
		return setsCreated;
	}
}
