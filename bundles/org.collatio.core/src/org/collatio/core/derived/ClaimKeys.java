/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.core.derived;

import java.util.Optional;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusLayout;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Claim;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The key ({@link ClaimRecord#key()}) of a claim that a reference points at, read without resolving
 * the reference: a relation in corpus.xmi names its claims by their annotation file and id
 * ({@code documents/ID.xmi#claimId}), so the relations of a whole corpus are keyed without loading
 * one document.
 */
public final class ClaimKeys {

	private ClaimKeys() {
	}

	/** The key of a live claim (of a loaded document), or null when it is in no document. */
	public static String of(Claim claim) {
		return claim.eContainer() instanceof DocumentContent content && content.getDocument() != null
				? ClaimRecord.key(content.getDocument().getId(), claim.getId())
				: null;
	}

	/**
	 * The key of the claim {@code owner.reference} points at, or null when it points at none or at a
	 * claim of another layer than the one the owner's store works on (relations link the claims of
	 * one layer: a coder's relations count in that coder's layer only).
	 */
	public static String of(EObject owner, EReference reference) {
		EObject target = (EObject) owner.eGet(reference, false);
		if (target == null) {
			return null;
		}
		URI uri = target.eIsProxy() ? ((InternalEObject) target).eProxyURI() : EcoreUtil.getURI(target);
		if (uri == null || uri.fragment() == null || uri.lastSegment() == null) {
			return null;
		}
		CorpusLayout.LayerFile file = CorpusLayout.parse(URI.decode(uri.lastSegment())).orElse(null);
		CorpusStore store = CorpusStore.of(owner);
		String layer = store == null ? null : store.getLayout().layer();
		return file == null || !java.util.Objects.equals(layer, file.layer()) ? null : ClaimRecord.key(file.documentId(), uri.fragment());
	}

	/**
	 * The keys of a relation's source and target claims, or null when it does not link two claims of
	 * the layer its store works on (see {@link #of(EObject, EReference)}). Kept on the relation once
	 * computed (its claims never change), so a snapshot of thousands of relations costs a look-up each.
	 */
	public static String[] ofRelation(org.collatio.model.ClaimRelation relation) {
		for (org.eclipse.emf.common.notify.Adapter adapter : relation.eAdapters()) {
			if (adapter instanceof RelationKeys cached) {
				return cached.keys;
			}
		}
		String source = of(relation, org.collatio.model.CollatioPackage.Literals.CLAIM_RELATION__SOURCE);
		String target = of(relation, org.collatio.model.CollatioPackage.Literals.CLAIM_RELATION__TARGET);
		String[] keys = source == null || target == null ? null : new String[] { source, target };
		if (CorpusStore.of(relation) != null) { // in a store: its layer is fixed, so the answer is too
			relation.eAdapters().add(new RelationKeys(keys));
		}
		return keys;
	}

	/** The cached keys of a relation; dropped when its source or target is set (never, in practice). */
	private static final class RelationKeys extends org.eclipse.emf.common.notify.impl.AdapterImpl {

		private final String[] keys;

		RelationKeys(String[] keys) {
			this.keys = keys;
		}

		@Override
		public void notifyChanged(org.eclipse.emf.common.notify.Notification notification) {
			Object feature = notification.getFeature();
			if (feature == org.collatio.model.CollatioPackage.Literals.CLAIM_RELATION__SOURCE
					|| feature == org.collatio.model.CollatioPackage.Literals.CLAIM_RELATION__TARGET) {
				((org.eclipse.emf.common.notify.Notifier) notification.getNotifier()).eAdapters().remove(this);
			}
		}
	}

	/**
	 * The claim of a key in a store, loading its document if need be: on the thread that owns the
	 * store, when the researcher acts on a claim shown from records (cost: one document).
	 */
	public static Optional<Claim> resolve(CorpusStore store, String key) throws CorpusException {
		int hash = key == null ? -1 : key.lastIndexOf('#');
		Document document = hash < 0 ? null : store.findDocument(key.substring(0, hash));
		if (document == null) {
			return Optional.empty();
		}
		String id = key.substring(hash + 1);
		return store.getContent(document).getClaims().stream().filter(c -> id.equals(c.getId())).findFirst();
	}
}
