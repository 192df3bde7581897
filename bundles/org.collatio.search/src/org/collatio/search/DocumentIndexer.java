/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.collatio.model.Claim;
import org.collatio.model.CollatioPackage;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.Proposition;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Turns an article with its spans and claims into the Lucene document of the index. Works on a live
 * document content (on the thread that owns the model, in time proportional to that document) and
 * on one read into a private resource set from its files: references into corpus.xmi are read as
 * ids, never resolved, and named from an {@link IndexNames} snapshot.
 */
final class DocumentIndexer {

	/** The text, stored, with positions and offsets so hits map back to exact character ranges. */
	private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);
	private static final CollatioPackage P = CollatioPackage.eINSTANCE;
	/** Separates the facts of a span in {@link Fields#SPANS}, and a fact's field from its value. */
	static final char FACT = '\u001F';
	static final char VALUE = '\u001E';

	static {
		TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		TEXT_WITH_OFFSETS.freeze();
	}

	private DocumentIndexer() {
	}

	/** A document with its annotations. */
	static org.apache.lucene.document.Document toLucene(DocumentMeta document, DocumentContent content, IndexNames names) {
		org.apache.lucene.document.Document doc = toLucene(document, content.getText());
		annotations(doc, content, names);
		return doc;
	}

	/** A document without annotations: its text and metadata. */
	static org.apache.lucene.document.Document toLucene(DocumentMeta document, String text) {
		org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
		doc.add(new StringField(Fields.ID, document.id(), Field.Store.YES));
		doc.add(new Field(Fields.TEXT, text, TEXT_WITH_OFFSETS));
		text(doc, Fields.TITLE, document.title(), true);
		text(doc, Fields.OUTLET, document.outlet(), true);
		text(doc, Fields.AUTHOR, document.author(), true);
		text(doc, Fields.URL, document.url(), true);
		if (document.date() != null) {
			doc.add(new StringField(Fields.DATE, document.date(), Field.Store.YES));
		}
		return doc;
	}

	/** The metadata stored in an indexed document (to index it again from its files). */
	static DocumentMeta metadataOf(org.apache.lucene.document.Document doc) {
		return new DocumentMeta(null, doc.get(Fields.ID), doc.get(Fields.TITLE), doc.get(Fields.OUTLET), doc.get(Fields.AUTHOR), doc.get(Fields.URL),
				doc.get(Fields.DATE), -1);
	}

	private static void annotations(org.apache.lucene.document.Document doc, DocumentContent content, IndexNames names) {
		Set<String> refs = new LinkedHashSet<>();
		Map<SpanAnnotation, List<String>> facts = new IdentityHashMap<>();
		int length = content.getText() == null ? 0 : content.getText().length();
		for (SpanAnnotation span : content.getSpans()) {
			List<String> spanFacts = new ArrayList<>();
			@SuppressWarnings("unchecked")
			List<Tag> tags = ((InternalEList<Tag>) span.getTags()).basicList();
			for (Tag tag : tags) {
				String id = id(tag);
				IndexNames.TagName name = names.tag(id);
				if (name == null && !tag.eIsProxy()) {
					name = new IndexNames.TagName(tag.getName(), tag.getCode());
				}
				refs.add(id);
				if (name != null) {
					fact(doc, spanFacts, Fields.TAG, name.name());
					fact(doc, spanFacts, Fields.TAG, name.code() == null ? null : name.code().replace('.', ' '));
				}
			}
			fact(doc, spanFacts, Fields.NOTE, span.getNote());
			if (span.getBegin() >= 0 && span.getBegin() <= span.getEnd() && span.getEnd() <= length) {
				facts.put(span, spanFacts);
			}
		}
		for (Claim claim : content.getClaims()) {
			List<String> claimFacts = new ArrayList<>();
			entity(doc, claimFacts, Fields.SPEAKER, claim, P.getClaim_Speaker(), names, refs);
			entity(doc, claimFacts, Fields.VIA, claim, P.getClaim_Via(), names, refs);
			String stance = claim.getStance().getLiteral().toLowerCase(Locale.ROOT);
			doc.add(new StringField(Fields.STANCE, stance, Field.Store.NO));
			claimFacts.add(Fields.STANCE + VALUE + stance);
			String kind = claim.getKind().getLiteral().toLowerCase(Locale.ROOT);
			doc.add(new StringField(Fields.KIND, kind, Field.Store.NO));
			claimFacts.add(Fields.KIND + VALUE + kind);
			EObject proposition = (EObject) claim.eGet(P.getClaim_Proposition(), false);
			if (proposition != null) {
				String id = id(proposition);
				refs.add(id);
				String statement = names.proposition(id);
				if (statement == null && !proposition.eIsProxy()) {
					statement = ((Proposition) proposition).getStatement();
				}
				fact(doc, claimFacts, Fields.PROPOSITION, statement);
			}
			fact(doc, claimFacts, Fields.PARAPHRASE, claim.getParaphrase());
			for (SpanAnnotation span : claim.getSpans()) {
				List<String> spanFacts = facts.get(span);
				if (spanFacts != null) {
					spanFacts.addAll(claimFacts);
				}
			}
		}
		refs.remove(null);
		refs.forEach(ref -> doc.add(new StringField(Fields.REF, ref, Field.Store.NO)));
		for (SpanAnnotation span : content.getSpans()) {
			List<String> spanFacts = facts.get(span);
			if (spanFacts != null && !spanFacts.isEmpty()) {
				StringBuilder stored = new StringBuilder().append(span.getBegin()).append(' ').append(span.getEnd());
				spanFacts.forEach(fact -> stored.append(FACT).append(fact));
				doc.add(new StoredField(Fields.SPANS, stored.toString()));
			}
		}
	}

	private static void entity(org.apache.lucene.document.Document doc, List<String> facts, String field, Claim claim, EReference reference,
			IndexNames names, Set<String> refs) {
		EObject target = (EObject) claim.eGet(reference, false);
		if (target == null) {
			return;
		}
		String id = id(target);
		refs.add(id);
		IndexNames.EntityName name = names.entity(id);
		if (name == null && !target.eIsProxy()) {
			Entity entity = (Entity) target;
			name = new IndexNames.EntityName(entity.getCanonicalName(), List.copyOf(entity.getAliases()));
		}
		if (name != null) {
			fact(doc, facts, field, name.canonicalName());
			name.aliases().forEach(alias -> fact(doc, facts, field, alias));
		}
	}

	/** The id of a referenced object, without resolving it when it is a proxy. */
	private static String id(EObject target) {
		if (target.eIsProxy()) {
			return ((InternalEObject) target).eProxyURI().fragment();
		}
		return org.eclipse.emf.ecore.util.EcoreUtil.getID(target);
	}

	/** Indexes a value and remembers it as a fact of the span(s) it belongs to (for passages). */
	private static void fact(org.apache.lucene.document.Document doc, List<String> facts, String field, String value) {
		if (value != null && !value.isBlank()) {
			text(doc, field, value, false);
			facts.add(field + VALUE + value.replace(FACT, ' ').replace(VALUE, ' '));
		}
	}

	private static void text(org.apache.lucene.document.Document doc, String field, String value, boolean stored) {
		if (value != null && !value.isBlank()) {
			doc.add(new TextField(field, value, stored ? Field.Store.YES : Field.Store.NO));
		}
	}
}
