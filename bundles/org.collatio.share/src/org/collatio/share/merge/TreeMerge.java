/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.collatio.share.merge.Fields.Field;
import org.collatio.share.merge.Fields.Kind;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The merge of three versions of a file, object by object, into my version's objects (so what
 * nobody changed is written as it was). In order: deletions (a deletion against an edit keeps the
 * object), their additions, their moves, field by field, references of what was brought over from
 * their version, objects still referred to that a deletion would remove, then membership and order
 * of every list that changed.
 */
final class TreeMerge {

	/** Where a version keeps an object: its container's key and the containment. */
	record Containment(ObjectKey parent, EReference feature) {

		static Containment of(EObject object) {
			EObject container = object.eContainer();
			return container == null ? null : new Containment(ObjectKey.of(container), object.eContainmentFeature());
		}
	}

	final String path;
	final XmiVersion base;
	final XmiVersion mine;
	final XmiVersion theirs;
	/** Every object of the merged version by key: mine, then what is brought over from theirs. */
	final Map<ObjectKey, EObject> merged;
	/** My objects (with what they contain) that go: deleted by them and unchanged by me. */
	final Set<EObject> doomed = new LinkedHashSet<>(); // EObjects are equal when identical
	/** Merged objects that go into another list than the one they are in (or in none yet): where their version keeps them. */
	final Map<EObject, Containment> placements = new LinkedHashMap<>();
	final List<Conflict> conflicts = new ArrayList<>();
	final Copies copies = new Copies(this);

	TreeMerge(String path, XmiVersion base, XmiVersion mine, XmiVersion theirs) {
		this.path = path;
		this.base = base;
		this.mine = mine;
		this.theirs = theirs;
		this.merged = new LinkedHashMap<>(mine.objects());
	}

	/** Merges into my version's objects; returns the conflicts. */
	List<Conflict> run() {
		deletions();
		additions();
		moves();
		FieldMerge fields = new FieldMerge(this);
		for (Map.Entry<ObjectKey, EObject> entry : mine.objects().entrySet()) {
			EObject other = theirs.get(entry.getKey());
			if (other != null) {
				fields.merge(base.get(entry.getKey()), entry.getValue(), other);
			}
		}
		copies.resolveReferences();
		new Rescue(this).run();
		new ListOrder(this).apply();
		return conflicts;
	}

	/**
	 * Objects one side deleted: gone when the other side left them (and all they contain) as they
	 * were, else kept with the change and reported. Only the outermost deleted object is decided;
	 * what it contains goes or stays with it.
	 */
	private void deletions() {
		for (Map.Entry<ObjectKey, EObject> entry : base.objects().entrySet()) {
			EObject old = entry.getValue();
			Containment place = Containment.of(old);
			if (place == null) {
				continue; // the root
			}
			EObject my = mine.get(entry.getKey());
			EObject their = theirs.get(entry.getKey());
			if (my != null && their == null && theirs.get(place.parent()) != null) {
				if (changed(old, my)) {
					conflict(my, null, Values.describe(old), Values.describe(my), null);
				} else {
					doomed.add(my);
				}
			} else if (my == null && their != null && mine.get(place.parent()) != null && changed(old, their)) {
				conflict(their, null, Values.describe(old), null, Values.describe(their));
				bringOver(their);
			}
		}
	}

	/** What they added (outermost first: what it contains comes with it). */
	private void additions() {
		for (Map.Entry<ObjectKey, EObject> entry : theirs.objects().entrySet()) {
			ObjectKey key = entry.getKey();
			if (key.id() != null && !merged.containsKey(key) && base.get(key) == null) {
				bringOver(entry.getValue());
			}
		}
	}

	/** Objects moved to another container (a tag re-parented): one side's move wins, different moves conflict. */
	private void moves() {
		for (Map.Entry<ObjectKey, EObject> entry : mine.objects().entrySet()) {
			EObject my = entry.getValue();
			EObject their = theirs.get(entry.getKey());
			Containment myPlace = Containment.of(my);
			Containment theirPlace = their == null ? null : Containment.of(their);
			if (myPlace == null || theirPlace == null || myPlace.equals(theirPlace)) {
				continue;
			}
			EObject old = base.get(entry.getKey());
			Containment oldPlace = old == null ? null : Containment.of(old);
			if (myPlace.equals(oldPlace)) {
				placements.put(my, theirPlace);
			} else if (!theirPlace.equals(oldPlace)) {
				conflict(my, "container", text(oldPlace), text(myPlace), text(theirPlace));
			}
		}
	}

	private static String text(Containment place) {
		return place == null ? null : place.parent().toString();
	}

	/** Copies their object (without what the merge has already) and places it where they keep it. */
	EObject bringOver(EObject their) {
		EObject copy = copies.copy(their);
		placements.put(copy, Containment.of(their));
		return copy;
	}

	/**
	 * The merged object for one of theirs that is referred to: when I deleted it (and they did not
	 * change it), it is brought back, with what contains it, and reported.
	 */
	EObject ensure(EObject their) {
		ObjectKey key = ObjectKey.of(their);
		EObject present = merged.get(key);
		if (present != null) {
			return present;
		}
		EObject container = their.eContainer();
		if (container != null && !merged.containsKey(ObjectKey.of(container))) {
			ensure(container); // brings this one along
		} else {
			conflict(their, null, Values.describe(base.get(key)), null, Values.describe(their));
			bringOver(their);
		}
		return merged.get(key);
	}

	/**
	 * Whether a side changed an object since the base: a field, or anything it contains (added,
	 * moved in, or changed); what it no longer contains does not count.
	 */
	boolean changed(EObject old, EObject now) {
		return changed(base, old, now);
	}

	/** {@link #changed(EObject, EObject)} against a given base version. */
	static boolean changed(XmiVersion base, EObject old, EObject now) {
		for (Field field : Fields.of(now.eClass())) {
			if (field.kind() != Kind.CHILDREN) {
				if (!Objects.equals(Values.key(old, field), Values.key(now, field))) {
					return true;
				}
				continue;
			}
			for (EObject child : Values.basic(now, field.feature())) {
				EObject oldChild = base.get(ObjectKey.of(child));
				if (oldChild == null || oldChild.eContainer() != old || oldChild.eContainmentFeature() != field.feature() || changed(base, oldChild, child)) {
					return true;
				}
			}
		}
		return false;
	}

	/** Records a conflict about an object (feature null: the object itself, deleted against an edit). */
	void conflict(EObject object, String feature, String oldText, String myText, String theirText) {
		conflicts.add(new Conflict(path, object.eClass().getName(), EcoreUtil.getID(object), feature, oldText, myText, theirText));
	}
}
