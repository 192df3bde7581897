/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;

import org.collatio.core.store.AtomicFiles;
import org.collatio.core.store.Coders;
import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusLayout;
import org.collatio.core.store.CorpusStore;
import org.collatio.core.store.IoProblems;
import org.collatio.core.store.LayerReader;
import org.collatio.model.Annotator;
import org.collatio.model.Claim;
import org.collatio.model.ClaimRelation;
import org.collatio.model.CollatioFactory;
import org.collatio.model.CollatioPackage;
import org.collatio.model.Corpus;
import org.collatio.model.Document;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Import Coding: a colleague's {@link CodingFile coding file} added to a corpus as their layer. The
 * coder is matched by name (or registered), each layer file written as that coder's annotation file
 * of the document here ({@link CorpusStore#layoutOf}), the shared objects merged by id
 * ({@link SharedMerge}: new ones added, clashes reported and ours kept) and the coder's relations
 * replaced by the file's. Importing the same file again gives the same layer.
 * <p>
 * Everything is read and checked before anything is written: the archive (within
 * {@link ArchiveLimits}), the manifest, that every document is in this corpus with the same text
 * (length and hash), that the coder is not the one this corpus is open for, every layer file (its
 * spans inside the text, every reference resolving), every relation. A problem refuses the whole
 * import, naming the file and the problem, with nothing written. Then the layer files are written
 * (each atomically), those of the layer's documents the coding no longer has are removed, corpus.xmi
 * is saved through the store, and the search index of that layer (derived) is dropped so that it is
 * rebuilt. Run on the thread that owns the store, with no other change under way (as an article
 * import: the workbench suspends its saves meanwhile).
 */
public final class CodingImport {

	private static final CollatioPackage P = CollatioPackage.eINSTANCE;

	private CodingImport() {
	}

	public static CodingReport importInto(CorpusStore store, Path file, Progress progress) throws IOException, FormatException, CorpusException {
		return importInto(store, file, progress, ArchiveLimits.defaults());
	}

	/** Imports within {@code limits} (what the file may unpack to); see {@link ArchiveLimits#defaults()}. */
	public static CodingReport importInto(CorpusStore store, Path file, Progress progress, ArchiveLimits limits)
			throws IOException, FormatException, CorpusException {
		if (store.isClosed() || store.isReadOnly()) {
			throw new CorpusException(store.getLayout().directory(), "the corpus is open for reading only: a coding cannot be imported; nothing was written");
		}
		if (!Files.isRegularFile(file)) {
			throw new FormatException(file, "no such file");
		}
		Plan plan;
		try (BoundedZip zip = new BoundedZip(file, limits)) {
			plan = new Plan(store, file);
			plan.read(zip, limits, progress);
		}
		return plan.apply();
	}

	/** A relation of the coding: its ends as document and claim ids. */
	private record ImportedRelation(ClaimRelation relation, String fromDocument, String fromClaim, String toDocument, String toClaim) {
	}

	/** What the import will do, read and checked in full before anything is written. */
	private static final class Plan {

		private final CorpusStore store;
		private final Path file;
		private final Corpus ours;
		private CodingFile.Manifest manifest;
		private SharedMerge merge;
		private String coderId;
		private boolean coderAdded;
		private CorpusLayout target;
		private final List<CodingLayerFile> writes = new ArrayList<>();
		private final Map<String, Set<String>> claims = new HashMap<>();
		private final List<ImportedRelation> relations = new ArrayList<>();
		private final List<String> notes = new ArrayList<>();

		Plan(CorpusStore store, Path file) {
			this.store = store;
			this.file = file;
			this.ours = store.getCorpus();
		}

		void read(BoundedZip zip, ArchiveLimits limits, Progress progress) throws IOException, FormatException, CorpusException {
			Map<String, ZipEntry> entries = entries(zip);
			manifest = CodingFile.read(file, zip.read(entries.get(CodingFile.MANIFEST), CodingFile.MANIFEST_BYTES));
			checkCoder();
			checkDocuments(entries);
			ZipEntry sharedEntry = entries.get(CodingFile.SHARED);
			if (sharedEntry == null) {
				throw new FormatException(file, "has no " + CodingFile.SHARED + " (the shared objects): not a complete coding file");
			}
			Corpus theirs = shared(zip.read(sharedEntry, limits.xmiBytes()));
			merge = SharedMerge.plan(file, ours, theirs);
			resolveCoder(theirs);
			progress.begin("Import the coding of " + manifest.coderName(), manifest.documents().size());
			for (CodingFile.DocumentEntry document : manifest.documents()) {
				progress.checkCanceled();
				ZipEntry entry = entries.get(CodingFile.layerEntry(document.id()));
				CodingLayerFile layer = CodingLayerFile.read(file, entry.getName(), zip.read(entry, limits.xmiBytes()), document.id(), target,
						store.getLayout().corpusUri(), merge);
				writes.add(layer);
				claims.put(document.id(), layer.claimIds());
				progress.worked(document.id());
			}
			checkRelations(theirs);
			progress.checkCanceled();
		}

		/** The entries by name; refuses any that a coding file does not hold. */
		private Map<String, ZipEntry> entries(BoundedZip zip) throws FormatException {
			Map<String, ZipEntry> entries = new LinkedHashMap<>();
			for (ZipEntry entry : zip.entries()) {
				if (!(entry.isDirectory() && entry.getName().equals(CodingFile.LAYER_FOLDER + "/"))) {
					entries.put(entry.getName(), entry);
				}
			}
			if (!entries.containsKey(CodingFile.MANIFEST)) {
				throw new FormatException(file, "not a Collatio coding file: it has no " + CodingFile.MANIFEST);
			}
			for (String name : entries.keySet()) {
				if (!name.equals(CodingFile.MANIFEST) && !name.equals(CodingFile.SHARED) && CodingFile.documentOf(name) == null) {
					throw new FormatException(file, "entry \"" + name + "\" is not part of a Collatio coding file (" + CodingFile.MANIFEST + ", "
							+ CodingFile.SHARED + ", " + CodingFile.layerEntry("ID") + ")");
				}
			}
			return entries;
		}

		private void checkCoder() throws FormatException {
			Annotator current = store.getCoder();
			if (current == null) {
				throw new FormatException(file, "cannot be added to " + store.getLayout().directory()
						+ ": that corpus has no coder yet. A colleague's coding goes beside a coder's own: open the corpus as its first coder first");
			}
			if (Coders.find(ours, manifest.coderName()) == current) {
				throw new FormatException(file, "is the coding of " + manifest.coderName() + ", the coder this corpus is open for: importing it would replace "
						+ "their own work. Import a colleague's coding, or open the corpus as another coder");
			}
		}

		/** Every document of the coding is in this corpus, with the same text; every one has its layer file and no other is there. */
		private void checkDocuments(Map<String, ZipEntry> entries) throws FormatException, CorpusException {
			Set<String> listed = new HashSet<>();
			for (CodingFile.DocumentEntry document : manifest.documents()) {
				listed.add(document.id());
				Document ourDocument = store.findDocument(document.id());
				if (ourDocument == null) {
					throw new FormatException(file, "codes document " + document.id() + ", which is not in the corpus " + store.getLayout().directory()
							+ ": both must hold the same articles");
				}
				String text = store.readText(ourDocument);
				if (text.length() != document.length()) {
					throw new FormatException(file, "document " + document.id() + ": the coding was made on a text of " + document.length()
							+ " UTF-16 units, this corpus's has " + text.length() + ": not the same text, so its offsets would not fit");
				}
				if (!CodingFile.textHash(text).equals(document.textHash())) {
					throw new FormatException(file, "document " + document.id() + ": the coding was made on another text of the same length ("
							+ document.textHash() + ", this corpus's is " + CodingFile.textHash(text) + "): its offsets would not fit");
				}
				if (!entries.containsKey(CodingFile.layerEntry(document.id()))) {
					throw new FormatException(file, "lists document " + document.id() + " but has no " + CodingFile.layerEntry(document.id()));
				}
			}
			for (String name : entries.keySet()) {
				String id = CodingFile.documentOf(name);
				if (id != null && !listed.contains(id)) {
					throw new FormatException(file, "entry \"" + name + "\" is not listed in " + CodingFile.MANIFEST);
				}
			}
		}

		/** corpus.xmi of the coding, read apart from the live model (its relations point at layer/ID.xmi beside it). */
		private Corpus shared(byte[] bytes) throws FormatException {
			Resource resource = CorpusStore.newResourceSet().createResource(store.getLayout().corpusUri());
			CodingLayerFile.load(file, resource, bytes, CodingFile.SHARED);
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Corpus theirs)) {
				throw new FormatException(file, CodingFile.SHARED + " does not hold a corpus's shared objects");
			}
			return theirs;
		}

		private void resolveCoder(Corpus theirs) throws FormatException {
			Annotator named = theirs.getAnnotators().stream().filter(a -> manifest.coderId().equals(a.getId())).findFirst().orElse(null);
			if (named == null || named.getName() == null || !named.getName().strip().equalsIgnoreCase(manifest.coderName().strip())) {
				throw new FormatException(file, CodingFile.MANIFEST + " names coder " + manifest.coderName() + " (" + manifest.coderId() + "), whom "
						+ CodingFile.SHARED + " does not hold");
			}
			coderId = merge.coderId(manifest.coderId());
			coderAdded = Coders.byId(ours, coderId) == null;
			target = store.layoutOf(coderId);
			if (target.equals(store.getLayout())) {
				throw new FormatException(file, "is the coding of " + manifest.coderName()
						+ ", whose layer this corpus is open on: open the corpus on your own layer to import it");
			}
		}

		/** Every relation of the coding links two claims of its layer files. */
		private void checkRelations(Corpus theirs) throws FormatException {
			URI layerFolder = store.getLayout().corpusUri().trimSegments(1).appendSegment(CodingFile.LAYER_FOLDER);
			for (ClaimRelation relation : theirs.getRelations()) {
				if (relation.getId() == null) {
					throw new FormatException(file, CodingFile.SHARED + ": a relation without an id");
				}
				String[] from = end(relation, P.getClaimRelation_Source(), layerFolder);
				String[] to = end(relation, P.getClaimRelation_Target(), layerFolder);
				relations.add(new ImportedRelation(relation, from[0], from[1], to[0], to[1]));
			}
		}

		private String[] end(ClaimRelation relation, EReference reference, URI layerFolder) throws FormatException {
			EObject end = (EObject) relation.eGet(reference, false);
			URI uri = end != null && end.eIsProxy() ? ((InternalEObject) end).eProxyURI() : null;
			String name = uri == null || uri.lastSegment() == null ? null : URI.decode(uri.lastSegment());
			String document = name == null || !uri.trimFragment().trimSegments(1).equals(layerFolder) ? null
					: CodingFile.documentOf(CodingFile.LAYER_FOLDER + "/" + name);
			if (document == null || !claims.getOrDefault(document, Set.of()).contains(uri.fragment())) {
				throw new FormatException(file, CodingFile.SHARED + ": relation " + relation.getId() + " links "
						+ (uri == null ? "no claim" : "claim " + uri.fragment() + " of " + name) + ", which the coding's layer does not hold");
			}
			return new String[] { document, uri.fragment() };
		}

		/** Writes what was planned: the layer files, then corpus.xmi through the store. */
		CodingReport apply() throws CorpusException {
			for (CodingLayerFile write : writes) {
				try {
					AtomicFiles.write(write.target(), out -> out.write(write.content()));
				} catch (IOException e) {
					throw new CorpusException(write.target(), "cannot be written: " + IoProblems.reason(e), e);
				}
			}
			int removed = removeOthers();
			merge.apply();
			replaceRelations();
			store.save();
			dropDerived();
			List<String> allNotes = new ArrayList<>(merge.notes());
			allNotes.addAll(notes);
			return new CodingReport(file, manifest.coderName(), coderId, coderAdded, writes.size(), writes.stream().mapToInt(CodingLayerFile::spans).sum(),
					writes.stream().mapToInt(CodingLayerFile::claims).sum(), writes.stream().mapToInt(CodingLayerFile::mentions).sum(), relations.size(),
					removed, merge.counts(), merge.clashes(), allNotes);
		}

		/** The annotation files of the layer for documents the coding no longer has: the layer becomes the coding's. */
		private int removeOthers() throws CorpusException {
			Set<String> kept = new HashSet<>();
			writes.forEach(write -> kept.add(write.documentId()));
			int removed = 0;
			try {
				for (String id : target.annotationFiles().getOrDefault(target.layer() == null ? "" : target.layer(), new TreeSet<>())) {
					if (!kept.contains(id) && Files.deleteIfExists(target.contentFile(id))) {
						removed++;
					}
				}
			} catch (IOException e) {
				throw new CorpusException(target.documentsFolder(), "cannot be listed or changed: " + IoProblems.reason(e), e);
			}
			return removed;
		}

		/** The layer's relations in corpus.xmi replaced by the coding's, their ends pointing at the layer's files here. */
		private void replaceRelations() {
			Set<String> freed = new HashSet<>();
			ours.getRelations().removeIf(relation -> {
				boolean layers = inTargetLayer(relation, P.getClaimRelation_Source()) && inTargetLayer(relation, P.getClaimRelation_Target());
				if (layers) {
					freed.add(relation.getId());
				}
				return layers;
			});
			Set<String> used = new HashSet<>();
			for (ImportedRelation imported : relations) {
				ClaimRelation theirs = imported.relation();
				ClaimRelation relation = CollatioFactory.eINSTANCE.createClaimRelation();
				for (EAttribute attribute : theirs.eClass().getEAllAttributes()) {
					if (!attribute.isTransient() && !attribute.isDerived() && theirs.eIsSet(attribute)) {
						relation.eSet(attribute, theirs.eGet(attribute));
					}
				}
				String id = theirs.getId();
				if (merge.isTaken(id) && !freed.contains(id) || !used.add(id)) {
					id = "relation-" + EcoreUtil.generateUUID();
					used.add(id);
					notes.add("relation " + theirs.getId() + " is " + id + " in this corpus: its id was taken here");
				}
				relation.setId(id);
				String annotator = LayerReader.idOf((EObject) theirs.eGet(P.getClaimRelation_Annotator(), false));
				relation.setAnnotator(annotator == null ? null : merge.coder(merge.coderId(annotator)));
				relation.setSource(claimProxy(imported.fromDocument(), imported.fromClaim()));
				relation.setTarget(claimProxy(imported.toDocument(), imported.toClaim()));
				ours.getRelations().add(relation);
			}
		}

		private boolean inTargetLayer(ClaimRelation relation, EReference reference) {
			EObject end = (EObject) relation.eGet(reference, false);
			URI uri = end == null ? null : end.eIsProxy() ? ((InternalEObject) end).eProxyURI() : EcoreUtil.getURI(end);
			CorpusLayout.LayerFile layerFile = uri == null || uri.lastSegment() == null ? null
					: CorpusLayout.parse(URI.decode(uri.lastSegment())).orElse(null);
			return layerFile != null && Objects.equals(layerFile.layer(), target.layer());
		}

		/** A claim of the layer here, as a reference that is never resolved (another coder's file stays out of the live model). */
		private Claim claimProxy(String documentId, String claimId) {
			Claim claim = CollatioFactory.eINSTANCE.createClaim();
			((InternalEObject) claim).eSetProxyURI(target.contentUri(documentId).appendFragment(claimId));
			return claim;
		}

		/** The search index and claim index of the layer were made from its old files: removed, they are rebuilt when next needed. */
		private void dropDerived() {
			try {
				Outputs.deleteTree(target.indexFolder());
				Files.deleteIfExists(target.claimIndexFile());
			} catch (IOException e) {
				notes.add("the search index of " + manifest.coderName() + "'s layer (" + target.indexFolder() + ") could not be removed: "
						+ IoProblems.reason(e) + "; delete it, it is rebuilt");
			}
		}
	}
}
