/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.collatio.core.store.Coders;
import org.collatio.core.store.ContentCheck;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusLayout;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.IoProblems;
import org.collatio.core.store.LayerReader;
import org.collatio.model.Annotator;
import org.collatio.model.Claim;
import org.collatio.model.ClaimRelation;
import org.collatio.model.CollatioPackage;
import org.collatio.model.Corpus;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.Proposition;
import org.collatio.model.SpanAnnotation;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Export My Coding: one coder's layer of a corpus as one {@link CodingFile coding file}, for a
 * colleague who codes the same articles in a corpus folder of their own ({@link CodingImport}).
 * Every annotation file of the layer goes in as stored, with what it refers to in corpus.xmi (tag
 * sets, entities, propositions, the coders it names) and the relations between its claims. Read
 * from the saved files, so a store with unsaved changes is refused; every layer file is read and
 * checked before anything is written, and the output is written atomically (a temporary file beside
 * it, renamed into place). Nothing else is written.
 */
public final class CodingExport {

	/** The extension of a coding file. */
	public static final String EXTENSION = CodingFile.EXTENSION;

	private static final CollatioPackage P = CollatioPackage.eINSTANCE;

	private CodingExport() {
	}

	/**
	 * The coder called {@code name} (case aside), or the first coder when {@code name} is null.
	 *
	 * @throws IllegalArgumentException naming the corpus's coders when there is no such coder
	 */
	public static Annotator coder(CorpusStore store, String name) {
		Corpus corpus = store.getCorpus();
		Annotator coder = name == null ? Coders.first(corpus) : Coders.find(corpus, name);
		if (coder != null) {
			return coder;
		}
		if (corpus.getAnnotators().isEmpty()) {
			throw new IllegalArgumentException(store.getLayout().directory()
					+ " has no coder yet: open it in the workbench as a coder, and code, before exporting a coding");
		}
		throw new IllegalArgumentException("no coder " + name + " in " + store.getLayout().directory() + "; its coders are "
				+ String.join(", ", corpus.getAnnotators().stream().map(Annotator::getName).toList()));
	}

	/** A file name for a coder's coding: the corpus's name and the coder's id. */
	public static String fileName(CorpusStore store, Annotator coder) {
		String corpus = store.getCorpus().getName() == null ? "corpus" : store.getCorpus().getName().replaceAll("[^A-Za-z0-9_.-]+", "-");
		return corpus + "-" + coder.getId() + EXTENSION;
	}

	/** Writes {@code coder}'s layer of the store's corpus to {@code out}; counts documents, spans, claims, mentions, relations and shared objects. */
	public static ExportSummary export(CorpusStore store, Annotator coder, Path out, Progress progress) throws IOException, CorpusException {
		CorpusLayout layout = store.getLayout();
		if (store.isDirty()) {
			throw new CorpusException(layout.directory(), "has unsaved changes: save it before exporting a coding");
		}
		if (Coders.byId(store.getCorpus(), coder.getId()) != coder) {
			throw new IllegalArgumentException(coder.getName() + " is not a coder of " + layout.directory());
		}
		String layer = coder.getId();
		ExportSummary summary = new ExportSummary(out);
		SortedSet<String> annotated = store.getLayers().getOrDefault(layer, new TreeSet<>());
		progress.begin("Export the coding of " + coder.getName(), annotated.size());
		List<CodingFile.DocumentEntry> documents = new ArrayList<>();
		Map<String, Set<String>> claims = new HashMap<>();
		Set<String> coders = new HashSet<>(Set.of(layer));
		try (LayerReader reader = LayerReader.of(store)) {
			for (String id : annotated) {
				progress.checkCanceled();
				Document document = store.findDocument(id);
				if (document == null) {
					summary.warn(reader.file(id, layer) + " annotates no document of the corpus: left out");
					continue;
				}
				DocumentContent content = reader.read(id, layer).orElseThrow(); // listed, so present
				ContentCheck.checkText(layout.textFile(id), document, content.getText());
				documents.add(new CodingFile.DocumentEntry(id, content.getText().length(), CodingFile.textHash(content.getText()), document.getContentHash()));
				Set<String> claimIds = new HashSet<>();
				content.getClaims().forEach(claim -> claimIds.add(claim.getId()));
				claims.put(id, claimIds);
				collectCoders(content, coders);
				summary.count("documents", 1).count("spans", content.getSpans().size()).count("claims", content.getClaims().size())
						.count("mentions", content.getMentions().size());
				progress.worked(id);
			}
			byte[] shared = sharedObjects(store, store.layoutOf(layer).layer(), claims, coders, summary);
			byte[] manifest = CodingFile.write(new CodingFile.Manifest(coder.getId(), coder.getName(), store.getCorpus().getName(), documents));
			Outputs.file(out, stream -> {
				ZipOutputStream zip = new ZipOutputStream(stream);
				add(zip, CodingFile.MANIFEST, manifest);
				add(zip, CodingFile.SHARED, shared);
				for (CodingFile.DocumentEntry document : documents) {
					progress.checkCanceled();
					zip.putNextEntry(new ZipEntry(CodingFile.layerEntry(document.id())));
					Files.copy(reader.file(document.id(), layer), zip); // as stored: it refers to ../corpus.xmi#id
					zip.closeEntry();
				}
				zip.finish();
			});
		}
		return summary;
	}

