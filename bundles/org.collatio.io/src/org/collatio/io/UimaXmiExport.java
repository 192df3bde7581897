/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import org.collatio.core.store.CorpusException;
import org.collatio.core.store.CorpusStore;
import org.collatio.model.Claim;
import org.collatio.model.ClaimRelation;
import org.collatio.model.Document;
import org.collatio.model.DocumentContent;
import org.collatio.model.Entity;
import org.collatio.model.Mention;
import org.collatio.model.SpanAnnotation;
import org.collatio.model.Tag;

/**
 * UIMA CAS XMI: a folder with {@code TypeSystem.xml} ({@link UimaTypeSystem}) and one
 * {@code ID.xmi} per document, each a CAS whose sofa is the document's exact text, as Apache UIMA's
 * XmiCasDeserializer reads it. Offsets are UTF-16 units (UIMA's, and Collatio's). Written with
 * XMLStreamWriter; UIMA itself is not needed.
 */
public final class UimaXmiExport {

	private static final String XMI = "http://www.omg.org/XMI";
	private static final String CAS = "http:///uima/cas.ecore";
	private static final String TCAS = "http:///uima/tcas.ecore";
	private static final String NS = UimaTypeSystem.XMI_NAMESPACE;

	private UimaXmiExport() {
	}

	public static ExportSummary export(CorpusStore store, ExportScope scope, Path folder, Progress progress) throws IOException, CorpusException {
		List<Document> documents = scope.documents(store);
		Map<String, List<ClaimRelation>> relationsBySource = new HashMap<>();
		for (ClaimRelation relation : org.collatio.core.derived.LayerRelations.of(store)) {
			ClaimRef source = ClaimRef.source(relation);
			if (source != null) {
				relationsBySource.computeIfAbsent(source.documentId(), id -> new ArrayList<>()).add(relation);
			}
		}
		ExportSummary summary = new ExportSummary(folder);
		progress.begin("UIMA CAS XMI", documents.size());
		Outputs.folder(folder, staging -> {
			try (OutputStream out = Files.newOutputStream(staging.resolve(UimaTypeSystem.FILE))) {
				UimaTypeSystem.write(out);
			} catch (XMLStreamException e) {
				throw new IOException(e.getMessage(), e);
			}
			DocumentWalk.each(store, documents, progress, (document, content) -> {
				try (OutputStream out = Files.newOutputStream(staging.resolve(document.getId() + ".xmi"))) {
					new Cas(document, content, relationsBySource.getOrDefault(document.getId(), List.of()), summary).write(out);
				} catch (XMLStreamException e) {
					throw new IOException(document.getId() + ".xmi: " + e.getMessage(), e);
				}
				summary.count("documents", 1);
			});
		});
		return summary;
	}

	/** One document's CAS. XMI ids are numbered in the order objects are first named. */
	private static final class Cas {

		private final Document document;
		private final DocumentContent content;
		private final List<ClaimRelation> relations;
		private final ExportSummary summary;
		private final Map<Object, Integer> ids = new HashMap<>();
		private final Map<Entity, Integer> entities = new LinkedHashMap<>();
		private final StringBuilder members = new StringBuilder();
		private int next = 1;
		private XmlOutput xml;

		Cas(Document document, DocumentContent content, List<ClaimRelation> relations, ExportSummary summary) {
			this.document = document;
			this.content = content;
			this.relations = relations;
			this.summary = summary;
		}

		private int id(Object object) {
			return ids.computeIfAbsent(object, o -> next++);
		}

		private int entity(Entity entity) {
			return entities.computeIfAbsent(entity, this::id);
		}

