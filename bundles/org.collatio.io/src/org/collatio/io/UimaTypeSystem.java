/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.io.OutputStream;
import java.util.List;

import javax.xml.stream.XMLStreamException;

/**
 * The UIMA type system of Collatio's XMI export (TypeSystem.xml), written without UIMA itself. Every
 * type is in the namespace {@code org.collatio}; offsets of annotation types are UTF-16 units, as
 * UIMA counts them (Java string indices, like Collatio).
 */
final class UimaTypeSystem {

	static final String FILE = "TypeSystem.xml";
	static final String PACKAGE = "org.collatio";
	/** The XMI namespace UIMA derives from the package name. */
	static final String XMI_NAMESPACE = "http:///org/collatio.ecore";

	private static final String STRING = "uima.cas.String";

	record Feature(String name, String range, String elementType, String description) {
	}

	record Type(String name, String supertype, String description, List<Feature> features) {
	}

	static final List<Type> TYPES = List.of(
			new Type("DocumentInfo", "uima.cas.TOP", "The metadata of the document",
					List.of(string("documentId", "Collatio's document id"), string("title", null), string("outlet", null), string("author", null),
							string("url", null), string("publicationDate", "ISO 8601, possibly partial (YYYY, YYYY-MM)"))),
			new Type("Span", "uima.tcas.Annotation", "A span of the text with its tags and note",
					List.of(string("spanId", "Collatio's span id"),
							new Feature("tags", "uima.cas.StringArray", null, "The codes of the span's tags, e.g. statement.claim"),
							string("note", null))),
			new Type("Entity", "uima.cas.TOP", "A person, organisation, place or outlet with its aliases",
					List.of(string("entityId", null), string("kind", "person, organization, place, outlet or other"), string("canonicalName", null),
							new Feature("aliases", "uima.cas.StringArray", null, null), string("description", null))),
			new Type("Mention", "uima.tcas.Annotation", "A span naming an entity",
					List.of(string("mentionId", null), new Feature("span", PACKAGE + ".Span", null, null), new Feature("entity", PACKAGE + ".Entity", null, null))),
			new Type("Claim", "uima.tcas.Annotation", "A claim: from the begin of its first span to the end of its last",
					List.of(string("claimId", null), new Feature("spans", "uima.cas.FSArray", PACKAGE + ".Span", "The spans that make up the claim"),
							new Feature("speaker", PACKAGE + ".Entity", null, null), new Feature("via", PACKAGE + ".Entity", null, null),
							string("whenStated", null), string("whenDate", null), string("propositionId", null), string("proposition", "The statement"),
							string("stance", "asserts, denies or uncertain"), string("kind", "direct_quote, reported_speech or outlet_assertion"),
							string("paraphrase", null))),
			new Type("ClaimRelation", "uima.cas.TOP",
					"A relation from a claim of this document to a claim of this or another document; status rejected means a dismissed candidate",
					List.of(string("relationId", null), string("kind", "contradicts, agrees, qualifies or updates"),
							string("status", "proposed, confirmed or rejected"), string("rationale", null),
							new Feature("source", PACKAGE + ".Claim", null, "The source claim (always in this document)"),
							new Feature("target", PACKAGE + ".Claim", null, "The target claim when it is in this document"),
							string("sourceDocument", null), string("sourceClaimId", null), string("targetDocument", null), string("targetClaimId", null))));

	private UimaTypeSystem() {
	}

	private static Feature string(String name, String description) {
		return new Feature(name, STRING, null, description);
	}

	static void write(OutputStream out) throws XMLStreamException {
		try (XmlOutput xml = new XmlOutput(out)) {
			xml.xml().writeStartDocument("UTF-8", "1.0");
			xml.start("typeSystemDescription");
			xml.xml().writeDefaultNamespace("http://uima.apache.org/resourceSpecifier");
			xml.element("name", "Collatio");
			xml.element("description", "Spans, tags, entities, mentions, claims and claim relations exported by Collatio");
			xml.element("version", "1.0");
			xml.element("vendor", "Collatio");
			xml.start("types");
			for (Type type : TYPES) {
				xml.start("typeDescription");
				xml.element("name", PACKAGE + "." + type.name());
				xml.element("description", type.description());
				xml.element("supertypeName", type.supertype());
				xml.start("features");
				for (Feature feature : type.features()) {
					xml.start("featureDescription");
					xml.element("name", feature.name());
					xml.element("description", feature.description());
					xml.element("rangeTypeName", feature.range());
					xml.element("elementType", feature.elementType());
					if (feature.range().endsWith("Array")) {
						xml.element("multipleReferencesAllowed", "false");
					}
					xml.end();
				}
				xml.end();
				xml.end();
			}
			xml.end();
			xml.end();
		} catch (java.io.IOException e) {
			throw new XMLStreamException(e);
		}
	}
}