	private static void collectCoders(DocumentContent content, Set<String> coders) {
		for (SpanAnnotation span : content.getSpans()) {
			addId(coders, (EObject) span.eGet(P.getSpanAnnotation_Annotator(), false));
		}
		for (Claim claim : content.getClaims()) {
			addId(coders, (EObject) claim.eGet(P.getClaim_Annotator(), false));
		}
	}

	private static void addId(Set<String> ids, EObject object) {
		String id = LayerReader.idOf(object);
		if (id != null) {
			ids.add(id);
		}
	}

	private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
	}

	/**
	 * corpus.xmi as saved, read apart from the live model and cut down to what a colleague needs:
	 * no documents (theirs are the same articles), the relations between claims of the layer (their
	 * ends renamed to layer/ID.xmi), and the coders that the layer, those relations and the verdicts
	 * name. A relation to a claim the layer no longer holds is left out with a warning.
	 */
	private static byte[] sharedObjects(CorpusStore store, String mark, Map<String, Set<String>> claims, Set<String> coders, ExportSummary summary)
			throws CorpusException {
		CorpusLayout layout = store.getLayout();
		Resource resource = CorpusStore.newResourceSet().createResource(layout.corpusUri());
		try {
			resource.load(null);
		} catch (IOException | RuntimeException e) {
			throw new CorpusException(layout.corpusFile(), "cannot be read: " + IoProblems.reason(e), e);
		}
		Corpus corpus = (Corpus) resource.getContents().get(0);
		corpus.getDocuments().clear();
		URI layerFolder = layout.corpusUri().trimSegments(1).appendSegment(CodingFile.LAYER_FOLDER);
		int relations = 0;
		for (Iterator<ClaimRelation> it = corpus.getRelations().iterator(); it.hasNext();) {
			ClaimRelation relation = it.next();
			InternalEObject source = (InternalEObject) relation.eGet(P.getClaimRelation_Source(), false);
			InternalEObject target = (InternalEObject) relation.eGet(P.getClaimRelation_Target(), false);
			CorpusLayout.LayerFile from = layerFile(source);
			CorpusLayout.LayerFile to = layerFile(target);
			if (from == null || to == null || !Objects.equals(mark, from.layer()) || !Objects.equals(mark, to.layer())) {
				it.remove(); // another layer's (or not a claim of any)
			} else if (!holds(claims, from, source) || !holds(claims, to, target)) {
				summary.warn("relation " + relation.getId() + " links a claim that the coding does not hold: left out");
				it.remove();
			} else {
				source.eSetProxyURI(layerFolder.appendSegment(from.documentId() + ".xmi").appendFragment(source.eProxyURI().fragment()));
				target.eSetProxyURI(layerFolder.appendSegment(to.documentId() + ".xmi").appendFragment(target.eProxyURI().fragment()));
				addId(coders, (EObject) relation.eGet(P.getClaimRelation_Annotator(), false));
				relations++;
			}
		}
		for (Proposition proposition : corpus.getPropositions()) {
			addId(coders, (EObject) proposition.eGet(P.getProposition_VerdictBy(), false));
		}
		corpus.getAnnotators().removeIf(annotator -> !coders.contains(annotator.getId()));
		summary.count("relations", relations).count("entities", corpus.getEntities().size()).count("propositions", corpus.getPropositions().size());
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			resource.save(bytes, null);
		} catch (IOException | RuntimeException e) {
			throw new CorpusException(layout.corpusFile(), "its shared objects cannot be written: " + IoProblems.reason(e), e);
		}
		return bytes.toByteArray();
	}

	/** The layer file a relation's end points at, read from its proxy (never resolved), or null. */
	private static CorpusLayout.LayerFile layerFile(InternalEObject end) {
		if (end == null || !end.eIsProxy() || end.eProxyURI().lastSegment() == null || end.eProxyURI().fragment() == null) {
			return null;
		}
		return CorpusLayout.parse(URI.decode(end.eProxyURI().lastSegment())).orElse(null);
	}

	private static boolean holds(Map<String, Set<String>> claims, CorpusLayout.LayerFile file, InternalEObject end) {
		return claims.getOrDefault(file.documentId(), Set.of()).contains(end.eProxyURI().fragment());
	}
}
