/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * The features of a class that a merge looks at, each with how it merges. Left out: the id (the
 * match itself), transient features (not in the files: Document.content, DocumentContent.text),
 * derived and unchangeable ones, and references to the container (implied by the containment).
 */
final class Fields {

	/** How a feature merges. */
	enum Kind {
		/** A single value or reference: one side's change wins, different changes conflict. */
		VALUE,
		/** Several values (Entity.aliases): merged as a set. */
		VALUES,
		/** Several references to objects that live elsewhere (SpanAnnotation.tags, Claim.spans): merged as a set. */
		LINKS,
		/** Contained objects without ids (Document.boilerplate): the whole list compared by value. */
		PARTS,
		/** Contained objects with ids: each matched and merged by id. */
		CHILDREN
	}

	/**
	 * A feature and how it merges. {@code latest}: a time stamp of the last change (an EDate named
	 * {@code modified}): when both sides changed it, the later one wins, since both edits are kept.
	 */
	record Field(EStructuralFeature feature, Kind kind, boolean latest) {

		String name() {
			return feature.getName();
		}

		boolean isReference() {
			return feature instanceof EReference;
		}
	}

	private static final Map<EClass, List<Field>> CACHE = new ConcurrentHashMap<>();

	private Fields() {
	}

	/** The merged features of a class, in the model's order. */
	static List<Field> of(EClass type) {
		return CACHE.computeIfAbsent(type, Fields::compute);
	}

	private static List<Field> compute(EClass type) {
		List<Field> fields = new ArrayList<>();
		for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
			if (feature.isTransient() || feature.isDerived() || !feature.isChangeable() || feature == type.getEIDAttribute()) {
				continue;
			}
			if (feature instanceof EAttribute attribute) {
				boolean latest = "modified".equals(attribute.getName()) && attribute.getEAttributeType() == EcorePackage.Literals.EDATE;
				fields.add(new Field(feature, attribute.isMany() ? Kind.VALUES : Kind.VALUE, latest));
			} else if (feature instanceof EReference reference && !reference.isContainer()) {
				fields.add(new Field(feature, kindOf(reference), false));
			}
		}
		return List.copyOf(fields);
	}

	private static Kind kindOf(EReference reference) {
		if (reference.isContainment()) {
			return reference.isMany() && ObjectKey.hasId(reference.getEReferenceType()) ? Kind.CHILDREN : Kind.PARTS;
		}
		return reference.isMany() ? Kind.LINKS : Kind.VALUE;
	}
}
