/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.merge;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

import org.collatio.share.merge.Fields.Field;
import org.collatio.share.merge.Fields.Kind;
import org.eclipse.emf.ecore.EObject;

/**
 * Keeps what they deleted while the merged version still refers to it (my new claim on a span
 * they deleted): a deletion that would leave a reference into nothing is a conflict, not a loss.
 * References to other files are not checked here: each file is merged on its own.
 */
final class Rescue {

	private final TreeMerge merge;
	/** The objects that go: the doomed ones and what they contain, except what is placed elsewhere. */
	private final Set<EObject> gone = Collections.newSetFromMap(new IdentityHashMap<>());

	Rescue(TreeMerge merge) {
		this.merge = merge;
	}

	void run() {
		if (merge.doomed.isEmpty()) {
			return;
		}
		merge.doomed.forEach(this::markGone);
		Deque<EObject> work = new ArrayDeque<>();
		merge.merged.values().stream().filter(object -> !gone.contains(object)).forEach(work::add);
		while (!work.isEmpty()) {
			EObject object = work.poll();
			for (Field field : Fields.of(object.eClass())) {
				if (field.kind() != Kind.LINKS && !(field.kind() == Kind.VALUE && field.isReference())) {
					continue;
				}
				for (EObject target : Values.basic(object, field.feature())) {
					if (gone.contains(target)) {
						keep(target, work);
					}
				}
			}
		}
	}

	private void markGone(EObject object) {
		if (merge.placements.containsKey(object)) {
			return; // moved out before its container went
		}
		gone.add(object);
		for (Field field : Fields.of(object.eClass())) {
			if (field.kind() == Kind.CHILDREN) {
				Values.basic(object, field.feature()).forEach(this::markGone);
			}
		}
	}

	/** The doomed object that holds a target stays, with all it holds; that is reported. */
	private void keep(EObject target, Deque<EObject> work) {
		EObject doomed = target;
		while (!merge.doomed.contains(doomed)) {
			doomed = doomed.eContainer();
		}
		merge.doomed.remove(doomed);
		merge.conflict(doomed, null, Values.describe(merge.base.get(ObjectKey.of(doomed))), Values.describe(doomed), null);
		unmark(doomed, work);
	}

	private void unmark(EObject object, Deque<EObject> work) {
		if (!gone.remove(object)) {
			return;
		}
		work.add(object);
		for (Field field : Fields.of(object.eClass())) {
			if (field.kind() == Kind.CHILDREN) {
				Values.basic(object, field.feature()).forEach(child -> unmark(child, work));
			}
		}
	}
}
