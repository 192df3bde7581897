/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.merge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.collatio.share.merge.TreeMerge.Containment;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * Membership and order of the lists of contained objects that changed: my order, without what
 * goes, and each object placed from their version after the object it follows in their list (the
 * nearest one that is also in mine; or at the start when none does) and after my own additions that
 * follow that object. So what they inserted lands where they put it, and what both sides appended is
 * appended, mine first, then theirs in their order.
 */
final class ListOrder {

	private record ListRef(EObject container, EReference feature) {
	}

	private final TreeMerge merge;

	ListOrder(TreeMerge merge) {
		this.merge = merge;
	}

	void apply() {
		Map<ListRef, Set<EObject>> incoming = new LinkedHashMap<>(); // EObjects are equal when identical
		for (Map.Entry<EObject, Containment> placement : placements()) {
			EObject container = merge.merged.get(placement.getValue().parent());
			incoming.computeIfAbsent(new ListRef(container, placement.getValue().feature()), k -> new LinkedHashSet<>())
					.add(placement.getKey());
		}
		Set<ListRef> lists = new LinkedHashSet<>(incoming.keySet());
		for (EObject doomed : merge.doomed) {
			lists.add(new ListRef(doomed.eContainer(), doomed.eContainmentFeature()));
		}
		for (ListRef list : lists) {
			rebuild(list, incoming.getOrDefault(list, Set.of()));
		}
	}

	/** The placements, once every container they go into is in the merged version. */
	private List<Map.Entry<EObject, Containment>> placements() {
		boolean more = true;
		while (more) {
			more = false;
			for (Containment place : List.copyOf(merge.placements.values())) {
				if (!merge.merged.containsKey(place.parent())) {
					merge.ensure(merge.theirs.get(place.parent()));
					more = true;
				}
			}
		}
		return new ArrayList<>(merge.placements.entrySet());
	}

	private boolean isMyAddition(EObject object) {
		ObjectKey key = ObjectKey.of(object);
		return merge.base.get(key) == null && merge.theirs.get(key) == null;
	}

	@SuppressWarnings("unchecked")
	private void rebuild(ListRef ref, Set<EObject> incoming) {
		EList<EObject> list = (EList<EObject>) ref.container().eGet(ref.feature());
		List<EObject> current = List.copyOf(Values.basic(ref.container(), ref.feature()));
		Set<EObject> staying = Collections.newSetFromMap(new IdentityHashMap<>());
		current.stream().filter(object -> !merge.doomed.contains(object) && !merge.placements.containsKey(object)).forEach(staying::add);
		List<EObject> first = new ArrayList<>();
		Map<EObject, List<EObject>> after = new IdentityHashMap<>();
		EObject their = merge.theirs.get(ObjectKey.of(ref.container()));
		EObject anchor = null;
		for (EObject theirObject : their == null ? List.<EObject>of() : Values.basic(their, ref.feature())) {
			EObject object = merge.merged.get(ObjectKey.of(theirObject));
			if (object != null && incoming.contains(object)) {
				(anchor == null ? first : after.computeIfAbsent(anchor, k -> new ArrayList<>())).add(object);
			} else if (object != null && staying.contains(object)) {
				anchor = object;
			}
		}
		// what they placed after an object goes after my own additions that follow it (mine first)
		List<EObject> result = new ArrayList<>(current.size() + incoming.size());
		List<EObject> waiting = new ArrayList<>(first);
		for (EObject object : current) {
			if (!staying.contains(object)) {
				continue;
			}
			if (!waiting.isEmpty() && !isMyAddition(object)) {
				result.addAll(waiting);
				waiting.clear();
			}
			result.add(object);
			waiting.addAll(after.getOrDefault(object, List.of()));
		}
		result.addAll(waiting);
		Set<EObject> placed = Collections.newSetFromMap(new IdentityHashMap<>());
		placed.addAll(result);
		incoming.stream().filter(object -> !placed.contains(object)).forEach(result::add);
		ECollections.setEList(list, result);
	}
}
