/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.collatio.share.merge.Fields.Field;
import org.collatio.share.merge.Fields.Kind;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Reads features for comparison and for the user, never resolving a proxy: a reference is
 * compared by its target's URI (another file's object) or id (an object of the same file).
 */
final class Values {

	/** The value of a feature of an object that a version does not have. */
	static final Object ABSENT = new Object() {
		@Override
		public String toString() {
			return "(absent)";
		}
	};

	private Values() {
	}

	/** What a feature holds, comparable across versions with {@code equals}. */
	static Object key(EObject object, Field field) {
		EStructuralFeature feature = field.feature();
		return switch (field.kind()) {
		case VALUE -> field.isReference() ? refKey((EObject) object.eGet(feature, false)) : object.eGet(feature);
		case VALUES -> new ArrayList<>((List<?>) object.eGet(feature));
		case LINKS -> basic(object, feature).stream().map(Values::refKey).toList();
		case PARTS -> basic(object, feature).stream().map(Values::partKey).toList();
		case CHILDREN -> basic(object, feature).stream().map(ObjectKey::of).toList();
		};
	}

	/**
	 * A reference target as a value that is the same in every version: the URI of another file's
	 * object (EMF's URIs are shared, so this compares quickly), or the key of an object of this file.
	 */
	static Object refKey(EObject target) {
		if (target == null) {
			return null;
		}
		if (target.eIsProxy()) {
			return ((InternalEObject) target).eProxyURI();
		}
		return ObjectKey.hasId(target.eClass()) ? ObjectKey.of(target) : EcoreUtil.getURI(target);
	}

	/** An object without an id (a text region), as everything it holds. */
	private static String partKey(EObject part) {
		StringJoiner joiner = new StringJoiner(", ", part.eClass().getName() + "{", "}");
		for (Field field : Fields.of(part.eClass())) {
			Object value = key(part, field);
			joiner.add(field.name() + "=" + (value instanceof java.util.Date date ? Long.toString(date.getTime()) : String.valueOf(value)));
		}
		return joiner.toString();
	}

	/** The objects of a reference, as stored (proxies stay proxies); empty when unset. */
	@SuppressWarnings("unchecked")
	static List<EObject> basic(EObject object, EStructuralFeature feature) {
		if (feature.isMany()) {
			return ((InternalEList<EObject>) object.eGet(feature, false)).basicList();
		}
		EObject value = (EObject) object.eGet(feature, false);
		return value == null ? List.of() : List.of(value);
	}

	/** The id of an object, or of the target of a proxy, or its path in its file when it has none. */
	static String idOf(EObject object) {
		if (object.eIsProxy()) {
			return ((InternalEObject) object).eProxyURI().fragment();
		}
		String id = EcoreUtil.getID(object);
		return id != null ? id : EcoreUtil.getURI(object).fragment();
	}

	/** A feature's value as the user reads it in a conflict; null when unset or absent. */
	static String text(EObject object, Field field) {
		if (object == null) {
			return null;
		}
		EStructuralFeature feature = field.feature();
		if (field.kind() == Kind.VALUE) {
			Object value = field.isReference() ? object.eGet(feature, false) : object.eGet(feature);
			return value == null ? null : one(feature, value);
		}
		if (field.kind() == Kind.VALUES) {
			StringJoiner joiner = new StringJoiner(", ", "[", "]");
			((List<?>) object.eGet(feature)).forEach(value -> joiner.add(one(feature, value)));
			return joiner.toString();
		}
		StringJoiner joiner = new StringJoiner(field.kind() == Kind.PARTS ? "; " : ", ", "[", "]");
		for (EObject value : basic(object, feature)) {
			joiner.add(field.kind() == Kind.PARTS ? describe(value) : idOf(value));
		}
		return joiner.toString();
	}

	private static String one(EStructuralFeature feature, Object value) {
		if (feature instanceof EAttribute attribute) {
			return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
		}
		return idOf((EObject) value);
	}

	/** An object as the user reads it in a conflict about the object itself: what is set, how many it contains. */
	static String describe(EObject object) {
		if (object == null) {
			return null;
		}
		StringJoiner joiner = new StringJoiner(", ");
		for (Field field : Fields.of(object.eClass())) {
			if (field.kind() == Kind.CHILDREN) {
				int count = basic(object, field.feature()).size();
				if (count > 0) {
					joiner.add(field.name() + ": " + count);
				}
			} else if (object.eIsSet(field.feature())) {
				joiner.add(field.name() + "=" + text(object, field));
			}
		}
		return joiner.toString();
	}
}
