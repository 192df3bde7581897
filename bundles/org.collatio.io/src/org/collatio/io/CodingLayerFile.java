/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;

import org.collatio.core.store.ContentCheck;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusLayout;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.IoProblems;
import org.collatio.core.store.LayerReader;
import org.collatio.model.CollatioPackage;
import org.collatio.model.DocumentContent;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.xml.sax.SAXParseException;

/**
 * A {@code layer/ID.xmi} entry of a coding file, read as the annotation file it becomes in the
 * importing corpus ({@code target}: its text is that corpus's) and checked: it holds document ID's
 * annotations, every reference stays in the file or names an object of corpus.xmi that the corpus
 * has or the import adds (never a file path), its spans lie inside the text and its claims and
 * mentions are on its own spans. Its coder references are rewritten to the coder's ids in the
 * corpus ({@link SharedMerge#coderId}), and it is serialised again: {@code content} is what is
 * written to {@code target}.
 */
record CodingLayerFile(String documentId, Path target, byte[] content, Set<String> claimIds, int spans, int claims, int mentions) {

	private static final CollatioPackage P = CollatioPackage.eINSTANCE;
	/** A coding file comes from elsewhere: its XML may declare no document type, so no external entity is read. */
	private static final Map<Object, Object> LOAD_OPTIONS = Map.of(XMLResource.OPTION_PARSER_FEATURES,
			Map.of("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE, XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE));

	static CodingLayerFile read(Path file, String entry, byte[] bytes, String documentId, CorpusLayout target, URI corpusUri, SharedMerge merge)
			throws FormatException {
		Path destination = target.contentFile(documentId);
		Resource resource = CorpusStore.newResourceSet().createResource(target.contentUri(documentId));
		load(file, resource, bytes, entry);
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof DocumentContent content)) {
			throw new FormatException(file, entry + " does not hold the annotations of a document");
		}
		EObject document = (EObject) content.eGet(P.getDocumentContent_Document(), false); // a proxy: never resolved
		if (document != null && !documentId.equals(LayerReader.idOf(document))) {
			throw new FormatException(file, entry + " holds the annotations of document " + LayerReader.idOf(document) + ", not of " + documentId);
		}
		// references first, unresolved: the content check follows them, and they must not lead out of the file
		for (TreeIterator<EObject> all = EcoreUtil.getAllProperContents(resource, false); all.hasNext();) {
			EObject object = all.next();
			if (object.eIsProxy()) {
				throw new FormatException(file, entry + ": holds a reference to " + ((InternalEObject) object).eProxyURI() + " in place of an annotation");
			}
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (!reference.isContainment() && !reference.isContainer() && !reference.isTransient()) {
					checkReference(file, entry, resource, object, reference, corpusUri, merge);
				}
			}
		}
		try {
			ContentCheck.checkContent(destination, documentId, content);
		} catch (CorpusException e) {
			String prefix = e.getFile() + ": ";
			throw new FormatException(file, entry + ": " + (e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage()), e);
		}
		Set<String> claimIds = new HashSet<>();
		content.getClaims().forEach(claim -> claimIds.add(claim.getId()));
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 256);
		try {
			resource.save(out, null);
		} catch (IOException | RuntimeException e) {
			throw new FormatException(file, entry + " cannot be written again: " + IoProblems.reason(e), e);
		}
		return new CodingLayerFile(documentId, destination, out.toByteArray(), Set.copyOf(claimIds), content.getSpans().size(), content.getClaims().size(),
				content.getMentions().size());
	}

	/** A reference of a layer file: inside it, or to an object of corpus.xmi that is there (a coder's id made the corpus's). */
	private static void checkReference(Path file, String entry, Resource resource, EObject object, EReference reference, URI corpusUri,
			SharedMerge merge) throws FormatException {
		Object value = object.eGet(reference, false);
		List<?> targets = value instanceof InternalEList<?> list ? list.basicList() : value == null ? List.of() : List.of(value); // never resolved
		String where = entry + ": " + reference.getName() + " of " + EcoreUtil.getID(object);
		for (Object each : targets) {
			InternalEObject referenced = (InternalEObject) each;
			if (!referenced.eIsProxy()) {
				if (referenced.eResource() != resource) {
					throw new FormatException(file, where + " points outside the file");
				}
				continue;
			}
			URI uri = referenced.eProxyURI();
			String id = uri.fragment();
			if (!uri.trimFragment().equals(corpusUri) || id == null) {
				throw new FormatException(file, where + " points at " + uri.lastSegment() + ", not at " + CodingFile.SHARED);
			}
			if (reference.getEReferenceType() == P.getAnnotator()) {
				String ourId = merge.coderId(id);
				if (ourId == null) {
					throw new FormatException(file, where + " names coder " + id + ", whom " + CodingFile.SHARED + " does not hold");
				}
				referenced.eSetProxyURI(corpusUri.appendFragment(ourId));
			} else if (!merge.resolves(id, reference.getEReferenceType())) {
				throw new FormatException(file, where + " refers to " + reference.getEReferenceType().getName().toLowerCase(Locale.ROOT) + " " + id
						+ ", which neither the coding nor this corpus holds");
			}
		}
	}

	/** Loads an entry of a coding file into {@code resource}; any problem names the entry, the line and the column. */
	static void load(Path file, Resource resource, byte[] bytes, String entry) throws FormatException {
		try {
			resource.load(new ByteArrayInputStream(bytes), LOAD_OPTIONS);
		} catch (IOException | RuntimeException e) {
			throw new FormatException(file, entry + " cannot be read: " + describe(e, resource), e);
		}
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			throw new FormatException(file, entry + " cannot be read: line " + first.getLine() + ", column " + first.getColumn() + ": " + first.getMessage());
		}
	}

	private static String describe(Exception failure, Resource resource) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof SAXParseException sax) {
				return "line " + sax.getLineNumber() + ", column " + sax.getColumnNumber() + ": " + sax.getMessage();
			}
		}
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			return "line " + first.getLine() + ", column " + first.getColumn() + ": " + first.getMessage();
		}
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root instanceof IOException io ? IoProblems.reason(io) : String.valueOf(root.getMessage());
	}
}
