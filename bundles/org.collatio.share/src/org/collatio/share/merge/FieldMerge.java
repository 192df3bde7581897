/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.merge;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.collatio.share.merge.Fields.Field;
import org.collatio.share.merge.Fields.Kind;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Merges the fields of an object both versions have into mine. A single value: one side's change
 * wins, the same change is fine, different changes conflict and mine stays. Several values or
 * references: as sets (the base's order without what either removed, then my additions, then
 * theirs). Contained objects without ids: the whole list, like a single value.
 */
final class FieldMerge {

	private final TreeMerge merge;

	FieldMerge(TreeMerge merge) {
		this.merge = merge;
	}

	/** @param old the base's object, or null when both sides added it */
	void merge(EObject old, EObject my, EObject their) {
		for (Field field : Fields.of(my.eClass())) {
			if (field.kind() == Kind.CHILDREN) {
				continue; // matched object by object
			}
			Object mine = Values.key(my, field);
			Object theirs = Values.key(their, field);
			if (Objects.equals(mine, theirs)) {
				continue;
			}
			Object before = old == null ? Values.ABSENT : Values.key(old, field);
			if (field.kind() == Kind.VALUES || field.kind() == Kind.LINKS) {
				mergeSet(field, my, their, before == Values.ABSENT ? List.of() : (List<?>) before, (List<?>) mine, (List<?>) theirs);
			} else if (Objects.equals(before, mine) || field.latest() && later(theirs, mine)) {
				take(field, my, their);
			} else if (!Objects.equals(before, theirs) && !field.latest()) {
				merge.conflict(my, field.name(), Values.text(old, field), Values.text(my, field), Values.text(their, field));
			}
		}
	}

	private static boolean later(Object theirs, Object mine) {
		return mine == null || theirs instanceof Date date && date.after((Date) mine);
	}

	/** Their value replaces mine. */
	@SuppressWarnings("unchecked")
	private void take(Field field, EObject my, EObject their) {
		EStructuralFeature feature = field.feature();
		if (field.kind() == Kind.PARTS) {
			List<EObject> parts = new ArrayList<>();
			Values.basic(their, feature).forEach(part -> parts.add(merge.copies.copy(part)));
			if (feature.isMany()) {
				EList<EObject> list = (EList<EObject>) my.eGet(feature);
				list.clear();
				list.addAll(parts);
			} else {
				my.eSet(feature, parts.isEmpty() ? null : parts.get(0));
			}
		} else if (field.isReference()) {
			my.eSet(feature, merge.copies.map((EObject) their.eGet(feature, false)));
		} else if (their.eIsSet(feature)) {
			my.eSet(feature, their.eGet(feature));
		} else {
			my.eUnset(feature);
		}
	}

	/** Several values or references, merged as sets; one side unchanged: the other side's list as it is. */
	@SuppressWarnings("unchecked")
	private void mergeSet(Field field, EObject my, EObject their, List<?> before, List<?> mine, List<?> theirs) {
		List<Object> result;
		if (mine.equals(before)) {
			result = new ArrayList<>(theirs);
		} else if (theirs.equals(before)) {
			return;
		} else {
			Set<Object> old = new HashSet<>(before);
			Set<Object> kept = new HashSet<>(mine);
			kept.retainAll(theirs);
			Set<Object> union = new LinkedHashSet<>();
			before.stream().filter(kept::contains).forEach(union::add);
			mine.stream().filter(value -> !old.contains(value)).forEach(union::add);
			theirs.stream().filter(value -> !old.contains(value)).forEach(union::add);
			result = new ArrayList<>(union);
		}
		if (result.equals(mine)) {
			return;
		}
		if (field.kind() == Kind.VALUES) {
			ECollections.setEList((EList<Object>) my.eGet(field.feature()), result);
			return;
		}
		// references: my targets as they are, theirs brought over; never resolved
		Map<Object, EObject> targets = new HashMap<>();
		for (EObject target : Values.basic(their, field.feature())) {
			targets.put(Values.refKey(target), target);
		}
		Map<Object, EObject> myTargets = new HashMap<>();
		for (EObject target : Values.basic(my, field.feature())) {
			myTargets.put(Values.refKey(target), target);
		}
		List<EObject> merged = new ArrayList<>();
		for (Object key : result) {
			EObject target = myTargets.get(key);
			merged.add(target != null ? target : merge.copies.map(targets.get(key)));
		}
		InternalEList<EObject> list = (InternalEList<EObject>) my.eGet(field.feature());
		list.clear();
		list.addAllUnique(merged);
	}
}
