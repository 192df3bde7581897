/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.merge;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.collatio.core.store.CollatioResource;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Corpus;
import org.collatio.model.DocumentContent;
import org.collatio.share.merge.Fields.Field;
import org.collatio.share.merge.Fields.Kind;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * One version of a file, read into a private resource set of its own at the file's place under a
 * fake corpus folder, so that relative references ({@code ../corpus.xmi#tag-x},
 * {@code documents/a.xmi#claim-1}) are read and written back exactly as they were; they stay
 * proxies, never resolved. Every object with an id is indexed by {@link ObjectKey}, in document
 * order (parents before their children).
 */
final class XmiVersion {

	/** Where the files are read from: nothing is ever read there, it only places relative references. */
	private static final String FAKE_FOLDER = "/collatio-merge/";

	private final URI uri;
	private final EObject root;
	private final Map<ObjectKey, EObject> objects;

	private XmiVersion(URI uri, EObject root, Map<ObjectKey, EObject> objects) {
		this.uri = uri;
		this.root = root;
		this.objects = objects;
	}

	/** A version without the file (no base when both sides added it): no object at all. */
	static XmiVersion none(String path) {
		return new XmiVersion(uriOf(path), null, Map.of());
	}

	/** Reads a version, or fails naming the file, the side and the problem. */
	static XmiVersion read(String path, Side side, byte[] bytes) throws MergeException {
		URI uri = uriOf(path);
		ResourceSet resourceSet = CorpusStore.newResourceSet();
		resourceSet.setURIConverter(new NoFiles());
		Resource resource = new ReadResource(uri);
		resourceSet.getResources().add(resource);
		Map<Object, Object> options = new HashMap<>();
		// faster on large files, same result: the tree is attached once, element names looked up once
		options.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
		try {
			resource.load(new ByteArrayInputStream(bytes), options);
		} catch (IOException | RuntimeException e) {
			throw new MergeException(path + ": " + side + " cannot be read: " + ReadProblems.describe(e, resource), e);
		}
		if (!resource.getErrors().isEmpty()) {
			throw new MergeException(path + ": " + side + " cannot be read: " + ReadProblems.describe(null, resource));
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Corpus || resource.getContents().get(0) instanceof DocumentContent)) {
			throw new MergeException(path + ": " + side + " is not a Collatio XMI file (it holds no corpus and no document annotations)");
		}
		EObject root = resource.getContents().get(0);
		Map<ObjectKey, EObject> objects = new LinkedHashMap<>();
		objects.put(ObjectKey.of(root), root);
		index(path, side, root, objects);
		return new XmiVersion(uri, root, Collections.unmodifiableMap(objects));
	}

	private static URI uriOf(String path) {
		return URI.createFileURI(FAKE_FOLDER + path);
	}

	private static void index(String path, Side side, EObject parent, Map<ObjectKey, EObject> objects) throws MergeException {
		for (Field field : Fields.of(parent.eClass())) {
			if (field.kind() != Kind.CHILDREN) {
				continue;
			}
			for (EObject child : Values.basic(parent, field.feature())) {
				ObjectKey key = ObjectKey.of(child);
				if (key.id() == null) {
					throw new MergeException(path + ": " + side + " is damaged: a " + key.type().getName() + " has no id");
				}
				if (objects.putIfAbsent(key, child) != null) {
					throw new MergeException(path + ": " + side + " is damaged: two objects are " + key);
				}
				index(path, side, child, objects);
			}
		}
	}

	/** The root (a Corpus or a DocumentContent), or null for a version without the file. */
	EObject root() {
		return root;
	}

	/** Every object with an id, and the root, by key, parents before their children. */
	Map<ObjectKey, EObject> objects() {
		return objects;
	}

	EObject get(ObjectKey key) {
		return key == null ? null : objects.get(key);
	}

	/**
	 * Writes the root (changed by the merge) as the store writes its files: a {@link CollatioResource}
	 * saved with its own options. The root leaves this version's resource.
	 */
	byte[] save(String path) throws MergeException {
		Resource resource = new CollatioResource(uri);
		CorpusStore.newResourceSet().getResources().add(resource);
		resource.getContents().add(root);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
		try {
			resource.save(bytes, null);
		} catch (IOException | RuntimeException e) {
			throw new MergeException(path + ": the merged version cannot be written: " + ReadProblems.describe(e, null), e);
		}
		return bytes.toByteArray();
	}

	/** A version is read from its bytes alone: a reference to another file is never followed. */
	private static final class NoFiles extends ExtensibleURIConverterImpl {

		@Override
		public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
			throw new IOException("a merge reads no other file than the one it merges: " + uri);
		}
	}

	/**
	 * Reads like the store's {@link CollatioResource} (same options, objects addressed by id), but
	 * without bringing in a document's text file, which is not part of the merge.
	 */
	private static final class ReadResource extends XMIResourceImpl {

		ReadResource(URI uri) {
			super(uri);
			setIntrinsicIDToEObjectMap(new HashMap<>());
			getDefaultLoadOptions().putAll(new CollatioResource(uri).getDefaultLoadOptions());
		}

		@Override
		protected boolean useIDs() {
			return true;
		}

		@Override
		protected boolean useUUIDs() {
			return false;
		}
	}
}