		void write(OutputStream out) throws XMLStreamException, IOException {
			xml = new XmlOutput(out);
			xml.xml().writeStartDocument("UTF-8", "1.0");
			xml.start("xmi", "XMI", XMI);
			xml.xml().writeNamespace("xmi", XMI);
			xml.xml().writeNamespace("cas", CAS);
			xml.xml().writeNamespace("tcas", TCAS);
			xml.xml().writeNamespace("collatio", NS);
			xml.attribute("xmi", XMI, "version", "2.0");
			xml.xml().writeEmptyElement("cas", "NULL", CAS);
			xmiId(0);
			int sofa = id("sofa");
			xml.xml().writeEmptyElement("cas", "Sofa", CAS);
			xmiId(sofa);
			xml.attribute("sofaNum", 1);
			xml.attribute("sofaID", "_InitialView");
			xml.attribute("mimeType", "text/plain");
			xml.attribute("sofaString", content.getText());
			xml.xml().writeEmptyElement("tcas", "DocumentAnnotation", TCAS);
			annotation(id("document"), sofa, 0, content.getText().length());
			xml.attribute("language", document.getLanguage() == null ? "x-unspecified" : document.getLanguage());
			xml.xml().writeEmptyElement("collatio", "DocumentInfo", NS);
			member(id(document));
			xml.attribute("documentId", document.getId());
			xml.attribute("title", document.getTitle());
			xml.attribute("outlet", document.getOutlet());
			xml.attribute("author", document.getAuthor());
			xml.attribute("url", document.getUrl());
			xml.attribute("publicationDate", document.getPublicationDate());
			for (SpanAnnotation span : content.getSpans()) {
				xml.start("collatio", "Span", NS);
				annotation(id(span), sofa, span.getBegin(), span.getEnd());
				xml.attribute("spanId", span.getId());
				xml.attribute("note", span.getNote());
				for (Tag tag : span.getTags()) {
					xml.element("tags", tag.getCode() != null ? tag.getCode() : tag.getName());
				}
				xml.end();
				summary.count("spans", 1);
			}
			for (Mention mention : content.getMentions()) {
				SpanAnnotation span = mention.getSpan();
				xml.xml().writeEmptyElement("collatio", "Mention", NS);
				annotation(id(mention), sofa, span == null ? 0 : span.getBegin(), span == null ? 0 : span.getEnd());
				xml.attribute("mentionId", mention.getId());
				xml.attribute("span", span == null ? null : id(span));
				xml.attribute("entity", mention.getEntity() == null ? null : entity(mention.getEntity()));
				summary.count("mentions", 1);
			}
			for (Claim claim : content.getClaims()) {
				claim(claim, sofa);
			}
			for (ClaimRelation relation : relations) {
				relation(relation);
			}
			for (Map.Entry<Entity, Integer> entry : entities.entrySet()) {
				Entity entity = entry.getKey();
				xml.start("collatio", "Entity", NS);
				xmiId(entry.getValue());
				xml.attribute("entityId", entity.getId());
				xml.attribute("kind", W3cExport.literal(entity.getKind()));
				xml.attribute("canonicalName", entity.getCanonicalName());
				xml.attribute("description", entity.getDescription());
				for (String alias : entity.getAliases()) {
					xml.element("aliases", alias);
				}
				xml.end();
			}
			xml.xml().writeEmptyElement("cas", "View", CAS);
			xml.attribute("sofa", sofa);
			xml.attribute("members", members.toString().strip());
			xml.end();
			xml.close();
		}

		private void claim(Claim claim, int sofa) throws XMLStreamException {
			int begin = claim.getSpans().stream().mapToInt(SpanAnnotation::getBegin).min().orElse(0);
			int end = claim.getSpans().stream().mapToInt(SpanAnnotation::getEnd).max().orElse(0);
			xml.xml().writeEmptyElement("collatio", "Claim", NS);
			annotation(id(claim), sofa, begin, end);
			xml.attribute("claimId", claim.getId());
			StringBuilder spans = new StringBuilder();
			claim.getSpans().forEach(span -> spans.append(spans.isEmpty() ? "" : " ").append(id(span)));
			xml.attribute("spans", spans.isEmpty() ? null : spans);
			xml.attribute("speaker", claim.getSpeaker() == null ? null : entity(claim.getSpeaker()));
			xml.attribute("via", claim.getVia() == null ? null : entity(claim.getVia()));
			xml.attribute("whenStated", claim.getWhenStated());
			xml.attribute("whenDate", claim.getWhenDate());
			xml.attribute("propositionId", claim.getProposition() == null ? null : claim.getProposition().getId());
			xml.attribute("proposition", claim.getProposition() == null ? null : claim.getProposition().getStatement());
			xml.attribute("stance", W3cExport.literal(claim.getStance()));
			xml.attribute("kind", W3cExport.literal(claim.getKind()));
			xml.attribute("paraphrase", claim.getParaphrase());
			summary.count("claims", 1);
		}

		private void relation(ClaimRelation relation) throws XMLStreamException {
			ClaimRef source = ClaimRef.source(relation);
			ClaimRef target = ClaimRef.target(relation);
			xml.xml().writeEmptyElement("collatio", "ClaimRelation", NS);
			member(id(relation));
			xml.attribute("relationId", relation.getId());
			xml.attribute("kind", W3cExport.literal(relation.getKind()));
			xml.attribute("status", W3cExport.literal(relation.getStatus()));
			xml.attribute("rationale", relation.getRationale());
			xml.attribute("source", claimId(source));
			xml.attribute("target", target == null || !target.documentId().equals(document.getId()) ? null : claimId(target));
			xml.attribute("sourceDocument", source.documentId());
			xml.attribute("sourceClaimId", source.claimId());
			xml.attribute("targetDocument", target == null ? null : target.documentId());
			xml.attribute("targetClaimId", target == null ? null : target.claimId());
			summary.count("relations", 1);
		}

		private Integer claimId(ClaimRef ref) {
			return content.getClaims().stream().filter(claim -> claim.getId().equals(ref.claimId())).findFirst().map(this::id).orElse(null);
		}

		private void annotation(int id, int sofa, int begin, int end) throws XMLStreamException {
			member(id);
			xml.attribute("sofa", sofa);
			xml.attribute("begin", begin);
			xml.attribute("end", end);
		}

		private void member(int id) throws XMLStreamException {
			xmiId(id);
			members.append(id).append(' ');
		}

		private void xmiId(int id) throws XMLStreamException {
			xml.attribute("xmi", XMI, "id", id);
		}
	}
}
