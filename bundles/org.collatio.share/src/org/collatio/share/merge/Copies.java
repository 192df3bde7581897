/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.merge;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.collatio.share.merge.Fields.Field;
import org.collatio.share.merge.Fields.Kind;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Brings objects over from their version into the merged one: a copy of the object with what it
 * contains (except objects the merged version has already, which stay where they are). References
 * are set afterwards, when every object brought over is known: to the merged object of the same
 * key, or to a new proxy with the same URI.
 */
final class Copies {

	private record Pending(EObject copy, EStructuralFeature feature, EObject original) {
	}

	private final TreeMerge merge;
	private final Deque<Pending> pending = new ArrayDeque<>();

	Copies(TreeMerge merge) {
		this.merge = merge;
	}

	/** A copy of their object and what it contains; the objects with ids are registered as merged. */
	EObject copy(EObject original) {
		EObject copy = EcoreUtil.create(original.eClass());
		if (ObjectKey.hasId(original.eClass())) {
			copy.eSet(original.eClass().getEIDAttribute(), original.eGet(original.eClass().getEIDAttribute()));
			merge.merged.put(ObjectKey.of(copy), copy);
		}
		for (Field field : Fields.of(original.eClass())) {
			EStructuralFeature feature = field.feature();
			switch (field.kind()) {
			case VALUE, VALUES -> {
				if (!field.isReference() && original.eIsSet(feature)) {
					copy.eSet(feature, original.eGet(feature));
				} else if (field.isReference() && original.eIsSet(feature)) {
					pending.add(new Pending(copy, feature, original));
				}
			}
			case LINKS -> {
				if (original.eIsSet(feature)) {
					pending.add(new Pending(copy, feature, original));
				}
			}
			case PARTS, CHILDREN -> copyContents(original, copy, field);
			}
		}
		return copy;
	}

	@SuppressWarnings("unchecked")
	private void copyContents(EObject original, EObject copy, Field field) {
		List<EObject> copies = new ArrayList<>();
		for (EObject child : Values.basic(original, field.feature())) {
			if (field.kind() == Kind.CHILDREN && merge.merged.containsKey(ObjectKey.of(child))) {
				continue; // the merged version has it elsewhere (moved); it is placed from there
			}
			copies.add(copy(child));
		}
		if (field.feature().isMany()) {
			((List<EObject>) copy.eGet(field.feature())).addAll(copies);
		} else if (!copies.isEmpty()) {
			copy.eSet(field.feature(), copies.get(0));
		}
	}

	/** The merged counterpart of a reference target in their version. */
	EObject map(EObject target) {
		if (target == null) {
			return null;
		}
		if (target.eIsProxy()) {
			InternalEObject proxy = (InternalEObject) EcoreUtil.create(target.eClass());
			proxy.eSetProxyURI(((InternalEObject) target).eProxyURI());
			return proxy;
		}
		return merge.ensure(target);
	}

	/** Sets the references of every copy made so far (bringing back what they refer to, if I deleted it). */
	@SuppressWarnings("unchecked")
	void resolveReferences() {
		while (!pending.isEmpty()) {
			Pending next = pending.poll();
			List<EObject> targets = new ArrayList<>();
			for (EObject target : Values.basic(next.original(), next.feature())) {
				targets.add(map(target));
			}
			if (next.feature().isMany()) {
				((InternalEList<EObject>) next.copy().eGet(next.feature())).addAllUnique(targets);
			} else {
				next.copy().eSet(next.feature(), targets.isEmpty() ? null : targets.get(0));
			}
		}
	}
}
