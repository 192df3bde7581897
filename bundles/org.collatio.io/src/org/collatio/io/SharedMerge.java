/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.collatio.core.store.Coders;
import org.collatio.core.store.LayerReader;
import org.collatio.core.store.Layers;
import org.collatio.model.Annotator;
import org.collatio.model.ClaimRelation;
import org.collatio.model.CollatioFactory;
import org.collatio.model.CollatioPackage;
import org.collatio.model.Corpus;
import org.collatio.model.Document;
import org.collatio.model.Entity;
import org.collatio.model.Proposition;
import org.collatio.model.Tag;
import org.collatio.model.TagSet;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * The shared objects of a coding file (theirs: tag sets and tags, entities, propositions, coders)
 * merged into a corpus (ours) by id. Planned first, without touching ours: an object ours lacks is
 * copied (its fields; a reference to another shared object by id), one ours has with the same
 * fields is nothing, one ours has with a field that differs is a {@link CodingReport.Clash} and
 * ours is kept. Coders are matched by name instead: a coder ours knows keeps our id, a new one
 * keeps theirs unless it is taken here (then it gets a new one, and a note says so). An id that
 * names objects of different kinds in the two corpora cannot be merged: the coding's annotations
 * would point at the wrong object, so it is refused. {@link #apply()} then adds what was planned.
 */
final class SharedMerge {

	private static final CollatioPackage P = CollatioPackage.eINSTANCE;

	private final Path file;
	private final Corpus ours;
	/** Every object with an id in our corpus.xmi: documents, tag sets, tags, entities, propositions, relations, coders. */
	private final Map<String, EObject> ourIds = new HashMap<>();
	/** The copies this import adds, by id. */
	private final Map<String, EObject> added = new LinkedHashMap<>();
	private final Set<String> seen = new HashSet<>();
	/** Where each copy goes, parents before children. */
	private final List<Attachment> attachments = new ArrayList<>();
	/** Their coder ids to ours. */
	private final Map<String, String> coderIds = new HashMap<>();
	private final Map<String, Integer> counts = new LinkedHashMap<>();
	private final List<CodingReport.Clash> clashes = new ArrayList<>();
	private final List<String> notes = new ArrayList<>();

	private record Attachment(EObject parent, EReference feature, EObject child) {
	}

	private SharedMerge(Path file, Corpus ours) {
		this.file = file;
		this.ours = ours;
	}

	/** Plans the merge of {@code theirs} into {@code ours}; refuses ids that name objects of different kinds. */
	static SharedMerge plan(Path file, Corpus ours, Corpus theirs) throws FormatException {
		SharedMerge merge = new SharedMerge(file, ours);
		merge.indexOurs();
		merge.coders(theirs.getAnnotators());
		for (TagSet set : theirs.getTagSets()) {
			merge.object(set, ours, P.getCorpus_TagSets(), "tag sets");
			for (Tag tag : set.getTags()) {
				merge.tag(tag);
			}
		}
		for (Entity entity : theirs.getEntities()) {
			merge.object(entity, ours, P.getCorpus_Entities(), "entities");
		}
		for (Proposition proposition : theirs.getPropositions()) {
			merge.object(proposition, ours, P.getCorpus_Propositions(), "propositions");
		}
		return merge;
	}

	private void indexOurs() {
		ours.getDocuments().forEach(this::index);
		for (TagSet set : ours.getTagSets()) {
			index(set);
			set.getTags().forEach(this::indexTag);
		}
		ours.getEntities().forEach(this::index);
		ours.getPropositions().forEach(this::index);
		ours.getRelations().forEach(this::index);
		ours.getAnnotators().forEach(this::index);
	}

	private void indexTag(Tag tag) {
		index(tag);
		tag.getChildren().forEach(this::indexTag);
	}

	private void index(EObject object) {
		String id = EcoreUtil.getID(object);
		if (id != null) {
			ourIds.putIfAbsent(id, object);
		}
	}

	private void coders(List<Annotator> theirs) throws FormatException {
		for (Annotator coder : theirs) {
			String id = coder.getId();
			String name = coder.getName();
			if (id == null || name == null || name.isBlank()) {
				throw new FormatException(file, CodingFile.SHARED + ": a coder without an id or a name");
			}
			if (coderIds.containsKey(id)) {
				throw new FormatException(file, CodingFile.SHARED + ": coder " + id + " is defined twice");
			}
			Annotator same = Coders.find(ours, name);
			if (same == null) {
				same = added.values().stream().filter(Annotator.class::isInstance).map(Annotator.class::cast)
						.filter(a -> a.getName().equalsIgnoreCase(name.strip())).findFirst().orElse(null);
			}
			if (same != null) {
				coderIds.put(id, same.getId());
				continue;
			}
			String ourId = id;
			if (!Layers.isWellFormed(id) || Layers.CURATED.equals(id) || isTaken(id)) {
				Set<String> taken = new HashSet<>(ourIds.keySet());
				taken.addAll(added.keySet());
				ourId = Layers.coderId(name, taken);
				EObject owner = lookup(id);
				notes.add("coder " + name.strip() + " is " + ourId + " in this corpus: " + (owner != null ? "the coding's id " + id + " is "
						+ (owner instanceof Annotator other ? "coder " + other.getName() + "'s" : "a " + kind(owner) + "'s") + " here"
						: "the coding's id " + id + " cannot name a layer"));
			}
			Annotator copy = CollatioFactory.eINSTANCE.createAnnotator();
			copy.setId(ourId);
			copy.setName(name.strip());
			plan(copy, ours, P.getCorpus_Annotators(), "coders");
			coderIds.put(id, ourId);
		}
	}

	private void tag(Tag tag) throws FormatException {
		EObject mine = existing(tag);
		String parentId = EcoreUtil.getID(tag.eContainer());
		if (mine == null) {
			EObject parent = lookup(parentId); // planned before its children
			plan(copy(tag), parent, parent instanceof TagSet ? P.getTagSet_Tags() : P.getTag_Children(), "tags");
		} else {
			compare(mine, tag);
			String mineParent = EcoreUtil.getID(mine.eContainer());
			if (!java.util.Objects.equals(mineParent, parentId)) {
				clashes.add(new CodingReport.Clash("tag", tag.getId(), "parent", show(mineParent), show(parentId)));
			}
		}
		for (Tag child : tag.getChildren()) {
			tag(child);
		}
	}

	private void object(EObject theirs, EObject parent, EReference feature, String kinds) throws FormatException {
		EObject mine = existing(theirs);
		if (mine == null) {
			plan(copy(theirs), parent, feature, kinds);
		} else {
			compare(mine, theirs);
		}
	}

	/** Ours (or a copy planned already) with the id of {@code theirs}, or null; refused when that id names another kind of object here. */
	private EObject existing(EObject theirs) throws FormatException {
		String id = EcoreUtil.getID(theirs);
		if (id == null) {
			throw new FormatException(file, CodingFile.SHARED + ": a " + kind(theirs) + " without an id");
		}
		if (!seen.add(id)) {
			throw new FormatException(file, CodingFile.SHARED + ": id " + id + " is given to two objects");
		}
		EObject mine = lookup(id);
		if (mine != null && mine.eClass() != theirs.eClass()) {
			throw new FormatException(file, kind(theirs) + " " + id + " of the coding has the id of a " + kind(mine)
					+ " of this corpus: its annotations would point at the wrong object, so it cannot be added");
		}
		return mine;
	}

	private void plan(EObject copy, EObject parent, EReference feature, String kinds) {
		added.put(EcoreUtil.getID(copy), copy);
		attachments.add(new Attachment(parent, feature, copy));
		counts.merge(kinds, 1, Integer::sum);
	}

	/** A copy of an object's fields, without its children (they are merged one by one); references to shared objects by id. */
	@SuppressWarnings("unchecked")
	private EObject copy(EObject theirs) {
		EObject copy = EcoreUtil.create(theirs.eClass());
		for (EStructuralFeature feature : theirs.eClass().getEAllStructuralFeatures()) {
			if (!compared(theirs, feature) || !theirs.eIsSet(feature)) {
				continue;
			}
			if (feature instanceof EReference) {
				List<EObject> targets = new ArrayList<>();
				for (String id : ids(theirs, feature, true)) {
					EObject mine = lookup(id);
					if (mine != null) {
						targets.add(mine);
					}
				}
				if (feature.isMany()) {
					((List<EObject>) copy.eGet(feature)).addAll(targets);
				} else if (!targets.isEmpty()) {
					copy.eSet(feature, targets.get(0));
				}
			} else if (feature.isMany()) {
				((List<Object>) copy.eGet(feature)).addAll((List<Object>) theirs.eGet(feature));
			} else {
				copy.eSet(feature, theirs.eGet(feature));
			}
		}
		copy.eSet(theirs.eClass().getEIDAttribute(), EcoreUtil.getID(theirs));
		return copy;
	}

	private void compare(EObject mine, EObject theirs) {
		for (EStructuralFeature feature : theirs.eClass().getEAllStructuralFeatures()) {
			if (compared(theirs, feature)) {
				String ourValue = value(mine, feature, false);
				String theirValue = value(theirs, feature, true);
				if (!ourValue.equals(theirValue)) {
					clashes.add(new CodingReport.Clash(kind(theirs), EcoreUtil.getID(theirs), feature.getName(), ourValue, theirValue));
				}
			}
		}
	}

	/** The fields that make an object what it is: not its id, children or container, nothing transient or derived. */
	private static boolean compared(EObject object, EStructuralFeature feature) {
		return !feature.isTransient() && !feature.isDerived() && feature.isChangeable() && feature != object.eClass().getEIDAttribute()
				&& !(feature instanceof EReference reference && (reference.isContainment() || reference.isContainer()));
	}

	private String value(EObject object, EStructuralFeature feature, boolean theirs) {
		if (feature instanceof EReference) {
			List<String> ids = ids(object, feature, theirs);
			return feature.isMany() ? ids.toString() : ids.isEmpty() ? show(null) : ids.get(0);
		}
		Object value = object.eGet(feature);
		if (value instanceof List<?> list) {
			return list.stream().map(SharedMerge::show).collect(Collectors.joining(", ", "[", "]"));
		}
		return show(value);
	}

	/** The ids a reference points at, never resolving it; their coder ids as ours. */
	private List<String> ids(EObject object, EStructuralFeature feature, boolean theirs) {
		Object value = object.eGet(feature, false);
		List<?> targets = value instanceof InternalEList<?> list ? list.basicList() : value == null ? List.of() : List.of(value); // never resolved
		List<String> ids = new ArrayList<>();
		for (Object target : targets) {
			String id = LayerReader.idOf((EObject) target);
			if (theirs && ((EReference) feature).getEReferenceType() == P.getAnnotator() && coderIds.containsKey(id)) {
				id = coderIds.get(id);
			}
			ids.add(id);
		}
		return ids;
	}

	private static String show(Object value) {
		if (value == null) {
			return "(none)";
		}
		if (value instanceof String text) {
			return '"' + text + '"';
		}
		return value instanceof Enumerator literal ? literal.getLiteral() : String.valueOf(value);
	}

	private EObject lookup(String id) {
		EObject mine = id == null ? null : ourIds.get(id);
		return mine != null ? mine : id == null ? null : added.get(id);
	}

	/** Adds what was planned to our corpus (the owner's thread; saved by the caller). */
	@SuppressWarnings("unchecked")
	void apply() {
		for (Attachment attachment : attachments) {
			((List<EObject>) attachment.parent().eGet(attachment.feature())).add(attachment.child());
		}
	}

	/** Our id of one of their coders, or null when the coding has no such coder. */
	String coderId(String theirId) {
		return coderIds.get(theirId);
	}

	/** Our coder (known, or added by {@link #apply()}) of one of our ids. */
	Annotator coder(String ourId) {
		return lookup(ourId) instanceof Annotator coder ? coder : null;
	}

	/** Whether this corpus has (or this import adds) an object of that kind under that id. */
	boolean resolves(String id, EClass type) {
		EObject object = lookup(id);
		return object != null && type.isInstance(object);
	}

	/** Whether an object of this corpus has the id, or one that this import adds. */
	boolean isTaken(String id) {
		return lookup(id) != null;
	}

	Map<String, Integer> counts() {
		return counts;
	}

	List<CodingReport.Clash> clashes() {
		return clashes;
	}

	List<String> notes() {
		return notes;
	}

	/** What an object is, for messages: "tag set", "tag", "entity", "proposition", "coder", "document", "relation". */
	static String kind(EObject object) {
		return switch (object) {
		case TagSet s -> "tag set";
		case Tag t -> "tag";
		case Entity e -> "entity";
		case Proposition p -> "proposition";
		case Annotator a -> "coder";
		case Document d -> "document";
		case ClaimRelation r -> "relation";
		default -> object.eClass().getName();
		};
	}
}
