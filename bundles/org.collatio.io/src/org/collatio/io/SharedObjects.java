/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.LayerReader;
import org.collatio.model.Corpus;
import org.collatio.model.DocumentContent;
import org.collatio.model.Tag;
import org.collatio.model.TagSet;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * The objects of corpus.xmi that annotations refer to (tags, entities, propositions, coders) by id,
 * so that a layer read apart from the live model ({@link LayerReader}: its references into
 * corpus.xmi are unresolved proxies) can be exported as the store's own layer is. Binding replaces
 * each such proxy of the layer's private copy by the store's object of that id: the copy then
 * points at the live shared objects, which do not point back (no reference to them has an
 * opposite), so nothing is added to or changed in the live model. Read on the thread that exports.
 */
final class SharedObjects {

	private final Map<String, EObject> byId = new HashMap<>();

	SharedObjects(Corpus corpus) {
		for (TagSet set : corpus.getTagSets()) {
			set.getTags().forEach(this::addTag);
		}
		corpus.getEntities().forEach(this::add);
		corpus.getPropositions().forEach(this::add);
		corpus.getAnnotators().forEach(this::add);
	}

	private void addTag(Tag tag) {
		add(tag);
		tag.getChildren().forEach(this::addTag);
	}

	private void add(EObject object) {
		String id = EcoreUtil.getID(object);
		if (id != null) {
			byId.putIfAbsent(id, object);
		}
	}

	/**
	 * Points every reference of {@code content} (read from {@code file}) into corpus.xmi at the
	 * store's object; a reference to an object corpus.xmi does not have (or has as another kind)
	 * fails, naming the file.
	 */
	void bind(DocumentContent content, Path file) throws CorpusException {
		bindObject(content, file);
		for (TreeIterator<EObject> all = content.eAllContents(); all.hasNext();) {
			bindObject(all.next(), file);
		}
	}

	@SuppressWarnings("unchecked")
	private void bindObject(EObject object, Path file) throws CorpusException {
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isDerived() || reference.isTransient()) {
				continue;
			}
			if (reference.isMany()) {
				EList<EObject> values = (EList<EObject>) object.eGet(reference, false);
				List<EObject> bound = new ArrayList<>();
				boolean changed = false;
				for (EObject value : ((InternalEList<EObject>) values).basicList()) {
					EObject live = live(value, reference, object, file);
					changed |= live != value;
					bound.add(live);
				}
				if (changed) {
					values.clear();
					values.addAll(bound);
				}
			} else {
				EObject value = (EObject) object.eGet(reference, false);
				EObject live = live(value, reference, object, file);
				if (live != value) {
					object.eSet(reference, live);
				}
			}
		}
	}

	private EObject live(EObject value, EReference reference, EObject owner, Path file) throws CorpusException {
		if (value == null || !value.eIsProxy()) {
			return value; // within the layer file (a claim's spans), or nothing
		}
		String id = LayerReader.idOf(value);
		EObject live = id == null ? null : byId.get(id);
		if (live == null || !reference.getEReferenceType().isInstance(live)) {
			throw new CorpusException(file, "damaged: " + owner.eClass().getName() + " " + EcoreUtil.getID(owner) + " refers to "
					+ reference.getEReferenceType().getName().toLowerCase(java.util.Locale.ROOT) + " " + id + ", which "
					+ org.collatio.core.store.CorpusLayout.CORPUS_FILE + " does not have; the document cannot be exported");
		}
		return live;
	}
}
