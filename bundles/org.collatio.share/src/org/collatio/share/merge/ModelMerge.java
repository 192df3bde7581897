/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.merge;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The three-way merge of one of a corpus's XMI files by object id, in EMF alone (no Git): corpus.xmi
 * (tag sets, entities, propositions, relations, document metadata, coders) or a layer's annotation
 * file (spans, claims, mentions). Each version is read apart, at its place in a corpus folder that
 * does not exist, so references to other files stay exactly as written and are never resolved.
 * <ul>
 * <li>Objects are matched by class and id. Added on one side: kept; on both: merged field by field
 * (with no base, any difference conflicts). Deleted on one side and unchanged (with all it contains)
 * on the other: deleted; changed on the other: a {@link Conflict} without feature, and the object is
 * kept with the change. An object still referred to in the file is never deleted (a conflict too).</li>
 * <li>A single value or reference (compared by target id or URI): one side's change wins; the same
 * change is fine; different changes conflict and the merged file holds mine. A time stamp of the
 * last change ({@code modified}) takes the later one.</li>
 * <li>Several values or references (Entity.aliases, SpanAnnotation.tags, Claim.spans): merged as sets,
 * in the base's order without what either side removed, then my additions, then theirs.</li>
 * <li>Contained objects with ids: my order; what they added goes after the object it follows in their
 * list. An object moved by one side (a tag re-parented) moves; moved differently by both: a conflict.</li>
 * <li>Contained objects without ids (Document.boilerplate): the whole list as one value.</li>
 * <li>Transient features (a document's content and text) are not in the files and not merged.</li>
 * </ul>
 * The merged file is written as the store writes it ({@code CollatioResource}, its own save options),
 * so a version nobody else changed comes back byte for byte. A version that is not a Collatio XMI
 * file, or is damaged, fails the whole merge with a {@link MergeException}. Stateless and
 * thread-safe: each merge reads its versions into resource sets of its own.
 */
public final class ModelMerge implements XmiMerger {

	@Override
	public MergeOutcome merge(String path, byte[] base, byte[] mine, byte[] theirs) throws MergeException {
		Objects.requireNonNull(path, "path");
		if (!path.endsWith(".xmi")) {
			throw new MergeException(path + ": not an XMI file; only corpus.xmi and annotation files are merged by object");
		}
		XmiVersion[] versions = Reading.all(path, base, mine, theirs);
		XmiVersion old = versions[0] == null ? XmiVersion.none(path) : versions[0];
		XmiVersion my = versions[1];
		XmiVersion their = versions[2];
		checkSameKind(path, old, my, their);
		if (my == null || their == null) {
			return oneSideOnly(path, old, my == null ? their : my, my == null ? theirs : mine, my == null);
		}
		if (Arrays.equals(mine, theirs) || Arrays.equals(theirs, base)) {
			return new MergeOutcome(mine, List.of());
		}
		if (Arrays.equals(mine, base)) {
			return new MergeOutcome(theirs, List.of());
		}
		List<Conflict> conflicts = new TreeMerge(path, old, my, their).run();
		return new MergeOutcome(my.save(path), conflicts);
	}

	private static void checkSameKind(String path, XmiVersion... versions) throws MergeException {
		String kind = null;
		for (XmiVersion version : versions) {
			if (version == null || version.root() == null) {
				continue;
			}
			String name = version.root().eClass().getName();
			if (kind != null && !kind.equals(name)) {
				throw new MergeException(path + ": the versions are different kinds of file (" + kind + ", " + name + ")");
			}
			kind = name;
		}
	}

	/**
	 * The file is gone on one side (or on both). Deleted and left unchanged on the other side:
	 * deleted. Deleted and changed on the other side: kept as changed, with a conflict about the file.
	 */
	private static MergeOutcome oneSideOnly(String path, XmiVersion old, XmiVersion kept, byte[] keptBytes, boolean iDeleted) {
		if (kept == null) {
			return new MergeOutcome(null, List.of());
		}
		if (old.root() == null) {
			return new MergeOutcome(keptBytes, List.of()); // added on one side only
		}
		if (!TreeMerge.changed(old, old.root(), kept.root())) {
			return new MergeOutcome(null, List.of());
		}
		String was = Values.describe(old.root());
		String now = Values.describe(kept.root());
		Conflict conflict = new Conflict(path, kept.root().eClass().getName(), null, null, was, iDeleted ? null : now, iDeleted ? now : null);
		return new MergeOutcome(keptBytes, List.of(conflict));
	}
}
