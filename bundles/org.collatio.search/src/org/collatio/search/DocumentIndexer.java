/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.search;

import java.util.Locale;

import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.collatio.model.Claim;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;

/** Turns an article with its spans and claims into the Lucene document of the index. */
final class DocumentIndexer {

	/** The text, stored, with positions and offsets so hits map back to exact character ranges. */
	private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

	static {
		TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		TEXT_WITH_OFFSETS.freeze();
	}

	private DocumentIndexer() {
	}

	static org.apache.lucene.document.Document toLucene(Document document, DocumentContent content) {
		org.apache.lucene.document.Document doc = toLucene(document, content.getText());
		annotations(doc, content);
		return doc;
	}

	/** A document without annotations: its text and metadata. */
	static org.apache.lucene.document.Document toLucene(Document document, String text) {
		org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
		doc.add(new StringField(Fields.ID, document.getId(), Field.Store.YES));
		doc.add(new Field(Fields.TEXT, text, TEXT_WITH_OFFSETS));
		text(doc, Fields.TITLE, document.getTitle(), true);
		text(doc, Fields.OUTLET, document.getOutlet(), true);
		text(doc, Fields.AUTHOR, document.getAuthor(), false);
		text(doc, Fields.URL, document.getUrl(), false);
		if (document.getPublicationDate() != null) {
			doc.add(new StringField(Fields.DATE, document.getPublicationDate(), Field.Store.YES));
		}
		return doc;
	}

	private static void annotations(org.apache.lucene.document.Document doc, DocumentContent content) {
		for (SpanAnnotation span : content.getSpans()) {
			for (Tag tag : span.getTags()) {
				text(doc, Fields.TAG, tag.getName(), false);
				text(doc, Fields.TAG, tag.getCode() == null ? null : tag.getCode().replace('.', ' '), false);
			}
			text(doc, Fields.NOTE, span.getNote(), false);
		}
		for (Claim claim : content.getClaims()) {
			entity(doc, Fields.SPEAKER, claim.getSpeaker());
			entity(doc, Fields.VIA, claim.getVia());
			doc.add(new StringField(Fields.STANCE, claim.getStance().getLiteral().toLowerCase(Locale.ROOT), Field.Store.NO));
			doc.add(new StringField(Fields.KIND, claim.getKind().getLiteral().toLowerCase(Locale.ROOT), Field.Store.NO));
			text(doc, Fields.PROPOSITION, claim.getProposition() == null ? null : claim.getProposition().getStatement(), false);
			text(doc, Fields.PARAPHRASE, claim.getParaphrase(), false);
		}
	}

	private static void entity(org.apache.lucene.document.Document doc, String field, Entity entity) {
		if (entity != null) {
			text(doc, field, entity.getCanonicalName(), false);
			entity.getAliases().forEach(alias -> text(doc, field, alias, false));
		}
	}

	private static void text(org.apache.lucene.document.Document doc, String field, String value, boolean stored) {
		if (value != null && !value.isBlank()) {
			doc.add(new TextField(field, value, stored ? Field.Store.YES : Field.Store.NO));
		}
	}
}
